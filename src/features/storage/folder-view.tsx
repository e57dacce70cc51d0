import { Alert, Anchor, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconLock, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '@/api/api-context';
import { STREAMED_DOWNLOAD_BYTES, downloadFile } from '@/api/storage/download';
import { entryOf, type StorageEntry } from '@/api/storage/listing';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import { deniedFolder, isNodeNotFound } from '@/api/storage/node-exists';
import type { PackageFormat } from '@/api/storage/package';
import { nameOf, parentOf } from '@/api/storage/vos-uri';
import { useAuth } from '@/auth/auth-context';
import { onUserChange } from '@/auth/user-change';
import { ErrorAlert } from '@/components/error-alert';
import { useConfig } from '@/config/config-context';
import { nameInSentence, revealBidiControls } from '@/lib/names';
import { paths } from '@/lib/paths';
import { useChecksumMismatches } from './checksum-marks';
import { pickedFile } from './dropped-files';
import { FileGrid } from './file-grid';
import { FolderDialogs } from './folder-dialogs';
import { needsLargePackageConfirm, openTarget, packageBytes } from './folder-actions';
import { FolderDropzone } from './folder-dropzone';
import { FolderSummary } from './folder-summary';
import { FolderToolbar, type FolderAction } from './folder-toolbar';
import { ListingError, NoAccessAlert } from './listing-error';
import { ListingLoading } from './listing-loading';
import { listingProgressKey } from '@/api/storage/listing-progress';
import { RowFilter, searchKeys, sortEntries } from './listing-state';
import { SpaceRefusalAlert } from './space-refusal-alert';
import { OverwriteDialog } from './overwrite-dialog';
import { packageFileName } from './package-name';
import { PackagePanel } from './package-panel';
import { PreviewDialog } from './preview-dialog';
import { hasSaveFilePicker } from './save-download';
import { emptySelection } from './selection';
import { UploadClashAlert } from './upload-clash-alert';
import { UploadPanel } from './upload-panel';
import { useArrivalFocus, type FolderArrivalRefs } from './use-arrival-focus';
import { useFolderDialogs } from './use-folder-dialogs';
import { useFolderFilter } from './use-folder-filter';
import { useFolderSelection } from './use-folder-selection';
import { useKnowsNoPackages, usePackageDownloads } from './use-package-downloads';
import { useStartUpload } from './use-start-upload';
import { useUploadQueue } from './use-upload-queue';

const noEntries: readonly StorageEntry[] = [];

/** One folder: its rows, the actions on them, uploads into it. */
export function FolderView({
  path,
  cameFrom,
  ...arrival
}: { path: string; cameFrom?: string | undefined } & FolderArrivalRefs) {
  const { t } = useTranslation();
  const api = useApi();
  const authStore = useAuth().store;
  const config = useConfig();
  const navigate = useNavigate();
  const listing = useQuery(listingQueryOptions(api, config.storage.vosAuthority, path));
  const folder = listing.data?.path ?? path;
  // A folder the user may not read comes back as its properties without children: no rows, not an empty folder.
  const noAccess = listing.data?.readable === false && listing.data.node.kind === 'container';
  const entries = noAccess ? undefined : listing.data?.entries;
  // Upload and new folder stay off where cavern says the user may not write, or that the folder is not there (a
  // new user's home before the first session); upload also until the listing is in.
  const missing = listing.isError && isNodeNotFound(listing.error);
  // a folder below one the user may not read: nothing can be written there either
  const deniedOnTheWay = listing.isError && deniedFolder(listing.error) !== undefined;
  const canCreate = listing.data?.writable !== false && !missing && !deniedOnTheWay;
  const canWrite = !listing.isPending && canCreate;
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<unknown>();
  const [dropRefused, setDropRefused] = useState(false);
  const queue = useUploadQueue();
  // Only a listing that is loaded and not being read again says what an upload would replace.
  const upload = useStartUpload(
    queue,
    folder,
    listing.isSuccess && !listing.isFetching ? entries : undefined,
  );
  const mismatches = useChecksumMismatches(queue);
  const packages = usePackageDownloads();
  const noPackages = useKnowsNoPackages(packages);

  const { view, typed, setTyped, filter, updateView } = useFolderFilter();
  const sorted = useMemo(
    () => (entries ? sortEntries(entries, view.sort, view.direction) : []),
    [entries, view.sort, view.direction],
  );
  const rowFilter = useMemo(() => new RowFilter(sorted, searchKeys(sorted)), [sorted]);
  const visible = useMemo(
    () => rowFilter.apply(filter, view.showHidden),
    [rowFilter, filter, view.showHidden],
  );
  const { selection, selected, setSelection } = useFolderSelection(visible);
  // Back (or a breadcrumb) from a folder below: its way down is the active row, selected and in view, as in a
  // desktop file manager, so the user is where they left this folder
  const [isArrivalMarked, setIsArrivalMarked] = useState(false);
  if (!isArrivalMarked && entries) {
    setIsArrivalMarked(true);
    const wayDown = cameFrom === undefined ? undefined : childOnTheWay(path, cameFrom);
    const index = wayDown === undefined ? -1 : visible.findIndex((entry) => entry.path === wayDown);
    if (wayDown !== undefined && index >= 0) {
      setSelection({ selected: new Set([wayDown]), active: index, anchor: index });
    }
  }

  // What a rename or a new folder made: selected and active once the listing (read again before the dialog
  // reports) shows it, so the keys that follow act on it, not on the row that took its old place
  const [made, setMade] = useState<string>();
  if (made !== undefined && entries) {
    const index = visible.findIndex((entry) => entry.path === made);
    if (index >= 0) setSelection({ selected: new Set([made]), active: index, anchor: index });
    if (index >= 0 || !listing.isFetching) setMade(undefined);
  }

  const listRef = useRef<HTMLDivElement>(null);
  const noListRef = useRef<HTMLDivElement>(null);
  const dialogs = useFolderDialogs(listRef, upload.conflicts.length > 0);
  useArrivalFocus(arrival, !listing.isPending, listRef, noListRef);

  function open(entry: StorageEntry) {
    const target = openTarget(entry, config.storage.vosAuthority);
    if (target.kind === 'preview') {
      setSelection({ selected: new Set([entry.path]), active: visible.indexOf(entry), anchor: 0 });
      dialogs.open({ kind: 'preview', entries: [entry] });
    } else if (target.kind === 'external') {
      setStatus(t('storage.externalLink', { target: target.target }));
    } else {
      setSelection(emptySelection);
      void navigate(paths.storage(target.path) + (view.showHidden ? '?hidden=1' : ''));
    }
  }

  function handleAction(action: FolderAction) {
    setActionError(undefined);
    if (action === 'open') {
      if (selected[0]) open(selected[0]);
    } else if (action === 'download') {
      const [file] = selected;
      if (file) downloadOne(file);
    } else dialogs.open({ kind: action, entries: selected });
  }

  /**
   * A file small enough to hold in memory is read and saved at once; a larger one goes to the downloads panel,
   * with its progress, streamed to a file the user picks where the browser can.
   */
  function downloadOne(file: StorageEntry) {
    if ((file.size ?? Infinity) > STREAMED_DOWNLOAD_BYTES) {
      const bytes = file.size ?? 0;
      if (needsLargePackageConfirm(bytes, hasSaveFilePicker(window))) {
        dialogs.open({ kind: 'largeFile', entries: [file], bytes });
        return;
      }
      // Straight from the click: a save dialog may only open from a user's gesture.
      void packages.startFile(file);
      return;
    }
    // Stopped when the user changes meanwhile: a file asked for by one user is never saved for the next.
    const controller = new AbortController();
    const stop = onUserChange(authStore, () => {
      controller.abort();
    });
    setStatus(t('storage.download.starting', { name: nameInSentence(file.name) }));
    downloadFile(api, config.storage.vosAuthority, file, controller.signal)
      .then(
        () => {
          // the line says what happened last, not a start long over
          setStatus(t('storage.download.handed', { name: nameInSentence(file.name) }));
        },
        (error: unknown) => {
          setStatus('');
          if (!controller.signal.aborted) setActionError(error);
        },
      )
      .finally(stop);
  }

  function downloadPackage(format: PackageFormat) {
    setActionError(undefined);
    // the downloads panel follows a package: the line keeps no older download's words
    setStatus('');
    const bytes = packageBytes(selected);
    // One by one, each file is held in memory alone, and one too large for that waits for its own Save.
    if (!noPackages && needsLargePackageConfirm(bytes, hasSaveFilePicker(window))) {
      dialogs.open({ kind: 'largePackage', entries: selected, format, bytes });
      return;
    }
    // Straight from the click: a save dialog may only open from a user's gesture.
    startPackage(selected, format);
  }

  function startPackage(packageEntries: readonly StorageEntry[], format: PackageFormat) {
    void packages.start(packageEntries, format, packageFileName(packageEntries, folder, format, t));
  }

  const folderLabel = revealBidiControls(nameOf(folder) || folder);
  const where = { folder: nameInSentence(folderLabel) };
  const dropRefusal = canWrite
    ? undefined
    : listing.isPending
      ? t('storage.dropzone.loading', where)
      : missing
        ? t('storage.dropzone.missing', where)
        : listing.data?.readable === false || deniedOnTheWay
          ? t('storage.dropzone.noAccess', where)
          : t('storage.dropzone.readOnly', where);
  return (
    <Stack gap="sm">
      {listing.data && listing.data.followed.length > 0 && (
        // a plain note, not an interruption (Mantine's Alert is role="alert" unless told)
        <Alert variant="light" color="gray" role="note">
          {t('storage.followedLink', { link: listing.data.followed[0] ?? '', target: folder })}
        </Alert>
      )}
      <FolderToolbar
        selected={selected}
        onAction={handleAction}
        onDownloadPackage={downloadPackage}
        onPickFiles={(files) => void upload.start(files.map(pickedFile))}
        canUpload={canWrite}
        canChange={canCreate}
        readOnlyReason={
          listing.data?.writable === false && !noAccess
            ? t('storage.actions.readOnlyReason', where)
            : undefined
        }
        noPackages={noPackages}
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
      <UploadClashAlert
        paths={upload.clashes}
        unaddressable={upload.unaddressable}
        othersSent={!upload.refusedWhole && upload.clashes.length === 0}
      />
      {upload.shortfall && <SpaceRefusalAlert refusal={upload.shortfall} onClose={upload.dismissShortfall} />}
      {actionError !== undefined && <ErrorAlert error={actionError} />}
      {dropRefused && dropRefusal !== undefined && (
        <Alert
          color="gray"
          variant="light"
          role="alert"
          icon={<IconLock aria-hidden />}
          withCloseButton
          closeButtonLabel={t('storage.actions.close')}
          onClose={() => {
            setDropRefused(false);
          }}
        >
          {dropRefusal}
        </Alert>
      )}
      <UploadPanel queue={queue} folder={folder} onRetry={(items) => void upload.retry(items)} />
      <PackagePanel list={packages} />
      <FolderSummary
        total={entries?.length}
        shown={visible.length}
        filter={filter}
        selected={selected.length}
        notes={[status, upload.preparing ? t('storage.upload.creatingFolders') : '']}
      />
      {listing.isPending && (
        <ListingLoading progressKey={listingProgressKey(config.storage.vosAuthority, path)} />
      )}
      {/* Where focus lands on arrival when there is no list: the reason, read out. */}
      <div ref={noListRef} tabIndex={-1} style={{ outline: 'none' }}>
        {listing.isError && (
          <ListingError path={path} error={listing.error} onRetry={() => void listing.refetch()} />
        )}
        {noAccess && <NoAccessAlert>{t('storage.noAccess.folder')}</NoAccessAlert>}
        {entries && visible.length === 0 && (
          <Text>
            {entries.length > 0 && filter ? (
              t('storage.noMatch', { filter })
            ) : entries.length > 0 ? (
              // nothing filtered, yet nothing shown: every entry is hidden (a dot file)
              <>
                {t('storage.onlyHidden', { count: entries.length })}{' '}
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => {
                    updateView({ showHidden: true });
                  }}
                >
                  {t('storage.showHidden')}
                </Anchor>
              </>
            ) : canWrite ? (
              t('storage.empty')
            ) : (
              t('storage.emptyReadOnly')
            )}
          </Text>
        )}
      </div>
      {listing.data?.node.kind === 'data' && (
        <PreviewDialog
          entry={{ ...entryOf(listing.data.node), readable: listing.data.readable }}
          onClose={() => void navigate(paths.storage(parentOf(folder)))}
        />
      )}
      <FolderDropzone
        folderLabel={folderLabel}
        onDrop={(files, folders) => {
          setDropRefused(false);
          void upload.start(files.map(pickedFile), folders);
        }}
        refusal={dropRefusal}
        onRefused={() => {
          setDropRefused(true);
        }}
      />
      {entries && visible.length > 0 && (
        <FileGrid
          listRef={listRef}
          entries={visible}
          folderName={folderLabel}
          selection={selection}
          onSelectionChange={setSelection}
          onOpen={open}
          onDeleteKey={() => {
            // as the toolbar's Delete: nothing goes from a folder cavern will not let the user write in
            if (canCreate) dialogs.open({ kind: 'delete', entries: selected });
          }}
          sort={view.sort}
          direction={view.direction}
          onSortChange={(sort, direction) => {
            updateView({ sort, direction });
          }}
          mismatches={mismatches}
        />
      )}
      <FolderDialogs
        dialog={dialogs.dialog}
        folder={folder}
        siblings={entries ?? noEntries}
        onClose={dialogs.close}
        onDone={(message, madePath) => {
          setStatus(message);
          setMade(madePath);
        }}
        onDownloadPackage={startPackage}
        onDownloadFile={(file) => void packages.startFile(file)}
      />
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

/** The child of `folder` on the way down to `below` (`/home/jdoe` to `/home/jdoe/data/raw`: `/home/jdoe/data`). */
function childOnTheWay(folder: string, below: string): string | undefined {
  const inside = `${folder.replace(/\/$/, '')}/`;
  if (!below.startsWith(inside)) return undefined;
  const [next] = below.slice(inside.length).split('/');
  return next ? `${inside}${next}` : undefined;
}
