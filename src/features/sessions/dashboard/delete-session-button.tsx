import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api/skaha/session-schemas';
import { lazyPart, useLazyDialog } from '@/components/lazy-part';

const deleteDialog = lazyPart(() => import('./delete-session-dialog'));

/** Delete (or, while Pending, cancel the launch) after a confirmation naming the session. */
export function DeleteSessionButton({ session }: { session: Pick<Session, 'id' | 'name' | 'status'> }) {
  const { t } = useTranslation();
  const dialog = useLazyDialog(deleteDialog);
  const label = session.status === 'Pending' ? t('sessions.tile.cancelLaunch') : t('sessions.tile.delete');
  const Dialog = dialog.module?.DeleteSessionDialog;
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="red"
        leftSection={<IconTrash size={14} aria-hidden />}
        aria-label={`${label} ${session.name}`}
        {...dialog.trigger}
      >
        {label}
      </Button>
      {Dialog && <Dialog session={session} opened={dialog.isOpened} onClose={dialog.close} />}
    </>
  );
}
