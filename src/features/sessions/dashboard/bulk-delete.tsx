import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PartialDeleteError } from '@/api/skaha/session-mutations';
import { WRAPPING_LABEL } from '@/components/wrapping-label';
import type { Session } from '@/api/skaha/session-schemas';
import { BusyButton } from '@/components/busy-button';
import { ErrorAlert } from '@/components/error-alert';
import { nameInSentence } from '@/lib/names';
import { useFormatters } from '../format';
import { listCutShort } from './headless-jobs';

// enough to tell which; the rest stay selected, in the table
const NAMED_AT_MOST = 5;

interface BulkDeleteDialogProps {
  opened: boolean;
  /** The jobs it asks about: the caller keeps the number it opened with while it closes. */
  count: number;
  /** Inside the dialog: whether it holds focus when a delete ends. */
  bodyRef?: Ref<HTMLDivElement>;
  isPending: boolean;
  error: unknown;
  jobs: readonly Session[];
  onConfirm: () => void;
  onClose: () => void;
}

/** The confirmation of the headless table's multi-select delete. */
export function BulkDeleteDialog(props: BulkDeleteDialogProps) {
  const { opened, count, bodyRef, isPending, error, jobs, onConfirm, onClose } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const value = format.number(count);
  return (
    <Modal
      opened={opened}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      onClose={onClose}
      title={t('sessions.jobs.confirmTitle', { count, value })}
    >
      <Stack gap="md" ref={bodyRef}>
        <Text size="sm">{t('sessions.jobs.confirmBody')}</Text>
        {/* the page's own alert is behind this dialog while it is open */}
        {error !== null && <BulkDeleteError error={error} jobs={jobs} />}
        <Group justify="flex-end" gap="sm">
          {/* once the delete runs there is nothing left to keep: closing lets it go on, its outcome on the page */}
          {/* « Fermer et poursuivre la suppression » is wider than a phone's dialog */}
          <Button variant="default" onClick={onClose} styles={WRAPPING_LABEL}>
            {isPending ? t('sessions.jobs.closeWhileDeleting') : t('sessions.jobs.keep', { count })}
          </Button>
          <BusyButton color="red" busy={isPending} onClick={onConfirm}>
            {t('sessions.jobs.deleteSelected', { count, value })}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}

interface BulkDeleteErrorProps {
  error: unknown;
  jobs: readonly Session[];
  /** Given, the alert has a close button (on the page; the dialog's goes with the dialog). */
  onDismiss?: () => void;
}

/** Why a bulk delete failed; when some jobs went, how many, and which did not, by name. */
export function BulkDeleteError({ error, jobs, onDismiss }: BulkDeleteErrorProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  let title: string | undefined;
  if (error instanceof PartialDeleteError) {
    const names = new Map(jobs.map((job) => [job.id, job.name]));
    const failed = error.failed.map((id) => nameInSentence(names.get(id) ?? id));
    const deleted = error.deleted.length;
    title = t('sessions.jobs.partlyDeleted', {
      count: deleted,
      deleted: format.number(deleted),
      total: format.number(deleted + failed.length),
      names: listCutShort(failed, NAMED_AT_MOST, i18n.language, (rest) =>
        t('sessions.jobs.others', { count: rest, value: format.number(rest) }),
      ),
    });
  }
  return (
    <ErrorAlert
      error={error}
      title={title}
      onClose={onDismiss}
      closeLabel={onDismiss && t('sessions.jobs.dismissError')}
    />
  );
}
