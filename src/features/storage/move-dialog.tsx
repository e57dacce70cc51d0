import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import type { StorageEntry } from '@/api/storage/listing';
import { moveNodesMutationOptions } from '@/api/storage/node-mutations';
import { normalizePath, parentOf } from '@/api/storage/vos-uri';
import { useCurrentUser } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { useConfig } from '@/config/config-context';
import { FolderPicker } from './folder-picker';
import { JobProgress, useJobPhases } from './job-progress';
import { nameInSentence } from '@/lib/names';

interface MoveDialogProps {
  entries: readonly StorageEntry[];
  folder: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

function destinationProblem(value: string, roots: readonly string[]): 'invalid' | undefined {
  try {
    const path = normalizePath(value);
    const root = path.split('/')[1] ?? '';
    return path.split('/').length >= 3 && roots.includes(root) ? undefined : 'invalid';
  } catch {
    return 'invalid';
  }
}

/**
 * Moves the selection into another folder, chosen in a folder picker or typed: one cavern transfer job per
 * item, with each job's phase.
 */
export function MoveDialog({ entries, folder, onClose, onDone }: MoveDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const user = useCurrentUser();
  // Nothing chosen yet: the picker opens on the current folder, which is never a destination (the items
  // are in it), so Move waits for a choice rather than failing on its first click.
  const [destination, setDestination] = useState('');
  const [browsed, setBrowsed] = useState(folder);
  const moving = new Set(entries.filter((entry) => entry.kind === 'container').map((entry) => entry.path));
  const [touched, setTouched] = useState(false);
  const jobs = useJobPhases();
  const move = useMutation(moveNodesMutationOptions(api, config.storage.vosAuthority));
  const isChosen = destination.trim() !== '';
  const invalid = destinationProblem(destination, config.storage.roots);
  const same = !invalid && entries.every((entry) => parentOf(entry.path) === normalizePath(destination));
  const problem = !isChosen
    ? t('storage.move.choose')
    : invalid
      ? t('storage.move.invalid')
      : same
        ? t('storage.move.sameFolder')
        : undefined;

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    jobs.reset();
    move.mutate(
      {
        sources: entries.map((entry) => entry.path),
        destination: normalizePath(destination),
        onPhase: jobs.onPhase,
      },
      {
        onSuccess: () => {
          onDone(t('storage.status.moved', { count: entries.length }));
          onClose();
        },
      },
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('storage.move.title', { count: entries.length, name: nameInSentence(entries[0]?.name ?? '') })}
      closeButtonProps={{ 'aria-label': t('storage.actions.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <FolderPicker
            path={browsed}
            excluded={moving}
            onChange={(path) => {
              setBrowsed(path);
              setDestination(path);
            }}
          />
          <TextInput
            label={t('storage.move.destination')}
            description={t('storage.move.typedHint', { user: user.username })}
            value={destination}
            onChange={(event) => {
              setDestination(event.currentTarget.value);
            }}
            onBlur={() => {
              setTouched(true);
            }}
            error={isChosen && (touched || same) ? problem : undefined}
            required
          />
          <JobProgress phases={jobs.phases} total={entries.length} />
          {move.isError && <ErrorAlert error={move.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('storage.actions.cancel')}
            </Button>
            <Button type="submit" loading={move.isPending} disabled={!isChosen || same}>
              {t('storage.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
