import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { deleteSessionMutationOptions } from '@/api/skaha/session-mutations';
import { sessionListQueryOptions } from '@/api/skaha/session-queries';
import type { Session } from '@/api/skaha/session-schemas';
import { ErrorAlert } from '@/components/error-alert';
import { BusyButton } from '@/components/busy-button';
import type { LazyDialogTriggerProps } from '@/components/lazy-part';

export interface DeleteSessionDialogProps {
  session: Pick<Session, 'id' | 'name' | 'status'>;
  opened: boolean;
  onClose: () => void;
}

/** The confirmation naming the session; loaded when a Delete button is first used (./delete-session-button). */
export function DeleteSessionDialog({ session, opened, onClose }: DeleteSessionDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const remove = useMutation(deleteSessionMutationOptions(api));
  const cancelling = session.status === 'Pending';
  const label = cancelling ? t('sessions.tile.cancelLaunch') : t('sessions.tile.delete');
  // the dialog stays mounted between uses: a failure is about the try it was shown for, not the next one
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      title={
        cancelling
          ? t('sessions.tile.cancelTitle', { name: session.name })
          : t('sessions.tile.deleteTitle', { name: session.name })
      }
    >
      <Stack gap="md">
        <Text size="sm">{cancelling ? t('sessions.tile.cancelBody') : t('sessions.tile.deleteBody')}</Text>
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('sessions.tile.keep')}
          </Button>
          <BusyButton
            color="red"
            busy={remove.isPending}
            onClick={() => {
              // skaha's 200 is recorded with the mutation (session-mutations.ts): IgnoredDeleteNote reads it
              remove.mutate(session.id, { onSuccess: onClose });
            }}
          >
            {label}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * skaha answers a delete with 200 even when it deleted nothing (platform-api §1.8). This long after the delete
 * the list is read again: a session still Running or Pending then was not deleted. Real skaha lists a deleted
 * session as Terminating within a poll or two; the first read, right after the delete, may still be too early.
 */
const DELETE_CHECK_MS = 15_000;

const isLive = (status: string) => status === 'Running' || status === 'Pending';

interface IgnoredDeleteNoteProps {
  session: Pick<Session, 'id' | 'name' | 'status'>;
  /** When skaha last took a delete of the session (epoch ms). */
  deletedAt: number;
  /** The tile's Delete button's: Try again opens the same confirmation. */
  retryProps: LazyDialogTriggerProps;
}

/**
 * On the tile of a session whose delete skaha took: nothing until a fresh read of the list, DELETE_CHECK_MS
 * after, still has it live; then, until the polls say Terminating or gone, that it is still running.
 */
export function IgnoredDeleteNote({ session, deletedAt, retryProps }: IgnoredDeleteNoteProps) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const [stillListedAfter, setStillListedAfter] = useState<number>();
  // a read that failed is asked again a check's time later (the dashboard shows the list's failure itself)
  const [failedReads, setFailedReads] = useState(0);
  const { id } = session;
  useEffect(() => {
    let isCurrent = true;
    const due = deletedAt + DELETE_CHECK_MS - Date.now();
    const timer = setTimeout(
      () => {
        client.query({ ...sessionListQueryOptions(api), staleTime: 0 }).then(
          (sessions) => {
            // a desktop's apps carry its id too
            const listed = sessions.find((entry) => entry.id === id && entry.type !== 'desktop-app');
            if (isCurrent)
              setStillListedAfter(listed !== undefined && isLive(listed.status) ? deletedAt : undefined);
          },
          () => {
            if (isCurrent) setFailedReads((count) => count + 1);
          },
        );
      },
      Math.max(failedReads > 0 ? DELETE_CHECK_MS : 0, due),
    );
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [deletedAt, failedReads, api, client, id]);
  // the poll's word wins once it has one: Terminating or gone, and the note goes; a later delete is checked anew
  if (stillListedAfter !== deletedAt || !isLive(session.status)) return null;
  const cancelling = session.status === 'Pending';
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} w="100%">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        {/* as the error alert's: the button goes under a text that would be narrower than 12rem */}
        <Text size="sm" style={{ flex: '1 1 12rem', minWidth: 0, overflowWrap: 'anywhere' }}>
          {cancelling
            ? t('sessions.tile.cancelIgnored', { name: session.name })
            : t('sessions.tile.deleteIgnored', { name: session.name })}
        </Text>
        <Button
          size="xs"
          variant="default"
          aria-label={
            cancelling
              ? t('sessions.tile.cancelRetry', { name: session.name })
              : t('sessions.tile.deleteRetry', { name: session.name })
          }
          {...retryProps}
        >
          {t('errors.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
