import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api/skaha/session-schemas';
import { deleteTakenQueryOptions } from '@/api/skaha/session-queries';
import { lazyPart, useLazyDialog } from '@/components/lazy-part';

const deleteDialog = lazyPart(() => import('./delete-session-dialog'));

/** Delete (or, while Pending, cancel the launch) after a confirmation naming the session. */
export function DeleteSessionButton({ session }: { session: Pick<Session, 'id' | 'name' | 'status'> }) {
  const { t } = useTranslation();
  const dialog = useLazyDialog(deleteDialog);
  // when skaha last took a delete of this session: in the query cache, so a tile a filter or a page hid finds it
  const { data: deletedAt } = useQuery(deleteTakenQueryOptions(session.id));
  const label = session.status === 'Pending' ? t('sessions.tile.cancelLaunch') : t('sessions.tile.delete');
  const Dialog = dialog.module?.DeleteSessionDialog;
  // with the dialog's code, which a delete has loaded (this tile's, or this session's tile before it)
  const Note = (dialog.module ?? deleteDialog.peek())?.IgnoredDeleteNote;
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
      {Dialog && <Dialog session={session} opened={dialog.isOpened} onClose={dialog.close} />}
    </>
  );
}
