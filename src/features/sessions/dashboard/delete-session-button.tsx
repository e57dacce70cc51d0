import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api/skaha/session-schemas';
import { lazyPart, useLazyDialog } from '@/components/lazy-part';

const deleteDialog = lazyPart(() => import('./delete-session-dialog'));

/** Delete (or, while Pending, cancel the launch) after a confirmation naming the session. */
export function DeleteSessionButton({ session }: { session: Pick<Session, 'id' | 'name' | 'status'> }) {
  const { t } = useTranslation();
  const dialog = useLazyDialog(deleteDialog);
  // when skaha last took a delete of this session: state of the tile's button, so it outlives the polls, which
  // keep an unchanged tile mounted
  const [deletedAt, setDeletedAt] = useState<number>();
  const label = session.status === 'Pending' ? t('sessions.tile.cancelLaunch') : t('sessions.tile.delete');
  const Dialog = dialog.module?.DeleteSessionDialog;
  // with the dialog's code, which a delete has loaded
  const Note = dialog.module?.IgnoredDeleteNote;
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
      {Note && deletedAt !== undefined && (
        <Note session={session} deletedAt={deletedAt} retryProps={dialog.trigger} />
      )}
      {Dialog && (
        <Dialog
          session={session}
          opened={dialog.isOpened}
          onClose={dialog.close}
          onDeleted={() => {
            setDeletedAt(Date.now());
          }}
        />
      )}
    </>
  );
}
