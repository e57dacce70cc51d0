import { Button, FileButton, Group, Menu, Text } from '@mantine/core';
import {
  IconChevronDown,
  IconDownload,
  IconFileZip,
  IconEye,
  IconFolderOpen,
  IconFolderPlus,
  IconFolderUp,
  IconForms,
  IconArrowsMove,
  IconShare,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageEntry } from '@/api/storage/listing';
import type { PackageFormat } from '@/api/storage/package';
import { nameInSentence } from '@/lib/names';
import { formatCount } from './format';

export type FolderAction =
  'open' | 'preview' | 'newFolder' | 'download' | 'rename' | 'move' | 'delete' | 'permissions';

interface FolderToolbarProps {
  selected: readonly StorageEntry[];
  onAction: (action: FolderAction) => void;
  /** Several items, or a folder: one archive of them all. */
  onDownloadPackage: (format: PackageFormat) => void;
  onPickFiles: (files: File[]) => void;
  /**
   * False until the folder's listing has loaded (what an upload would replace is not known yet), and where
   * cavern says the user may not write into the folder.
   */
  canUpload: boolean;
  /**
   * False where cavern says the user may not write into the folder: no new folder then, and nothing in it can be
   * renamed, moved or deleted (cavern asks for write permission on the parent of what goes).
   */
  canChange: boolean;
  /** Why nothing can be changed here, where the folder can be read but not written: said under the buttons. */
  readOnlyReason: string | undefined;
  /** The service has refused a package in this tab: several files download one by one, folders not at all. */
  noPackages: boolean;
}

// A folder picker is an <input type=file webkitdirectory>; React has no prop for it, the DOM does.
const pickFolders = (input: HTMLInputElement | null) => {
  if (input) input.webkitdirectory = true;
};

/** Upload (once the listing is read) and create; the rest act on the selection and are disabled when it does not fit. */
export function FolderToolbar({
  selected,
  onAction,
  onDownloadPackage,
  onPickFiles,
  canUpload,
  canChange,
  readOnlyReason,
  noPackages,
}: FolderToolbarProps) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const unreadableId = useId();
  const sharingReasonId = useId();
  const one = selected.length === 1 ? selected[0] : undefined;
  // A single file downloads as itself; anything more, or any folder, goes as one package.
  const packaged = selected.length >= 2 || selected.some((entry) => entry.kind === 'container');
  const onlyFiles = selected.every((entry) => entry.kind === 'data');
  // cavern packages nothing it will not let the user read: said before, not after a failed package
  const unreadable = packaged ? selected.filter((entry) => entry.readable === false) : [];
  const unreadableReason =
    unreadable[0] === undefined
      ? undefined
      : t('storage.package.unreadableReason', {
          count: unreadable.length,
          formattedCount: formatCount(unreadable.length, i18n.language),
          name: nameInSentence(unreadable[0].name),
        });
  // changing who may read or write a node needs write permission on the node itself
  const sharingReason =
    one !== undefined && one.kind !== 'link' && one.writable === false && readOnlyReason === undefined
      ? t('storage.actions.sharingReason', { name: nameInSentence(one.name) })
      : undefined;
  const button = (
    action: FolderAction,
    label: string,
    Icon: typeof IconUpload,
    disabled: boolean,
    describedBy?: string,
  ) => (
    <Button
      key={action}
      size="xs"
      variant="default"
      leftSection={<Icon size={16} aria-hidden />}
      disabled={disabled}
      aria-describedby={describedBy}
      onClick={() => {
        onAction(action);
      }}
    >
      {label}
    </Button>
  );
  return (
    <>
      <Group gap="xs" role="toolbar" aria-label={t('storage.actions.label')} wrap="wrap">
        <FileButton onChange={onPickFiles} multiple disabled={!canUpload}>
          {(props) => (
            <Button
              size="xs"
              leftSection={<IconUpload size={16} aria-hidden />}
              disabled={!canUpload}
              {...props}
            >
              {t('storage.actions.upload')}
            </Button>
          )}
        </FileButton>
        <FileButton onChange={onPickFiles} multiple ref={pickFolders} disabled={!canUpload}>
          {(props) => (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFolderUp size={16} aria-hidden />}
              disabled={!canUpload}
              {...props}
            >
              {t('storage.actions.uploadFolder')}
            </Button>
          )}
        </FileButton>
        {button('newFolder', t('storage.actions.newFolder'), IconFolderPlus, !canChange)}
        {button('open', t('storage.actions.open'), IconFolderOpen, !one || one.kind === 'data')}
        {button('preview', t('storage.actions.preview'), IconEye, one?.kind !== 'data')}
        {packaged && noPackages ? (
          // No archive to offer: the files go one by one (the panel's fallback), and a folder cannot go at all.
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={!onlyFiles || unreadableReason !== undefined}
            aria-describedby={onlyFiles ? unreadableReason && unreadableId : reasonId}
            onClick={() => {
              onDownloadPackage('zip');
            }}
          >
            {onlyFiles
              ? t('storage.package.downloadFiles', {
                  count: selected.length,
                  formattedCount: formatCount(selected.length, i18n.language),
                })
              : t('storage.actions.download')}
          </Button>
        ) : packaged ? (
          <Button.Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileZip size={16} aria-hidden />}
              disabled={unreadableReason !== undefined}
              aria-describedby={unreadableReason && unreadableId}
              onClick={() => {
                onDownloadPackage('zip');
              }}
            >
              {t('storage.package.downloadZip')}
            </Button>
            <Menu position="bottom-end" disabled={unreadableReason !== undefined}>
              <Menu.Target>
                <Button
                  size="xs"
                  variant="default"
                  px={6}
                  aria-label={t('storage.package.moreFormats')}
                  disabled={unreadableReason !== undefined}
                >
                  <IconChevronDown size={16} aria-hidden />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconFileZip size={16} aria-hidden />}
                  onClick={() => {
                    onDownloadPackage('tar');
                  }}
                >
                  {t('storage.package.downloadTar')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Button.Group>
        ) : (
          button(
            'download',
            t('storage.actions.download'),
            IconDownload,
            one?.kind !== 'data' || one.readable === false,
          )
        )}
        {button('rename', t('storage.actions.rename'), IconForms, !one || !canChange)}
        {button('move', t('storage.actions.move'), IconArrowsMove, selected.length === 0 || !canChange)}
        {button(
          'permissions',
          t('storage.actions.permissions'),
          IconShare,
          !one || one.kind === 'link' || one.writable === false,
          sharingReason && sharingReasonId,
        )}
        {button('delete', t('storage.actions.delete'), IconTrash, selected.length === 0 || !canChange)}
      </Group>
      {readOnlyReason !== undefined && (
        <Text size="sm" c="dimmed">
          {readOnlyReason}
        </Text>
      )}
      {unreadableReason !== undefined && (
        <Text size="sm" c="dimmed" id={unreadableId}>
          {unreadableReason}
        </Text>
      )}
      {sharingReason !== undefined && (
        <Text size="sm" c="dimmed" id={sharingReasonId}>
          {sharingReason}
        </Text>
      )}
      {packaged && noPackages && !onlyFiles && (
        <Text size="sm" c="dimmed" id={reasonId}>
          {t('storage.package.noFoldersReason')}
        </Text>
      )}
    </>
  );
}
