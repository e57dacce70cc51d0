import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import type { StorageEntry } from '@/api/storage/listing';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import { nameOf } from '@/api/storage/vos-uri';
import { useConfig } from '@/config/config-context';
import { nameInSentence, revealBidiControls } from '@/lib/names';
import { FileGrid } from './file-grid';
import { FolderAlerts } from './folder-alerts';
import { folderAccess } from './folder-access';
import { FolderDialogs } from './folder-dialogs';
import { FolderDropzone } from './folder-dropzone';
import { FolderFilterBar } from './folder-filter-bar';
import { FolderSummary } from './folder-summary';
import { FolderToolbar } from './folder-toolbar';
import { FollowedLinkNote } from './followed-link-note';
import { NoListArea } from './no-list-area';
import { OverwriteDialog } from './overwrite-dialog';
import { PackagePanel } from './package-panel';
import { UploadPanel } from './upload-panel';
import { useArrivalFocus, type FolderArrivalRefs } from './use-arrival-focus';
import { useFolderDialogs } from './use-folder-dialogs';
import { useFolderDownloads } from './use-folder-downloads';
import { useFolderFilter } from './use-folder-filter';
import { useFolderSelection } from './use-folder-selection';
import { useFolderUpload } from './use-folder-upload';
import { useMarkedRow } from './use-marked-row';
import { useRowActions } from './use-row-actions';
import { useVisibleRows } from './use-visible-rows';

const noEntries: readonly StorageEntry[] = [];

/** One folder: its rows, the actions on them, uploads into it. */
export function FolderView({
  path,
  cameFrom,
  ...arrival
}: { path: string; cameFrom?: string | undefined } & FolderArrivalRefs) {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const listing = useQuery(listingQueryOptions(api, config.storage.vosAuthority, path));
  // An address read as a file before, and failing now, kept that answer: it holds no folder's rows.
  const shown = listing.data?.node.kind === 'data' ? undefined : listing.data;
  const folder = shown?.path ?? path;
  const access = folderAccess(listing);
  const entries = access.noAccess ? undefined : shown?.entries;
  // Only a listing that is loaded and not being read again says what an upload would replace.
  const uploads = useFolderUpload(folder, listing.isSuccess && !listing.isFetching ? entries : undefined);
  const { upload } = uploads;
  const { view, typed, setTyped, filter, updateView } = useFolderFilter();
  const visible = useVisibleRows(entries, view, filter);
  const { selection, selected, setSelection } = useFolderSelection(visible);
  const isFetching = listing.isFetching;
  const setMade = useMarkedRow({ path, cameFrom, entries, visible, isFetching, setSelection });
  const listRef = useRef<HTMLDivElement>(null);
  const noListRef = useRef<HTMLDivElement>(null);
  const dialogs = useFolderDialogs(listRef, upload.conflicts.length > 0, noListRef);
  useArrivalFocus(arrival, !listing.isPending, listRef, noListRef);
  const downloads = useFolderDownloads(folder, selected, dialogs.open);
  const { open, handleAction, deleteKey } = useRowActions({
    visible,
    selected,
    setSelection,
    showHidden: view.showHidden,
    canChange: access.canCreate,
    openDialog: dialogs.open,
    downloads,
  });

  const folderLabel = revealBidiControls(nameOf(folder) || folder);
  const where = { folder: nameInSentence(folderLabel) };
  const dropRefusal = access.dropRefusal && t(`storage.dropzone.${access.dropRefusal}`, where);
  return (
    <Stack gap="sm">
      {shown && <FollowedLinkNote followed={shown.followed} target={folder} />}
      <FolderToolbar
        selected={selected}
        onAction={handleAction}
        onDownloadPackage={downloads.downloadPackage}
        onPickFiles={uploads.pick}
        canUpload={access.canWrite}
        canChange={access.canCreate}
        readOnlyReason={access.isReadOnly ? t('storage.actions.readOnlyReason', where) : undefined}
        noPackages={downloads.noPackages}
      />
      <FolderFilterBar
        typed={typed}
        onTypedChange={setTyped}
        showHidden={view.showHidden}
        onViewChange={updateView}
      />
      <FolderAlerts
        upload={upload}
        actionError={downloads.actionError}
        dropRefusal={uploads.isDropRefused ? dropRefusal : undefined}
        onCloseDropRefusal={uploads.closeDropRefusal}
      />
      <UploadPanel queue={uploads.queue} folder={folder} onRetry={(items) => void upload.retry(items)} />
      <PackagePanel list={downloads.packages} />
      <FolderSummary
        total={entries?.length}
        shown={visible.length}
        filter={filter}
        selected={selected.length}
        notes={[downloads.status, upload.preparing ? t('storage.upload.creatingFolders') : '']}
      />
      <NoListArea
        ref={noListRef}
        path={path}
        listing={listing}
        access={access}
        entries={entries}
        shown={visible.length}
        filter={filter}
        onViewChange={updateView}
      />
      <FolderDropzone
        folderLabel={folderLabel}
        onDrop={uploads.drop}
        refusal={dropRefusal}
        onRefused={uploads.refuseDrop}
      />
      {entries && visible.length > 0 && (
        <FileGrid
          listRef={listRef}
          entries={visible}
          folderName={folderLabel}
          selection={selection}
          onSelectionChange={setSelection}
          onOpen={open}
          onDeleteKey={deleteKey}
          sort={view.sort}
          direction={view.direction}
          onSortChange={(sort, direction) => {
            updateView({ sort, direction });
          }}
          mismatches={uploads.mismatches}
        />
      )}
      <FolderDialogs
        dialog={dialogs.dialog}
        folder={folder}
        siblings={entries ?? noEntries}
        onClose={dialogs.close}
        onDone={(message, madePath) => {
          downloads.setStatus(message);
          setMade(madePath);
          if (madePath !== undefined) dialogs.returnToList();
        }}
        onDownloadPackage={downloads.startPackage}
        onDownloadFile={(file) => void downloads.packages.startFile(file)}
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
