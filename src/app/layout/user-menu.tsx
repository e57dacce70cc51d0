import { Text, UnstyledButton } from '@mantine/core';
import { IconExternalLink, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { useAuth, useCurrentUser } from '@/auth/auth-context';
import { lazyPart, useLazyDialog } from '@/components/lazy-part';
import { useConfig } from '@/config/config-context';
import { uploadActivityOf, useUploadActivity } from '@/features/storage/upload-activity';
import { LazyMenu } from './lazy-menu';
import type { LeavingAction } from './stop-uploads-dialog';
import classes from './user-menu.module.css';

const SITE_LINKS: readonly ('groups' | 'help' | 'support' | 'status')[] = [
  'groups',
  'help',
  'support',
  'status',
];

const stopUploadsDialog = lazyPart(() => import('./stop-uploads-dialog'));

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

  // A sign-out stops this user's uploads (auth/user-change.ts), a switch of user too: asked first while any run.
  const activity = uploadActivityOf(useApi());
  const { remaining } = useUploadActivity();
  const dialog = useLazyDialog(stopUploadsDialog);
  const [leaving, setLeaving] = useState<LeavingAction>();
  const accountButton = useRef<HTMLButtonElement>(null);

  function leave(action: LeavingAction) {
    if (action.kind === 'signOut') void auth.signOut();
    else if (auth.mode === 'mock') void auth.signInAs(action.username);
  }

  function handleLeave(action: LeavingAction) {
    if (remaining === 0) {
      leave(action);
      return;
    }
    setLeaving(action);
    dialog.trigger.onClick();
  }

  /**
   * Kept signed in: back to the account button. Mantine would return focus to what had it when the dialog
   * opened, which is the closing menu's item whenever the dialog's code arrives before the menu hands focus
   * back; gone by now, that leaves focus on the page.
   */
  function handleKeep() {
    dialog.close();
    accountButton.current?.focus({ preventScroll: true });
  }

  function handleConfirm() {
    dialog.close();
    if (!leaving) return;
    // Stopped before leaving: the site's or provider's sign-out page may replace this one at once.
    activity.stop();
    leave(leaving);
  }

  const Dialog = dialog.module?.StopUploadsDialog;

  return (
    <>
      <LazyMenu
        triggerRef={accountButton}
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
                      onClick={() => {
                        handleLeave({
                          kind: 'switch',
                          username: account.username,
                          displayName: account.displayName,
                        });
                      }}
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
              <Menu.Item
                leftSection={<IconLogout size={16} aria-hidden />}
                onClick={() => {
                  handleLeave({ kind: 'signOut' });
                }}
              >
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
      {Dialog && leaving && (
        <Dialog
          action={leaving}
          remaining={remaining}
          opened={dialog.isOpened}
          onConfirm={handleConfirm}
          onClose={handleKeep}
        />
      )}
    </>
  );
}
