import { Alert, Group, List, Loader, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { endedSignIn } from '@/api/http/api-error';
import type { StorageEntry } from '@/api/storage/listing';
import { DeleteOutcomeUnknownError, deleteNodesMutationOptions } from '@/api/storage/node-mutations';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { useConfig } from '@/config/config-context';
import { deleteCountQueryOptions } from './count-items';
import { formatCount } from './format';
import { JobProgress, useJobPhases } from './job-progress';
import { nameInSentence, revealBidiControls } from '@/lib/names';

/** How many of the selected names the dialog lists; the rest are counted. */
const NAMES_SHOWN = 5;

interface DeleteDialogProps {
  entries: readonly StorageEntry[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * Says how many items go before anything is deleted; non-empty folders go through cavern's async delete. Once a
 * delete has stopped short (stopped, or failed), it says what was deleted and what was kept, and offers to delete
 * what is left.
 */
export function DeleteDialog({ entries, onClose, onDone }: DeleteDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const authority = useConfig().storage.vosAuthority;
  const jobs = useJobPhases();
  const counted = useQuery(deleteCountQueryOptions(api, queryClient, authority, entries));
  const remove = useMutation(deleteNodesMutationOptions(api, authority));
  const stopper = useRef<AbortController | undefined>(undefined);
  const [isStopping, setIsStopping] = useState(false);
  const count = counted.data?.count ?? entries.length;
  const format = (value: number) => formatCount(value, i18n.language);
  const remaining = entries.filter((entry) => jobs.phases.get(entry.path) !== 'COMPLETED');
  const done = entries.length - remaining.length;
  const hasFolders = entries.some((entry) => entry.kind === 'container');
  const isRunning = remove.isPending;
  const hasTried = !remove.isIdle;
  const failed = remove.isError
    ? entries.find((entry) => ['ERROR', 'UNKNOWN'].includes(jobs.phases.get(entry.path) ?? ''))
    : undefined;
  const isOutcomeUnknown = remove.error instanceof DeleteOutcomeUnknownError;
  // The sign-in dialog said why it stopped; once signed in again, the alert of that refusal is gone (ErrorAlert).
  const isStoppedForSignIn = remove.isError && endedSignIn(remove.error);

  // A dialog taken away while it deletes (the page left) stops the delete: nothing deletes out of sight.
  useEffect(() => () => stopper.current?.abort(), []);

  function handleDelete() {
    // Deleting again sends only the items not deleted yet; one that is gone by then counts as deleted too.
    jobs.resetUnfinished();
    const controller = new AbortController();
    stopper.current = controller;
    setIsStopping(false);
    remove.mutate(
      {
        entries: remaining.map((entry) => ({
          ...entry,
          hasChildren: counted.data?.nonEmpty.has(entry.path),
        })),
        onPhase: jobs.onPhase,
        signal: controller.signal,
      },
      {
        onSuccess: ({ kept }) => {
          if (kept.length > 0) return;
          onDone(t('storage.status.deleted', { count }));
          onClose();
        },
      },
    );
  }

  const confirmLabel =
    isRunning || !hasTried
      ? t('storage.delete.submit')
      : done === 0
        ? t('errors.retry')
        : t('storage.delete.submitRemaining', {
            count: remaining.length,
            formattedCount: format(remaining.length),
          });

  function handleStop() {
    stopper.current?.abort();
    setIsStopping(true);
  }

  return (
    <ConfirmDialog
      title={t(isRunning ? 'storage.delete.running' : 'storage.delete.title', {
        count: isRunning ? entries.length : remaining.length,
        formattedCount: format(isRunning ? entries.length : remaining.length),
        name: nameInSentence((isRunning ? entries : remaining)[0]?.name ?? ''),
      })}
      cancelLabel={t(
        isRunning ? 'storage.delete.stop' : hasTried ? 'storage.actions.close' : 'storage.actions.cancel',
      )}
      confirmLabel={confirmLabel}
      onConfirm={handleDelete}
      // Escape and the close button stop a running delete, as Stop does, and the dialog stays until the item under
      // way is done: closed at once, it could not say what was deleted and what was kept.
      onClose={isRunning ? handleStop : onClose}
      isDestructive
      isPending={isRunning}
      canConfirm={!counted.isPending}
      stage={isRunning ? 'running' : hasTried ? 'outcome' : 'asking'}
    >
      {!isRunning && remaining.length > 1 && (
        // What goes, by name, before it goes: the title only counts them.
        <List size="sm" aria-label={t('storage.delete.listLabel')}>
          {remaining.slice(0, NAMES_SHOWN).map((entry) => (
            <List.Item key={entry.path} style={{ overflowWrap: 'anywhere' }}>
              <bdi>{revealBidiControls(entry.name)}</bdi>
            </List.Item>
          ))}
          {remaining.length > NAMES_SHOWN && (
            <List.Item>
              {t('storage.delete.more', {
                count: remaining.length - NAMES_SHOWN,
                formattedCount: format(remaining.length - NAMES_SHOWN),
              })}
            </List.Item>
          )}
        </List>
      )}
      {isRunning ? (
        <div aria-live="polite">
          <Text>{t('storage.delete.progress', { done: format(done), total: format(entries.length) })}</Text>
          {isStopping && <Text size="sm">{t('storage.delete.stopping')}</Text>}
        </div>
      ) : (
        hasTried && (
          <Text aria-live="polite">
            {isOutcomeUnknown
              ? t('storage.delete.outcomeUnknown', {
                  done: format(done),
                  total: format(entries.length),
                  name: nameInSentence(failed?.name ?? ''),
                })
              : done === 0
                ? t('storage.delete.noneDeleted')
                : t('storage.delete.outcome', {
                    done: format(done),
                    total: format(entries.length),
                    count: remaining.length,
                    formattedCount: format(remaining.length),
                  })}
          </Text>
        )
      )}
      {/* How many items the delete removes, counted before it starts; once some are gone, the names left say it. */}
      {isRunning || done > 0 ? null : counted.isPending ? (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('storage.delete.counting')}</Text>
        </Group>
      ) : counted.isError ? (
        <ErrorAlert error={counted.error} onRetry={() => void counted.refetch()} />
      ) : (
        <Text aria-live="polite">
          {counted.data.complete
            ? t(hasFolders ? 'storage.delete.summaryFolders' : 'storage.delete.summary', {
                count,
                formattedCount: format(count),
              })
            : t('storage.delete.countPartial', { formatted: format(count) })}
        </Text>
      )}
      <JobProgress phases={jobs.phases} total={entries.length} />
      {isStoppedForSignIn && (
        <Alert
          color="blue"
          variant="light"
          role="status"
          icon={<IconInfoCircle aria-hidden />}
          title={t('storage.delete.signInExpiredTitle', { name: nameInSentence(failed?.name ?? '') })}
        >
          <Text size="sm">{t('storage.delete.signInExpired', { action: confirmLabel })}</Text>
        </Alert>
      )}
      {/* No Try again here: the dialog's own button deletes what is left, the failed item first. */}
      {remove.isError && !isStoppedForSignIn && (
        <ErrorAlert
          error={remove.error instanceof DeleteOutcomeUnknownError ? remove.error.cause : remove.error}
          title={
            failed
              ? t(isOutcomeUnknown ? 'storage.delete.unanswered' : 'storage.delete.failed', {
                  name: nameInSentence(failed.name),
                })
              : undefined
          }
        />
      )}
    </ConfirmDialog>
  );
}
