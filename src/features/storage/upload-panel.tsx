import { ActionIcon, Button, Group, Paper, Progress, ScrollArea, Stack, Text } from '@mantine/core';
import { IconRefresh, IconX } from '@tabler/icons-react';
import { useNetwork } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { spaceRefusal } from '@/api/storage/space-refusal';
import { describeError } from '@/components/describe-error';
import { revealBidiControls } from '@/lib/names';
import { formatBytes } from '@/lib/format-bytes';
import { formatCount, formatPercent } from './format';
import { CutName, cutNameClass } from './cut-name';
import classes from './storage.module.css';
import {
  ChecksumMismatchError,
  DestinationTakenError,
  isActive,
  isPausedForSignIn,
  isStillToFinish,
  uploadTotals,
} from './upload-queue';
import type { UploadQueue, UploadItem } from './upload-queue';
import { useUploadItems } from './use-upload-queue';
import { useFocusWhenGone } from './use-focus-when-gone';

/** Progress of every upload of this tab, overall and per file, with cancel and retry. */
export function UploadPanel({
  queue,
  folder,
  onRetry,
}: {
  queue: UploadQueue;
  /** The folder shown: an upload into it, or below it, is named from there. */
  folder: string;
  onRetry: (items: readonly UploadItem[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const items = useUploadItems(queue);
  const { online } = useNetwork();
  const failed = items.filter((item) => item.status === 'failed' && !isPausedForSignIn(item));
  const { targetRef: titleRef, markPressed: markRetryAllPressed } = useFocusWhenGone<HTMLParagraphElement>(
    failed.length > 0,
  );
  if (items.length === 0) return null;
  const totals = uploadTotals(items);
  const fraction = totals.bytes > 0 ? totals.sentBytes / totals.bytes : totals.files === totals.done ? 1 : 0;
  const bytes = (value: number) => formatBytes(value, i18n.language);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="upload-panel-title">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} id="upload-panel-title" ref={titleRef} tabIndex={-1}>
            {t('storage.upload.title')}
          </Text>
          <Group gap="xs">
            {/* `active` counts the uploads paused for a new sign-in: Cancel all stops them too */}
            {totals.active > 0 && (
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  queue.cancelAll();
                }}
              >
                {t('storage.upload.cancelAll')}
              </Button>
            )}
            {failed.length > 0 && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconRefresh size={14} aria-hidden />}
                onClick={() => {
                  markRetryAllPressed();
                  onRetry(failed);
                }}
              >
                {t('storage.upload.retryFailed', { count: failed.length })}
              </Button>
            )}
            {totals.active < items.length && (
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  queue.clearFinished();
                }}
              >
                {t('storage.upload.clear')}
              </Button>
            )}
          </Group>
        </Group>
        <Text size="sm" aria-live="polite">
          {t('storage.upload.overall', {
            count: totals.files,
            done: formatCount(totals.done, i18n.language),
            files: formatCount(totals.files, i18n.language),
            sent: bytes(totals.sentBytes),
            total: bytes(totals.bytes),
          })}
        </Text>
        <Progress value={fraction * 100} aria-label={t('storage.upload.overallLabel')} />
        {/* what the network's return starts: not an upload paused until the user signs in again */}
        {!online && items.some((item) => isActive(item.status)) && (
          <Text size="sm" role="status">
            {t('storage.upload.offline')}
          </Text>
        )}
        {failed.length > 0 && (
          <Text size="sm" className={classes.dangerText} role="alert">
            {t('storage.upload.failedSummary', { count: failed.length })}
          </Text>
        )}
        {/* no wider than the panel (Mantine lets the list grow to its longest line): a path is cut instead */}
        <ScrollArea.Autosize
          mah={240}
          type="auto"
          viewportProps={{ tabIndex: 0 }}
          styles={{ content: { minWidth: 0 } }}
        >
          <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((item) => (
              <UploadRow key={item.id} item={item} folder={folder} queue={queue} onRetry={onRetry} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  );
}

interface UploadRowProps {
  item: UploadItem;
  folder: string;
  queue: UploadQueue;
  onRetry: (items: readonly UploadItem[]) => void;
}

function UploadRow({ item, folder, queue, onRetry }: UploadRowProps) {
  const { t, i18n } = useTranslation();
  const paused = isPausedForSignIn(item);
  // what the service kept: nothing of an upload refused on the way, however much of it left the browser
  const percent = paused ? 0 : item.size > 0 ? item.sentBytes / item.size : item.status === 'done' ? 1 : 0;
  const failed = item.status === 'failed' && !paused;
  const status =
    item.status === 'uploading'
      ? t('storage.upload.statuses.uploading', { percent: formatPercent(percent, i18n.language) })
      : paused
        ? t('storage.upload.statuses.paused')
        : t(`storage.upload.statuses.${item.status}`);
  const error = paused ? undefined : uploadErrorText(item.error, t, i18n.language);
  const canRetry = item.status === 'failed' || item.status === 'cancelled';
  const { targetRef: rowRef, markPressed: markRetryPressed } = useFocusWhenGone<HTMLLIElement>(canRetry);
  return (
    <li ref={rowRef} tabIndex={-1}>
      <Group gap="xs" wrap="nowrap" align="center">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          {/* the status goes below a name too long to share the line with it (a phone's) */}
          <Group justify="space-between" gap="xs" wrap="wrap" style={{ rowGap: 0 }}>
            <UploadPath path={item.path} folder={folder} />
            <Text
              size="xs"
              c={failed ? undefined : 'dimmed'}
              className={failed ? classes.dangerText : undefined}
              style={{ flex: 'none' }}
            >
              {status}
            </Text>
          </Group>
          <Progress
            size="sm"
            value={percent * 100}
            color={failed ? 'red' : paused ? 'gray' : item.status === 'done' ? 'teal' : undefined}
            aria-label={t('storage.upload.fileLabel', { name: item.name })}
          />
          {error && (
            <Text size="xs" className={classes.dangerText} style={{ overflowWrap: 'anywhere' }}>
              {error}
            </Text>
          )}
        </Stack>
        {isStillToFinish(item) && (
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('storage.upload.cancel', { name: item.name })}
            onClick={() => {
              queue.cancel(item.id);
            }}
          >
            <IconX size={16} aria-hidden />
          </ActionIcon>
        )}
        {canRetry && (
          <ActionIcon
            variant="subtle"
            aria-label={t('storage.upload.retry', { name: item.name })}
            onClick={() => {
              markRetryPressed();
              onRetry([item]);
            }}
          >
            <IconRefresh size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </li>
  );
}

/**
 * Where an upload goes: from the folder shown when it is inside it (`frame-01.fits`, `run1/bias.csv`), else
 * whole. On a narrow screen the folders give way first, cut with …, so the end of the name, which tells the
 * files of a batch apart, stays in view; the whole path is the tooltip.
 */
function UploadPath({ path, folder }: { path: string; folder: string }) {
  const inside = `${folder.replace(/\/$/, '')}/`;
  const shown = path.startsWith(inside) ? path.slice(inside.length) : path;
  const slash = shown.lastIndexOf('/');
  const folders = shown.slice(0, Math.max(slash, 0));
  const name = shown.slice(slash + 1);
  return (
    <Text size="sm" component="bdi" className={classes.uploadPath} title={revealBidiControls(path)}>
      {slash >= 0 && <span className={classes.uploadPathFolders}>{revealBidiControls(folders)}</span>}
      <span className={`${classes.uploadPathName} ${cutNameClass(revealBidiControls(name))}`}>
        {slash >= 0 && '/'}
        <CutName name={revealBidiControls(name)} />
      </span>
    </Text>
  );
}

/** Why an upload failed, in the user's words: a full storage space says how much was left, not "413: limit: 5". */
function uploadErrorText(error: unknown, t: TFunction, locale: string): string | undefined {
  if (error === undefined) return undefined;
  if (error instanceof ChecksumMismatchError) {
    return t('storage.upload.checksumMismatch', { sent: error.sent, stored: error.stored ?? '—' });
  }
  if (error instanceof DestinationTakenError) return t('storage.upload.destinationTaken');
  const refusal = spaceRefusal(error);
  if (refusal) {
    return refusal.left === undefined
      ? t('storage.upload.noSpace')
      : t('storage.upload.noSpaceLeft', { size: formatBytes(refusal.left, locale) });
  }
  return describeError(error, t);
}
