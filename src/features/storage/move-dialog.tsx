import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import type { StorageEntry } from '@/api/storage/listing';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import {
  isItemsGoneError,
  isMoveDestinationError,
  moveNodesMutationOptions,
} from '@/api/storage/node-mutations';
import { normalizePath, parentOf } from '@/api/storage/vos-uri';
import { useCurrentUser } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { useConfig } from '@/config/config-context';
import { FolderPicker, refusesDestination } from './folder-picker';
import { GoneAlert } from './gone-alert';
import { JobProgress, useJobPhases } from './job-progress';
import { listNames } from './list-names';
import { nameInSentence } from '@/lib/names';
import { BusyButton } from '@/components/busy-button';

interface MoveDialogProps {
  entries: readonly StorageEntry[];
  folder: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

function destinationProblem(
  value: string,
  roots: readonly string[],
  moving: ReadonlySet<string>,
): 'invalid' | 'descendant' | undefined {
  try {
    const path = normalizePath(value);
    const root = path.split('/')[1] ?? '';
    if (path.split('/').length < 3 || !roots.includes(root)) return 'invalid';
    return refusesDestination(path, moving) ? 'descendant' : undefined;
  } catch {
    return 'invalid';
  }
}

/** `/arc/home/…` as sessions and terminals show it: the storage's `/home/…`. */
const withoutArc = (path: string) => path.replace(/^\/arc(?=\/)/, '');

/**
 * Moves the selection into another folder, chosen in a folder picker or typed: one cavern transfer job per
 * item, with each job's phase.
 */
export function MoveDialog({ entries, folder, onClose, onDone }: MoveDialogProps) {
  const { t, i18n } = useTranslation();
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
  // A space pasted at either end would name another folder, and cavern renames an item sent where nothing is.
  const typed = withoutArc(destination.trim());
  const isChosen = typed !== '';
  const invalid = destinationProblem(typed, config.storage.roots, moving);
  const same = !invalid && entries.every((entry) => parentOf(entry.path) === normalizePath(typed));
  // The folder the picker shows (the same query, so no second request): once it is the destination, what cavern
  // says the user may do there is known before anything is sent.
  const shownFolder = useQuery(listingQueryOptions(api, config.storage.vosAuthority, browsed)).data;
  const access =
    !invalid && shownFolder?.writable === false && normalizePath(typed) === browsed
      ? shownFolder.readable === false
        ? 'noAccess'
        : 'readOnly'
      : undefined;
  const refused = isMoveDestinationError(move.error) ? move.error : undefined;
  // Items found no longer there (moved or deleted elsewhere): kept past a change of destination, since no
  // destination can take them, and never sent again.
  const [gone, setGone] = useState<readonly string[]>([]);
  const left = entries.filter(
    (entry) => jobs.phases.get(entry.path) !== 'COMPLETED' && !gone.includes(entry.path),
  );
  // Nothing left to move: the dialog only says what became of the items.
  const isOver = gone.length > 0 && left.length === 0;
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isOver) closeRef.current?.focus();
  }, [isOver]);
  // the phases of the gone items are their jobs' failures, which the alert says otherwise
  const phases =
    gone.length === 0 ? jobs.phases : new Map([...jobs.phases].filter(([path]) => !gone.includes(path)));
  const clash = refused?.reason === 'holds' ? refused : undefined;
  // what a move of the others would send: neither the clashing items nor those already moved
  const others = clash ? left.filter((entry) => !clash.names.includes(entry.name)) : [];
  const problem = !isChosen
    ? t('storage.move.choose')
    : invalid === 'invalid'
      ? t('storage.move.invalid')
      : invalid === 'descendant'
        ? t('storage.move.descendant')
        : same
          ? t('storage.move.sameFolder')
          : access
            ? t(`storage.move.${access}`, { path: browsed })
            : undefined;

  // The picker shows a typed destination once the typing pauses, so the two never name different folders.
  // Not on leaving the field: the picker's new height would move Move from under the pointer pressing it.
  const [settled] = useDebouncedValue(typed, 600);
  const settledValid =
    settled !== '' && destinationProblem(settled, config.storage.roots, moving) === undefined;
  const [shownTyping, setShownTyping] = useState(settled);
  if (settled !== shownTyping) {
    setShownTyping(settled);
    if (settledValid) setBrowsed(normalizePath(settled));
  }

  function choose(path: string) {
    setDestination(path);
    // Whatever went wrong was with the destination before this one.
    if (move.isError) move.reset();
  }

  function send(items: readonly StorageEntry[]) {
    jobs.resetUnfinished();
    move.mutate(
      {
        sources: items.map((entry) => entry.path),
        mode: 'into',
        destination: normalizePath(typed),
        onPhase: jobs.onPhase,
      },
      {
        onSuccess: () => {
          const moved = entries.filter(
            (entry) => items.includes(entry) || jobs.phases.get(entry.path) === 'COMPLETED',
          );
          onDone(t('storage.status.moved', { count: moved.length }));
          onClose();
        },
        onError: (error) => {
          if (!isItemsGoneError(error)) return;
          setGone((previous) => [...previous, ...error.paths]);
          // the others went: the job gives up on the gone ones only once the rest have moved
          const moved = entries.filter(
            (entry) =>
              (items.includes(entry) && !error.paths.includes(entry.path)) ||
              jobs.phases.get(entry.path) === 'COMPLETED',
          );
          if (moved.length > 0) onDone(t('storage.status.moved', { count: moved.length }));
        },
      },
    );
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (problem || left.length === 0) return;
    // A retry sends only the items not moved yet: a moved one is no longer where it was, and cavern would fail it.
    send(left);
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
              choose(path);
            }}
          />
          <TextInput
            label={t('storage.move.destination')}
            description={t('storage.move.typedHint', { user: user.username })}
            value={destination}
            onChange={(event) => {
              choose(event.currentTarget.value);
            }}
            onBlur={() => {
              setTouched(true);
            }}
            error={
              isChosen && (touched || same || access) && problem
                ? problem
                : refused?.reason === 'notFolder'
                  ? t('storage.move.notFolder', { path: refused.path })
                  : refused?.reason === 'noAccess'
                    ? t('storage.move.noAccess', { path: refused.path })
                    : undefined
            }
            required
          />
          <JobProgress phases={phases} total={entries.length - gone.length} />
          {gone.length > 0 && <GoneAlert paths={gone} />}
          {clash && (
            <Alert color="yellow" variant="light" role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  {t('storage.move.holds', {
                    count: clash.names.length,
                    folder: nameInSentence(clash.path),
                    names: listNames(
                      clash.names,
                      (name) => t('storage.move.quotedName', { name }),
                      (count) => t('storage.move.moreNames', { count }),
                      i18n.language,
                    ),
                  })}
                </Text>
                {others.length > 0 && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      send(others);
                    }}
                    disabled={move.isPending}
                  >
                    {t('storage.move.moveOthers', { count: others.length })}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {move.isError && !refused && !isItemsGoneError(move.error) && <ErrorAlert error={move.error} />}
          <Group justify="flex-end">
            <Button ref={closeRef} variant="default" onClick={onClose}>
              {isOver ? t('storage.actions.close') : t('storage.actions.cancel')}
            </Button>
            {!isOver && (
              <BusyButton type="submit" busy={move.isPending} disabled={!isChosen || same || !!access}>
                {t('storage.move.submit')}
              </BusyButton>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
