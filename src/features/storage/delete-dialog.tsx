import { Group, List, Loader, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import type { StorageEntry } from '@/api/storage/listing';
import { deleteNodesMutationOptions } from '@/api/storage/node-mutations';
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

/** Says how many items go before anything is deleted; non-empty folders go through cavern's async delete. */
export function DeleteDialog({ entries, onClose, onDone }: DeleteDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const authority = useConfig().storage.vosAuthority;
  const jobs = useJobPhases();
  const counted = useQuery(deleteCountQueryOptions(api, queryClient, authority, entries));
  const remove = useMutation(deleteNodesMutationOptions(api, authority));
  const count = counted.data?.count ?? entries.length;
  const hasFolders = entries.some((entry) => entry.kind === 'container');

  function handleDelete() {
    // Try again sends only the items not deleted yet; one that is gone by then counts as deleted too.
    const pending = entries.filter((entry) => jobs.phases.get(entry.path) !== 'COMPLETED');
    jobs.resetUnfinished();
    remove.mutate(
      {
        entries: pending.map((entry) => ({ ...entry, hasChildren: counted.data?.nonEmpty.has(entry.path) })),
        onPhase: jobs.onPhase,
      },
      {
        onSuccess: () => {
          onDone(t('storage.status.deleted', { count }));
          onClose();
        },
      },
    );
  }

  return (
    <ConfirmDialog
      title={t('storage.delete.title', {
        count: entries.length,
        formattedCount: formatCount(entries.length, i18n.language),
        name: nameInSentence(entries[0]?.name ?? ''),
      })}
      cancelLabel={t('storage.actions.cancel')}
      confirmLabel={t('storage.delete.submit')}
      onConfirm={handleDelete}
      onClose={onClose}
      isDestructive
      isPending={remove.isPending}
      canConfirm={!counted.isPending}
    >
      {entries.length > 1 && (
        // What goes, by name, before it goes: the title only counts them.
        <List size="sm" aria-label={t('storage.delete.listLabel')}>
          {entries.slice(0, NAMES_SHOWN).map((entry) => (
            <List.Item key={entry.path} style={{ overflowWrap: 'anywhere' }}>
              <bdi>{revealBidiControls(entry.name)}</bdi>
            </List.Item>
          ))}
          {entries.length > NAMES_SHOWN && (
            <List.Item>
              {t('storage.delete.more', {
                count: entries.length - NAMES_SHOWN,
                formattedCount: formatCount(entries.length - NAMES_SHOWN, i18n.language),
              })}
            </List.Item>
          )}
        </List>
      )}
      {counted.isPending ? (
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
                formattedCount: formatCount(count, i18n.language),
              })
            : t('storage.delete.countPartial', { formatted: formatCount(count, i18n.language) })}
        </Text>
      )}
      <JobProgress phases={jobs.phases} total={entries.length} />
      {remove.isError && <ErrorAlert error={remove.error} onRetry={handleDelete} />}
    </ConfirmDialog>
  );
}
