import { Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { platformStatsQueryOptions } from '@/api/skaha/platform-queries';
import { ErrorAlert } from '@/components/error-alert';
import { useFormatters } from '../format';

/** Cores and RAM allocated against capacity, and the largest session allowed (current and legacy shapes). */
export function PlatformLoad() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormatters();
  // skaha fails closed with 503 when its metrics are down: say so at once rather than retrying, and look
  // again with the next minute's poll
  const stats = useQuery({ ...platformStatsQueryOptions(api), refetchInterval: 60_000, retry: false });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="platform-load-heading">
      <Stack gap="sm">
        <Title order={2} size="h5" id="platform-load-heading">
          {t('sessions.load.title')}
        </Title>
        {stats.isError && (
          <ErrorAlert
            error={stats.error}
            title={t('sessions.load.unavailable')}
            onRetry={() => void stats.refetch()}
          />
        )}
        {stats.data && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Meter
              label={t('sessions.load.cores')}
              used={stats.data.cores.requestedCPUCores}
              total={stats.data.cores.cpuCoresAvailable}
              text={t('sessions.load.ofCores', {
                used: format.number(stats.data.cores.requestedCPUCores),
                total: format.number(stats.data.cores.cpuCoresAvailable),
              })}
            />
            <Meter
              label={t('sessions.load.ram')}
              used={stats.data.ram.requestedRAM}
              total={stats.data.ram.ramAvailable}
              text={t('sessions.load.of', {
                used: format.platformMemory(stats.data.ram.requestedRAM),
                total: format.platformMemory(stats.data.ram.ramAvailable),
              })}
            />
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('sessions.load.largest')}
              </Text>
              <Text size="sm">
                {t('sessions.load.largestValue', {
                  cores: format.number(stats.data.cores.maxCPUCores.cpuCores),
                  ram: format.platformMemory(stats.data.ram.maxRAM.ram),
                })}
              </Text>
              {stats.data.instances && (
                <Text size="xs" c="dimmed">
                  {t('sessions.load.instances', {
                    sessions: stats.data.instances.session,
                    headless: stats.data.instances.headless,
                  })}
                </Text>
              )}
            </Stack>
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}

function Meter({ label, used, total, text }: { label: string; used: number; total: number; text: string }) {
  const fraction = total > 0 ? used / total : 0;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm">{text}</Text>
      </Group>
      <Progress
        value={Math.min(100, fraction * 100)}
        color={fraction >= 0.9 ? 'red' : fraction >= 0.75 ? 'orange' : 'blue'}
        aria-label={label}
      />
    </Stack>
  );
}
