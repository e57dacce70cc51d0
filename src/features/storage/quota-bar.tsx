import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { allocationFraction, allocationQueryOptions } from '@/api/storage/allocation-queries';
import { describeError } from '@/components/describe-error';
import { formatBytes } from '@/lib/format-bytes';
import { formatPercent } from './format';
import classes from './storage.module.css';

const WARN_AT = 0.9;

/** How full the allocation (home or project folder) is: its root node's length against its quota. */
export function QuotaBar({ path }: { path: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const allocation = useQuery(allocationQueryOptions(api, path));
  // one line, not a second alert: the folder's own failure (often the same one) is said below in full
  if (allocation.isError)
    return (
      <Group gap="xs" maw={420} style={{ flex: 1, minWidth: 220 }}>
        <Text size="sm" c="dimmed" title={describeError(allocation.error, t)}>
          {t('storage.quota.unread', { path })}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={() => void allocation.refetch()}>
          {t('storage.quota.readAgain')}
        </Button>
      </Group>
    );
  if (allocation.data?.used === undefined) return null;
  const { used, quota } = allocation.data;
  const fraction = allocationFraction(allocation.data);
  const bytes = (value: number) => formatBytes(value, i18n.language);
  const level = fraction === undefined ? 'ok' : fraction >= 1 ? 'full' : fraction >= WARN_AT ? 'warn' : 'ok';
  const label = t('storage.quota.label', { path });
  return (
    <Stack gap={4} maw={420} style={{ flex: 1, minWidth: 220 }}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" c="dimmed">
          {fraction === undefined || quota === undefined
            ? t('storage.quota.usedOnly', { used: bytes(used) })
            : t('storage.quota.summary', {
                used: bytes(used),
                quota: bytes(quota),
                percent: formatPercent(fraction, i18n.language),
              })}
        </Text>
      </Group>
      {fraction !== undefined && (
        <Progress
          value={Math.min(100, fraction * 100)}
          color={level === 'ok' ? undefined : level === 'warn' ? 'orange.9' : 'red.9'}
          aria-label={label}
        />
      )}
      {level !== 'ok' && (
        <Text size="sm" className={level === 'full' ? classes.dangerText : classes.warningText} role="status">
          {t(level === 'full' ? 'storage.quota.full' : 'storage.quota.nearlyFull')}
        </Text>
      )}
    </Stack>
  );
}
