import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import {
  createFolderMutationOptions,
  isItemsGoneError,
  isMoveDestinationError,
  moveNodesMutationOptions,
  renamedPath,
} from '@/api/storage/node-mutations';
import type { StorageEntry } from '@/api/storage/listing';
import { nameOf } from '@/api/storage/vos-uri';
import { ErrorAlert } from '@/components/error-alert';
import { useConfig } from '@/config/config-context';
import { GoneAlert } from './gone-alert';
import { JobProgress, useJobPhases } from './job-progress';
import { baseNameEnd, nameProblem } from './names';
import { hasBidiControls, nameInSentence, withoutBidiControls } from '@/lib/names';
import { BusyButton } from '@/components/busy-button';

interface NameDialogProps {
  /** A new folder inside `folder`, or a rename of `entry`. */
  mode: { kind: 'newFolder'; folder: string } | { kind: 'rename'; entry: StorageEntry };
  /** The folder's entries: a new name may not be one of theirs. */
  siblings: readonly StorageEntry[];
  onClose: () => void;
  /** With the path of what it made (the folder created, the item renamed), to select it in the listing. */
  onDone: (message: string, made?: string) => void;
}

/** Asks for one name: of a new folder (PUT of node XML) or the new name of an item (a move job). */
export function NameDialog({ mode, siblings, onClose, onDone }: NameDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const authority = useConfig().storage.vosAuthority;
  // A name holding direction controls is offered without them: in a text field they would make it read as another.
  const current = mode.kind === 'rename' ? mode.entry.name : '';
  const isSpoofable = hasBidiControls(current);
  const [name, setName] = useState(withoutBidiControls(current));
  const [touched, setTouched] = useState(false);
  const isPreselected = useRef(false);
  const jobs = useJobPhases();
  const create = useMutation(createFolderMutationOptions(api, authority));
  const move = useMutation(moveNodesMutationOptions(api, authority));
  const mutation = mode.kind === 'newFolder' ? create : move;
  // Made once per dialog, not per keystroke: a folder may hold 100,000 names.
  const taken = useMemo(() => new Set(siblings.map((entry) => entry.name)), [siblings]);
  const problem = nameProblem(name, taken, t, mode.kind === 'rename' ? mode.entry.name : undefined);
  const unchanged = mode.kind === 'rename' && name.trim() === mode.entry.name;
  // The listing may be older than the folder: a name taken since then is found as the rename is sent.
  const takenSince = isMoveDestinationError(move.error) ? nameOf(move.error.path) : undefined;
  // The item is no longer where the listing showed it: no new name can rename it, so the dialog only says so.
  const gone = isItemsGoneError(move.error) ? move.error.paths : undefined;
  const isGone = gone !== undefined;
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isGone) closeRef.current?.focus();
  }, [isGone]);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (problem || unchanged || isGone) return;
    const trimmed = name.trim();
    if (mode.kind === 'newFolder') {
      const made = `${mode.folder.replace(/\/$/, '')}/${trimmed}`;
      create.mutate(made, {
        onSuccess: () => {
          onDone(t('storage.status.created', { name: trimmed }), made);
          onClose();
        },
      });
    } else {
      jobs.reset();
      const destination = renamedPath(mode.entry.path, trimmed);
      move.mutate(
        {
          sources: [mode.entry.path],
          mode: 'rename',
          destination,
          onPhase: jobs.onPhase,
        },
        {
          onSuccess: () => {
            onDone(t('storage.status.renamed', { name: trimmed }), destination);
            onClose();
          },
        },
      );
    }
  }

  const title =
    mode.kind === 'newFolder'
      ? t('storage.newFolder.title', { folder: nameOf(mode.folder) || mode.folder })
      : t('storage.rename.title', { name: nameInSentence(mode.entry.name) });
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('storage.actions.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={mode.kind === 'newFolder' ? t('storage.newFolder.name') : t('storage.rename.name')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              if (takenSince !== undefined) move.reset();
            }}
            onBlur={() => {
              setTouched(true);
            }}
            error={
              touched && problem
                ? problem
                : takenSince !== undefined
                  ? t('storage.names.exists', { name: takenSince })
                  : undefined
            }
            onFocus={(event) => {
              // The first focus of a rename selects the base name: typing replaces it and keeps the type.
              if (mode.kind !== 'rename' || isPreselected.current) return;
              isPreselected.current = true;
              const end = mode.entry.kind === 'container' ? name.length : baseNameEnd(name);
              event.currentTarget.setSelectionRange(0, end);
            }}
            description={
              isSpoofable ? t('storage.rename.bidiLeftOut', { name: nameInSentence(current) }) : undefined
            }
            data-autofocus
            required
            disabled={isGone}
          />
          {gone ? (
            <GoneAlert paths={gone} />
          ) : (
            <>
              <JobProgress phases={jobs.phases} total={1} />
              {mutation.isError && takenSince === undefined && <ErrorAlert error={mutation.error} />}
            </>
          )}
          <Group justify="flex-end">
            <Button ref={closeRef} variant="default" onClick={onClose}>
              {isGone ? t('storage.actions.close') : t('storage.actions.cancel')}
            </Button>
            {/* Off until the name changes: a rename to the same name would do nothing. */}
            {!isGone && (
              <BusyButton type="submit" busy={mutation.isPending} disabled={unchanged}>
                {mode.kind === 'newFolder' ? t('storage.newFolder.create') : t('storage.rename.submit')}
              </BusyButton>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
