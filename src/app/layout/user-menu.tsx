import { Text, UnstyledButton } from '@mantine/core';
import { IconExternalLink, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuth, useCurrentUser } from '@/auth/auth-context';
import { useConfig } from '@/config/config-context';
import { LazyMenu } from './lazy-menu';
import classes from './user-menu.module.css';

const SITE_LINKS: readonly ('groups' | 'help' | 'support' | 'status')[] = [
  'groups',
  'help',
  'support',
  'status',
];

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
  const links = useConfig().links;
  // The site's pages, shown only where the deployment names them.
  const siteLinks = SITE_LINKS.flatMap((name) => {
    const href = links?.[name];
    return href === undefined ? [] : [{ name, href }];
  });
  // A cookie session the portal cannot end (no site sign-out configured) is not offered a sign-out.
  const canSignOut = auth.mode !== 'cadc' || auth.canSignOut();

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
          {siteLinks.length > 0 && (
            <>
              <Menu.Divider />
              <Menu.Label>{t('user.siteLinks')}</Menu.Label>
              {siteLinks.map(({ name, href }) => (
                <Menu.Item
                  key={name}
                  component="a"
                  href={href}
                  leftSection={<IconExternalLink size={16} aria-hidden />}
                >
                  {t(`user.${name}`)}
                </Menu.Item>
              ))}
            </>
          )}
          <Menu.Divider />
          {canSignOut ? (
            <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void auth.signOut()}>
              {t('user.signOut')}
            </Menu.Item>
          ) : (
            <Text size="sm" c="dimmed" px="sm" py={6} maw={260}>
              {t('user.signOutAtSite')}
            </Text>
          )}
        </>
      )}
    </LazyMenu>
  );
}
