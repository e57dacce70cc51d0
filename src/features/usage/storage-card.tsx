import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { allocationFraction, allocationQueryOptions } from '@/api/storage/allocation-queries';
import { ErrorAlert } from '@/components/error-alert';
import { revealBidiControls } from '@/lib/names';
import { useUsageFormat } from './use-usage-format';

/** A home or project folder's size against its quota, from cavern (`path` as cavern names it: `/home/jdoe`). */
export function StorageCard({ path, title }: { path: string; title: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useUsageFormat();
  const allocation = useQuery(allocationQueryOptions(api, path));
  const missing = allocation.data?.exists === false;
  const fraction = allocation.data ? allocationFraction(allocation.data) : undefined;
  return (
    <Paper component="section" withBorder p="md" aria-label={title}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {/* named as a session mounts it and the Storage page describes it: cavern's /projects/x is
            /arc/projects/x there. A project's path holds its name from the address. */}
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          <bdi>{revealBidiControls(`/arc${path}`)}</bdi>
        </Text>
        {allocation.isPending && <Progress value={0} aria-label={t('usage.loading')} animated />}
        {missing && (
          <Text>{t(path.startsWith('/home/') ? 'usage.storage.homeMissing' : 'usage.storage.missing')}</Text>
        )}
        {allocation.isError && !missing && (
          <ErrorAlert error={allocation.error} onRetry={() => void allocation.refetch()} />
        )}
        {allocation.data?.exists && (
          <>
            {fraction !== undefined && (
              <Progress
                value={Math.min(100, fraction * 100)}
                color={fraction >= 0.9 ? 'red' : fraction >= 0.75 ? 'orange' : 'blue'}
                aria-label={t('usage.storage.bar')}
              />
            )}
            <Text>
              {allocation.data.used === undefined
                ? t('usage.storage.unknown')
                : allocation.data.quota === undefined || fraction === undefined
                  ? t('usage.storage.usedNoQuota', { used: format.bytes(allocation.data.used) })
                  : t('usage.storage.used', {
                      used: format.bytes(allocation.data.used),
                      quota: format.bytes(allocation.data.quota),
                      percent: format.percent(fraction),
                    })}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
