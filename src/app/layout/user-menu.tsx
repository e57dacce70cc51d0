import { UnstyledButton } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuth, useCurrentUser } from '../../auth/auth-context';
import { LazyMenu } from './lazy-menu';
import classes from './user-menu.module.css';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const user = useCurrentUser();

  async function handleSwitch(username: string) {
    if (auth.mode === 'mock') await auth.signInAs(username);
  }

  return (
    <LazyMenu
      trigger={(triggerProps) => (
        <UnstyledButton {...triggerProps} aria-label={t('user.menu', { name: user.displayName })}>
          <span className={classes.avatar} aria-hidden>
            {initials(user.displayName)}
          </span>
        </UnstyledButton>
      )}
    >
      {(Menu) => (
        <>
          <Menu.Label>{t('user.signedInAs', { username: user.username })}</Menu.Label>
          {auth.mode === 'mock' && (
            <>
              <Menu.Divider />
              <Menu.Label>{t('user.switchUser')}</Menu.Label>
              {auth.accounts
                .filter((account) => account.username !== user.username)
                .map((account) => (
                  <Menu.Item
                    key={account.username}
                    leftSection={<IconUserCircle size={16} aria-hidden />}
                    onClick={() => void handleSwitch(account.username)}
                  >
                    {account.displayName} · {t(`auth.mockRoles.${account.role}`)}
                  </Menu.Item>
                ))}
            </>
          )}
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void auth.signOut()}>
            {t('user.signOut')}
          </Menu.Item>
        </>
      )}
    </LazyMenu>
  );
}
