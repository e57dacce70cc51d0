import { ActionIcon, Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconDownload, IconRefresh, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatBytes } from '@/lib/format-bytes';
import { nameInSentence } from '@/lib/names';
import { needsLargePackageConfirm } from './folder-actions';
import { formatCount } from './format';
import {
  FoldersNeedPackagesError,
  isPackageActive,
  type PackageDownloads,
  type PackageItem,
} from './package-downloads';
import { hasSaveFilePicker } from './save-download';
import { usePackageItems } from './use-package-downloads';

/** The packages and large files of this tab: what is arriving, saved or failed, with cancel and retry. */
export function PackagePanel({ list }: { list: PackageDownloads }) {
  const { t } = useTranslation();
  const items = usePackageItems(list);
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="package-panel-title">
      <Stack gap="xs">
        <Text fw={600} id="package-panel-title">
          {t('storage.package.panelTitle')}
        </Text>
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item) => (
            <PackageRow key={item.id} item={item} list={list} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function PackageRow({ item, list }: { item: PackageItem; list: PackageDownloads }) {
  const { t, i18n } = useTranslation();
  const active = isPackageActive(item.status);
  const bytes = formatBytes(item.bytes, i18n.language);
  const files = item.entries.length;
  const oneFile = item.format === undefined;
  // No archive is made one by one: the row is named for its files, not for a ZIP that will not exist.
  const title = item.oneByOne
    ? t('storage.package.filesTitle', { count: files, formattedCount: formatCount(files, i18n.language) })
    : item.fileName;
  const status = (() => {
    switch (item.status) {
      case 'preparing':
        return oneFile ? t('storage.package.preparingFile') : t('storage.package.preparing');
      case 'receiving':
        return item.total === undefined
          ? t('storage.package.receiving', { bytes })
          : t('storage.package.receivingOf', { bytes, total: formatBytes(item.total, i18n.language) });
      case 'oneByOne':
        return t('storage.package.oneByOne', {
          done: formatCount(item.filesDone, i18n.language),
          count: files,
          formattedCount: formatCount(files, i18n.language),
        });
      case 'waiting':
        return item.total === undefined
          ? t('storage.package.waiting')
          : t('storage.package.waitingSize', { size: formatBytes(item.total, i18n.language) });
      case 'saved':
        return item.filesDone > 0
          ? t('storage.package.savedOneByOne', {
              count: files,
              formattedCount: formatCount(files, i18n.language),
            })
          : t('storage.package.saved', { bytes });
      case 'failed':
        return t('storage.package.failed');
      case 'cancelled':
        return t('storage.package.cancelled');
    }
  })();
  // The size of an archive made on the fly is unknown until its end: a moving full bar, not a fraction.
  const progress =
    item.status === 'oneByOne'
      ? (item.filesDone / Math.max(1, files)) * 100
      : item.status === 'receiving' && item.total !== undefined && item.total > 0
        ? Math.min(100, (item.bytes / item.total) * 100)
        : 100;
  return (
    <li>
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="center">
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Text>
              <Text size="xs" c="dimmed" aria-live="polite" aria-atomic="true">
                {status}
              </Text>
            </Group>
            {item.status !== 'failed' && item.status !== 'cancelled' && item.status !== 'waiting' && (
              <Progress.Root size="sm">
                <Progress.Section
                  value={progress}
                  animated={active}
                  striped={active}
                  color={item.status === 'saved' ? 'teal' : undefined}
                  aria-label={t('storage.package.progressLabel', { name: title })}
                  aria-valuetext={status}
                />
              </Progress.Root>
            )}
            {item.status === 'waiting' &&
              item.total !== undefined &&
              needsLargePackageConfirm(item.total, hasSaveFilePicker(window)) && (
                <Text size="xs" c="dimmed">
                  {t('storage.package.largeFileBody', { size: formatBytes(item.total, i18n.language) })}
                </Text>
              )}
            {oneFile ? (
              item.inMemory &&
              active && (
                <Text size="xs" c="dimmed">
                  {t('storage.package.fileInMemory')}
                </Text>
              )
            ) : (
              <Text size="xs" c="dimmed">
                {t('storage.package.contents', {
                  count: files,
                  formattedCount: formatCount(files, i18n.language),
                })}
                {item.inMemory && active && ` ${t('storage.package.inMemory')}`}
              </Text>
            )}
          </Stack>
          {active ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('storage.package.cancel', { name: title })}
              onClick={() => {
                list.cancel(item.id);
              }}
            >
              <IconX size={16} aria-hidden />
            </ActionIcon>
          ) : (
            <>
              {item.status === 'waiting' && (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconDownload size={14} aria-hidden />}
                  aria-label={t('storage.package.saveFile', { name: item.fileName })}
                  onClick={() => void list.retry(item.id)}
                >
                  {t('storage.package.save')}
                </Button>
              )}
              {item.status === 'cancelled' && (
                <ActionIcon
                  variant="subtle"
                  aria-label={t('storage.package.retry', { name: title })}
                  onClick={() => void list.retry(item.id)}
                >
                  <IconRefresh size={16} aria-hidden />
                </ActionIcon>
              )}
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('storage.package.dismiss', { name: title })}
                onClick={() => {
                  list.remove(item.id);
                }}
              >
                <IconX size={16} aria-hidden />
              </ActionIcon>
            </>
          )}
        </Group>
        {item.abandoned && (
          <Text size="xs" c="dimmed">
            {t(item.abandoned.removed ? 'storage.package.emptyRemoved' : 'storage.package.emptyLeft', {
              name: nameInSentence(item.abandoned.fileName),
            })}
          </Text>
        )}
        {item.status === 'failed' &&
          (item.error instanceof FoldersNeedPackagesError ? (
            <Alert color="orange" variant="light" role="alert">
              {t('storage.package.noFolders')}
            </Alert>
          ) : (
            <ErrorAlert
              error={item.error}
              title={
                oneFile
                  ? t('storage.package.fileFailedTitle', { name: item.fileName })
                  : t('storage.package.failedTitle', { name: title })
              }
              onRetry={() => void list.retry(item.id)}
            />
          ))}
      </Stack>
    </li>
  );
}
