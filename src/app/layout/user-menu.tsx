import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuth, useCurrentUser } from '../../auth/auth-context';

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
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('user.menu', { name: user.displayName })}>
          <Avatar color="indigo" radius="xl" size={34}>
            {initials(user.displayName)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
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
      </Menu.Dropdown>
    </Menu>
  );
}
