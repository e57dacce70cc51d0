import { Alert, Group, Skeleton, Stack, Switch, Text, TextInput } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconSearch, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context';
import { downloadFile } from '../../api/storage/download';
import { entryOf, type StorageEntry } from '../../api/storage/listing';
import { listingQueryOptions } from '../../api/storage/listing-queries';
import { nameOf, parentOf, pathFromVosUri } from '../../api/storage/vos-uri';
import { ErrorAlert } from '../../components/error-alert';
import { useConfig } from '../../config/config-context';
import { paths } from '../../lib/paths';
import { DeleteDialog } from './delete-dialog';
import { filesFromEvent, pickedFile, takeDroppedFolders } from './dropped-files';
import { FileGrid } from './file-grid';
import { FolderToolbar, type FolderAction } from './folder-toolbar';
import { ListingError } from './listing-error';
import { formatCount } from './format';
import { readListingView, RowFilter, searchKeys, sortEntries, writeListingView } from './listing-state';
import { LargePackageDialog } from './large-package-dialog';
import { MoveDialog } from './move-dialog';
import { PackagePanel } from './package-panel';
import { hasSaveFilePicker } from './save-package';
import { NameDialog } from './name-dialog';
import { OverwriteDialog } from './overwrite-dialog';
import { PermissionsDialog } from './permissions-dialog';
import { PreviewDialog } from './preview-dialog';
import { emptySelection, pruneSelectionTo, type Selection } from './selection';
import { UploadClashAlert } from './upload-clash-alert';
import { UploadPanel } from './upload-panel';
import { useLeaveWarning, useUploadQueue } from './use-upload-queue';
import { useStartUpload } from './use-start-upload';
import { useChecksumMismatches } from './checksum-marks';
import { usePackageDownloads } from './use-package-downloads';
import type { PackageFormat } from '../../api/storage/package';
import { nameInSentence, revealBidiControls } from '../../lib/names';

/** Above this, a package read into memory (no save dialog to stream into) is asked for first. */
const IN_MEMORY_WARNING_BYTES = 2 * 1024 ** 3;

/** How long typing pauses before the filter is written into the address. */
const FILTER_ADDRESS_DELAY_MS = 200;

/**
 * A dialog and the entries it acts on, as they were when it opened: a move, delete or rename takes its entries out
 * of the listing before it reports, and a dialog that followed the live selection would be gone by then.
 */
interface OpenDialog {
  kind: Exclude<FolderAction, 'open' | 'download'>;
  entries: readonly StorageEntry[];
}

/** One folder: its rows, the actions on them, uploads into it. */
export function FolderView({ path }: { path: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readListingView(searchParams);
  const listing = useQuery(listingQueryOptions(api, config.storage.vosAuthority, path));
  const folder = listing.data?.path ?? path;
  const entries = listing.data?.entries;
  const [selectionState, setSelection] = useState<Selection>(emptySelection);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<unknown>();
  const queue = useUploadQueue();
  useLeaveWarning(queue);
  // Only a listing that is loaded and not being read again says what an upload would replace.
  const upload = useStartUpload(
    queue,
    folder,
    listing.isSuccess && !listing.isFetching ? entries : undefined,
  );
  const mismatches = useChecksumMismatches(queue);
  const packages = usePackageDownloads();
  const [largePackage, setLargePackage] = useState<{ format: PackageFormat; bytes: number }>();

  const sorted = useMemo(
    () => (entries ? sortEntries(entries, view.sort, view.direction) : []),
    [entries, view.sort, view.direction],
  );
  const rowFilter = useMemo(() => new RowFilter(sorted, searchKeys(sorted)), [sorted]);
  // The filter as typed: the input follows it at once, the 100,000-row filter right after without blocking
  // typing, and the address (`?q=`) once typing pauses, since rewriting the address re-renders the whole
  // portal under the router on every keystroke. An address changed from elsewhere (a link, back) wins.
  const [typed, setTyped] = useState(view.filter);
  const [address, setAddress] = useState({ path, filter: view.filter });
  const [written, setWritten] = useState(view.filter);
  if (address.path !== path || address.filter !== view.filter) {
    setAddress({ path, filter: view.filter });
    if (address.path !== path || view.filter !== written) setTyped(view.filter);
  }
  useEffect(() => {
    if (typed === view.filter) return undefined;
    const timer = setTimeout(() => {
      setWritten(typed);
      setSearchParams((previous) => writeListingView(previous, { filter: typed }), { replace: true });
    }, FILTER_ADDRESS_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [typed, view.filter, setSearchParams]);
  const filter = useDeferredValue(typed);
  const visible = useMemo(
    () => rowFilter.apply(filter, view.showHidden),
    [rowFilter, filter, view.showHidden],
  );
  const selection = pruneSelectionTo(selectionState, visible);
  const selected = useMemo(
    () =>
      selection.selected.size === 0 ? [] : visible.filter((entry) => selection.selected.has(entry.path)),
    [visible, selection.selected],
  );
  const taken = useMemo(() => new Set(entries?.map((entry) => entry.name)), [entries]);

  const updateView = (change: Parameters<typeof writeListingView>[1]) => {
    setSearchParams((previous) => writeListingView(previous, change), { replace: true });
  };

  function open(entry: StorageEntry) {
    if (entry.kind === 'data') {
      setSelection({ selected: new Set([entry.path]), active: visible.indexOf(entry), anchor: 0 });
      setDialog({ kind: 'preview', entries: [entry] });
      return;
    }
    const target =
      entry.kind === 'link' && entry.target
        ? pathFromVosUri(entry.target, config.storage.vosAuthority)
        : entry.path;
    if (target === undefined) {
      setStatus(t('storage.externalLink', { target: entry.target ?? '' }));
      return;
    }
    setSelection(emptySelection);
    void navigate(paths.storage(target) + (view.showHidden ? '?hidden=1' : ''));
  }

  function handleAction(action: FolderAction) {
    setActionError(undefined);
    const first = selected[0];
    if (action === 'open') {
      if (first) open(first);
    } else if (action === 'download') {
      void (async () => {
        try {
          for (const entry of selected) {
            setStatus(t('storage.download.starting', { name: nameInSentence(entry.name) }));
            await downloadFile(api, config.storage.vosAuthority, entry);
          }
        } catch (error) {
          setActionError(error);
        }
      })();
    } else setDialog({ kind: action, entries: selected });
  }

  function downloadPackage(format: PackageFormat) {
    setActionError(undefined);
    const bytes = selected.reduce((total, entry) => total + (entry.size ?? 0), 0);
    if (!hasSaveFilePicker(window) && bytes > IN_MEMORY_WARNING_BYTES) {
      setLargePackage({ format, bytes });
      return;
    }
    // Straight from the click: a save dialog may only open from a user's gesture.
    void packages.start(selected, format);
  }

  const closeDialog = () => {
    setDialog(undefined);
  };
  const dialogOne = dialog?.entries.length === 1 ? dialog.entries[0] : undefined;
  const folderLabel = revealBidiControls(nameOf(folder) || folder);

  return (
    <Stack gap="sm">
      {listing.data && listing.data.followed.length > 0 && (
        <Alert variant="light" color="gray">
          {t('storage.followedLink', { link: listing.data.followed[0] ?? '', target: folder })}
        </Alert>
      )}
      <FolderToolbar
        selected={selected}
        onAction={handleAction}
        onDownloadPackage={downloadPackage}
        onPickFiles={(files) => void upload.start(files.map(pickedFile))}
        canUpload={!listing.isPending}
      />
      <Group gap="md" wrap="wrap" align="flex-end">
        <TextInput
          label={t('storage.filter')}
          placeholder={t('storage.filterPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
          }}
          style={{ flex: '1 1 240px', maxWidth: 420 }}
        />
        <Switch
          label={t('storage.showHidden')}
          checked={view.showHidden}
          onChange={(event) => {
            updateView({ showHidden: event.currentTarget.checked });
          }}
        />
      </Group>
      {upload.error !== undefined && <ErrorAlert error={upload.error} />}
      <UploadClashAlert paths={upload.clashes} />
      {actionError !== undefined && <ErrorAlert error={actionError} />}
      <UploadPanel queue={queue} onRetry={(item) => void upload.retry(item)} />
      <PackagePanel list={packages} />
      <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
        {entries &&
          (visible.length !== entries.length
            ? filter.trim() === ''
              ? // Nothing typed: the difference is the hidden files.
                t('storage.countHidden', {
                  count: visible.length,
                  formattedCount: formatCount(visible.length, i18n.language),
                  hidden: formatCount(entries.length - visible.length, i18n.language),
                })
              : t('storage.countFiltered', {
                  shown: formatCount(visible.length, i18n.language),
                  total: formatCount(entries.length, i18n.language),
                })
            : t('storage.count', {
                count: entries.length,
                formattedCount: formatCount(entries.length, i18n.language),
              }))}
        {selected.length > 0 && ` · ${t('storage.selectedCount', { count: selected.length })}`}
        {status && ` · ${status}`}
        {upload.preparing && ` · ${t('storage.upload.creatingFolders')}`}
      </Text>
      {listing.isPending && (
        <Stack gap="xs" role="status" aria-busy="true" aria-label={t('storage.loading')}>
          <Skeleton height={36} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      )}
      {listing.isError && (
        <ListingError path={path} error={listing.error} onRetry={() => void listing.refetch()} />
      )}
      {listing.data?.node.kind === 'data' && (
        <PreviewDialog
          entry={entryOf(listing.data.node)}
          onClose={() => void navigate(paths.storage(parentOf(folder)))}
        />
      )}
      {!listing.isPending && (
        <Dropzone.FullScreen
          onDrop={(files) => void upload.start(files.map(pickedFile), takeDroppedFolders())}
          getFilesFromEvent={filesFromEvent}
          activateOnClick={false}
        >
          <Stack align="center" justify="center" mih={200} gap="xs">
            <IconUpload size={48} aria-hidden />
            <Text size="lg">{t('storage.dropzone.title', { folder: folderLabel })}</Text>
            <Text size="sm" c="dimmed">
              {t('storage.dropzone.hint')}
            </Text>
          </Stack>
        </Dropzone.FullScreen>
      )}
      {entries && (
        <>
          {visible.length === 0 ? (
            <Text>{entries.length === 0 ? t('storage.empty') : t('storage.noMatch', { filter })}</Text>
          ) : (
            <FileGrid
              entries={visible}
              folderName={folderLabel}
              selection={selection}
              onSelectionChange={setSelection}
              onOpen={open}
              onDeleteKey={() => {
                setDialog({ kind: 'delete', entries: selected });
              }}
              sort={view.sort}
              direction={view.direction}
              onSortChange={(sort, direction) => {
                updateView({ sort, direction });
              }}
              mismatches={mismatches}
            />
          )}
        </>
      )}
      {dialog?.kind === 'newFolder' && (
        <NameDialog
          mode={{ kind: 'newFolder', folder }}
          taken={taken}
          onClose={closeDialog}
          onDone={setStatus}
        />
      )}
      {dialog?.kind === 'rename' && dialogOne && (
        <NameDialog
          mode={{ kind: 'rename', entry: dialogOne }}
          taken={taken}
          onClose={closeDialog}
          onDone={setStatus}
        />
      )}
      {dialog?.kind === 'move' && dialog.entries.length > 0 && (
        <MoveDialog entries={dialog.entries} folder={folder} onClose={closeDialog} onDone={setStatus} />
      )}
      {dialog?.kind === 'delete' && dialog.entries.length > 0 && (
        <DeleteDialog entries={dialog.entries} onClose={closeDialog} onDone={setStatus} />
      )}
      {dialog?.kind === 'permissions' && dialogOne && (
        <PermissionsDialog entry={dialogOne} onClose={closeDialog} onDone={setStatus} />
      )}
      {dialog?.kind === 'preview' && dialogOne && <PreviewDialog entry={dialogOne} onClose={closeDialog} />}
      {largePackage && (
        <LargePackageDialog
          bytes={largePackage.bytes}
          onClose={() => {
            setLargePackage(undefined);
          }}
          onConfirm={() => {
            setLargePackage(undefined);
            void packages.start(selected, largePackage.format);
          }}
        />
      )}
      {upload.conflicts.length > 0 && (
        <OverwriteDialog
          folder={folder}
          conflicts={upload.conflicts}
          onReplace={() => void upload.replace()}
          onSkip={() => void upload.skip()}
          onCancel={upload.cancel}
        />
      )}
    </Stack>
  );
}
