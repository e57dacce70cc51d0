import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { largerFixedSession } from '@/api/skaha/largest-session';
import type { PlatformStats, SkahaContext } from '@/api/skaha/platform-schemas';
import { useFormatters } from '../format';

/** The platform's load (platform-load.tsx): cores and RAM against capacity, the largest session allowed. */
export function PlatformMeters({
  stats,
  context,
}: {
  stats: PlatformStats;
  context: SkahaContext | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const larger = largerFixedSession(stats, context);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Meter
        label={t('sessions.load.cores')}
        used={stats.cores.requestedCPUCores}
        total={stats.cores.cpuCoresAvailable}
        text={t('sessions.load.ofCores', {
          used: format.number(stats.cores.requestedCPUCores),
          total: format.number(stats.cores.cpuCoresAvailable),
        })}
      />
      <Meter
        label={t('sessions.load.ram')}
        used={stats.ram.requestedRAM}
        total={stats.ram.ramAvailable}
        text={t('sessions.load.of', {
          used: format.memory(stats.ram.requestedRAM),
          total: format.memory(stats.ram.ramAvailable),
        })}
      />
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {t('sessions.load.largest')}
        </Text>
        <Text size="sm">
          {t('sessions.load.largestValue', {
            cores: format.number(larger?.cores ?? stats.cores.maxCPUCores.cpuCores),
            ram: larger ? format.gigabytes(larger.ram) : format.memory(stats.ram.maxRAM.ram),
          })}
        </Text>
        {stats.instances && (
          <Text size="xs" c="dimmed">
            {t('sessions.load.instances', {
              sessions: t('sessions.load.instanceSessions', {
                count: stats.instances.session,
                value: format.number(stats.instances.session),
              }),
              headless: t('sessions.load.instanceJobs', {
                count: stats.instances.headless,
                value: format.number(stats.instances.headless),
              }),
            })}
          </Text>
        )}
      </Stack>
    </SimpleGrid>
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
