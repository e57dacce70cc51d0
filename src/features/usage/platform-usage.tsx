import { Alert, Paper, Progress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { isSessionAccessDenied } from '@/api/skaha/access';
import { largerFixedSession } from '@/api/skaha/largest-session';
import { contextQueryOptions, platformStatsQueryOptions } from '@/api/skaha/platform-queries';
import type { PlatformStats, SkahaContext } from '@/api/skaha/platform-schemas';
import { BYTES_PER_DECIMAL_GIGABYTE, gibibytesOf } from '@/api/skaha/quantities';
import {
  platformUsageQueryOptions,
  type PlatformUsage as PlatformUsageFigures,
} from '@/api/usage/usage-figures';
import { ErrorAlert } from '@/components/error-alert';
import { useHeldError } from '@/lib/use-held-error';
import { DataSection, type Column } from './data-section';
import { UsageBarChart } from './usage-bar-chart';
import { useUsageFormat } from './use-usage-format';
import { useUsageTitle } from './use-usage-title';
import { useFiguresTime } from './use-usage-window';
import { WindowBar } from './window-bar';
import { UsageErrorAlert } from './usage-error-alert';

/** The platform now: allocation against capacity (skaha), use against allocation (Prometheus), the largest session. */
export function PlatformUsage() {
  const { t } = useTranslation();
  const api = useApi();
  const time = useFiguresTime();
  // skaha fails closed with 503 and a Retry-After of 30 s when its metrics are down: retries would wait a
  // minute before saying so (platform-load.tsx in the sessions dashboard does the same)
  const stats = useQuery({ ...platformStatsQueryOptions(api), retry: false });
  const statsError = useHeldError(stats);
  // what the launch form offers: the largest session beside the statistics' own figure (largest-session.ts)
  const context = useQuery(contextQueryOptions(api));
  const usage = useQuery(platformUsageQueryOptions(api, time));
  useUsageTitle(t('usage.titles.platform'));
  return (
    <Stack gap="md">
      <WindowBar time={time} />
      <Title order={2} size="h3">
        {t('usage.platform.heading')}
      </Title>
      <Text c="dimmed">{t('usage.platform.description')}</Text>
      {statsError &&
        (isSessionAccessDenied(statsError) ? (
          // skaha refuses the account, not this request: a Try again cannot help
          <Alert color="gray" variant="light" title={t('usage.platform.capacityDenied')}>
            {t('usage.platform.capacityDeniedText')}
          </Alert>
        ) : (
          <ErrorAlert
            error={statsError}
            title={t('usage.platform.capacityUnavailable')}
            explanation={t('usage.platform.capacityUnavailableText')}
            onRetry={() => void stats.refetch()}
          />
        ))}
      {stats.isPending && !statsError && (
        <Skeleton height={120} role="status" aria-busy="true" aria-label={t('usage.loading')} />
      )}
      {stats.data && <Capacity stats={stats.data} context={context.data} />}
      {usage.isError && <UsageErrorAlert error={usage.error} onRetry={() => void usage.refetch()} />}
      {usage.isPending && <Skeleton height={260} />}
      {usage.data && <AllocatedAndUsed usage={usage.data} stats={stats.data} />}
    </Stack>
  );
}

function Capacity({ stats, context }: { stats: PlatformStats; context: SkahaContext | undefined }) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const larger = largerFixedSession(stats, context);
  const sameNode =
    stats.cores.maxCPUCores.cpuCores === stats.ram.maxRAM.withCPUCores &&
    stats.cores.maxCPUCores.withRam === stats.ram.maxRAM.ram;
  const gauges = [
    {
      id: 'cores',
      label: t('usage.platform.cores'),
      allocated: stats.cores.requestedCPUCores,
      capacity: stats.cores.cpuCoresAvailable,
      show: (value: number) => format.amount(value),
    },
    {
      id: 'ram',
      label: t('usage.platform.ram'),
      allocated: stats.ram.requestedRAM,
      capacity: stats.ram.ramAvailable,
      // skaha's RAM figures arrive as decimal GB (its `G` is 10^9 bytes), shown in the portal's GB (GiB)
      show: (value: number) => format.bytes(value * BYTES_PER_DECIMAL_GIGABYTE),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
      {gauges.map((gauge) => {
        const fraction = gauge.capacity > 0 ? gauge.allocated / gauge.capacity : 0;
        return (
          <Paper key={gauge.id} component="section" withBorder p="md" aria-label={gauge.label}>
            <Stack gap={6}>
              <Title order={3} size="h5">
                {gauge.label}
              </Title>
              <Progress value={Math.min(100, fraction * 100)} aria-label={gauge.label} />
              <Text>
                {t('usage.platform.allocated', {
                  allocated: gauge.show(gauge.allocated),
                  capacity: gauge.show(gauge.capacity),
                  percent: format.percent(fraction),
                })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('usage.platform.free', {
                  free: gauge.show(Math.max(0, gauge.capacity - gauge.allocated)),
                })}
              </Text>
            </Stack>
          </Paper>
        );
      })}
      <Paper component="section" withBorder p="md" aria-label={t('usage.platform.largest')}>
        <Stack gap={6}>
          <Title order={3} size="h5">
            {t('usage.platform.largest')}
          </Title>
          <Text>
            {larger
              ? t('usage.platform.largestCores', {
                  cores: format.amount(larger.cores),
                  ram: format.amount(larger.ram),
                })
              : t('usage.platform.largestCores', {
                  cores: format.amount(stats.cores.maxCPUCores.cpuCores),
                  ram: format.amount(gibibytesOf(stats.cores.maxCPUCores.withRam)),
                })}
          </Text>
          {/* skaha names the node with the most cores and the one with the most memory; often the same one */}
          {!sameNode && !larger && (
            <Text>
              {t('usage.platform.largestOr', {
                cores: format.amount(stats.ram.maxRAM.withCPUCores),
                ram: format.amount(gibibytesOf(stats.ram.maxRAM.ram)),
              })}
            </Text>
          )}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}

interface ResourceRow {
  id: 'cpu' | 'memory';
  label: string;
  allocated: number;
  used: number;
  capacity: number | undefined;
}

function AllocatedAndUsed({
  usage,
  stats,
}: {
  usage: PlatformUsageFigures;
  stats: PlatformStats | undefined;
}) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const rows: ResourceRow[] = [
    {
      id: 'cpu',
      label: t('usage.platform.coresUnit'),
      allocated: usage.cpuAllocated,
      used: usage.cpuUsed,
      capacity: stats?.cores.cpuCoresAvailable,
    },
    {
      id: 'memory',
      label: t('usage.platform.memoryUnit'),
      allocated: usage.memoryAllocatedGib,
      used: usage.memoryUsedGib,
      // Prometheus's figures are GiB; skaha's capacity is decimal GB (its `G`), so it is converted to match
      capacity: stats === undefined ? undefined : gibibytesOf(stats.ram.ramAvailable),
    },
  ];
  const amount = (pick: (row: ResourceRow) => number | undefined, header: string): Column<ResourceRow> => ({
    header,
    value: pick,
    render: (row) => {
      const value = pick(row);
      return value === undefined ? '—' : format.amount(value);
    },
    numeric: true,
  });
  const columns: Column<ResourceRow>[] = [
    { header: t('usage.platform.resource'), value: (row) => row.label },
    amount((row) => row.allocated, t('usage.platform.allocatedColumn')),
    amount((row) => row.used, t('usage.platform.usedColumn')),
    amount((row) => row.capacity, t('usage.platform.capacityColumn')),
  ];
  const share = (used: number, allocated: number) => (allocated > 0 ? used / allocated : 0);
  return (
    <DataSection
      title={t('usage.platform.usedHeading')}
      fileName="usage-platform"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      chart={
        // cores and gigabytes are different units: one chart each, or the memory's bars flatten the cores'
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {rows.map((row) => (
            <UsageBarChart
              key={row.id}
              data={[{ label: row.label, allocated: row.allocated, used: row.used }]}
              categoryKey="label"
              series={[
                { key: 'allocated', label: t('usage.platform.allocatedColumn') },
                { key: 'used', label: t('usage.platform.usedColumn') },
              ]}
              formatValue={format.amount}
            />
          ))}
        </SimpleGrid>
      }
      footer={
        <>
          <Text>
            {t('usage.platform.usedShare', {
              percent: format.percent(share(usage.cpuUsed, usage.cpuAllocated)),
              memoryPercent: format.percent(share(usage.memoryUsedGib, usage.memoryAllocatedGib)),
            })}
          </Text>
          {/* two sources, two "allocated" figures: say why they differ */}
          <Text size="sm" c="dimmed">
            {t('usage.platform.whyTwo')}
          </Text>
        </>
      }
    />
  );
}
