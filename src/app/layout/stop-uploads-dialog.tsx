import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the user asked for from the account menu: to sign out, or to switch to another demo user. */
export type LeavingAction = { kind: 'signOut' } | { kind: 'switch'; username: string; displayName: string };

export interface StopUploadsDialogProps {
  action: LeavingAction;
  /** Uploads still to finish, read live: the words follow while the dialog is open. */
  remaining: number;
  opened: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asked before a sign-out stops the uploads still running (./user-menu.tsx loads it on first use). Focus starts
 * on Keep uploading, so Enter never stops them by accident; Escape and the close button keep them too.
 * Closed, focus goes where `onClose` puts it: what had it at the opening may be a menu item gone since.
 */
export function StopUploadsDialog({ action, remaining, opened, onConfirm, onClose }: StopUploadsDialogProps) {
  const { t, i18n } = useTranslation();
  const isSwitch = action.kind === 'switch';
  const formattedCount = new Intl.NumberFormat(i18n.language).format(remaining);
  const isRunning = remaining > 0;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      // the account menu puts focus back on its button (./user-menu.tsx)
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      title={
        isSwitch
          ? t('storage.stopUploads.switchTitle', { name: action.displayName })
          : t('storage.stopUploads.signOutTitle')
      }
    >
      <Stack gap="sm">
        {/* the count changes as uploads end: read out when it does */}
        <Text size="sm" aria-live="polite">
          {!isRunning
            ? t('storage.stopUploads.finished')
            : isSwitch
              ? t('storage.stopUploads.switchBody', { count: remaining, formattedCount })
              : t('storage.stopUploads.signOutBody', { count: remaining, formattedCount })}
        </Text>
        <Group justify="flex-end" wrap="wrap">
          <Button variant="default" onClick={onClose} data-autofocus>
            {isRunning ? t('storage.stopUploads.keep') : t('storage.stopUploads.cancel')}
          </Button>
          <Button {...(isRunning ? { color: 'red.9' } : {})} onClick={onConfirm}>
            {isRunning
              ? t(isSwitch ? 'storage.stopUploads.stopAndSwitch' : 'storage.stopUploads.stopAndSignOut')
              : t(isSwitch ? 'storage.stopUploads.switch' : 'user.signOut')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
