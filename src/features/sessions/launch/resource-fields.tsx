import { Radio, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { largerFixedSession } from '@/api/skaha/largest-session';
import type { PlatformStats, SkahaContext } from '@/api/skaha/platform-schemas';
import type { LaunchableType } from '@/api/skaha/session-schemas';
import { TextLinePlaceholder } from '@/components/text-line-placeholder';
import { useFormatters } from '../format';
import { GpuAvailability } from './gpu-availability';
import { platformSetsResources } from '@/api/skaha/session-resources';
import { offersGpus, type ResourceMode } from './launch-state';

interface ResourceFieldsProps {
  type: LaunchableType;
  context: SkahaContext;
  stats: PlatformStats | undefined;
  statsFailed: boolean;
  mode: ResourceMode;
  cores: number | undefined;
  ram: number | undefined;
  gpus: number | undefined;
  gpusEnabled: boolean;
  onChange: (patch: {
    resources?: ResourceMode;
    cores?: number;
    ram?: number;
    gpus?: number | undefined;
  }) => void;
}

const toOptions = (values: readonly number[], label: (n: number) => string) =>
  values.map((value) => ({ value: String(value), label: label(value) }));

/**
 * Flexible (the default) or fixed cores and RAM from `/v1/context`, GPUs for the types that can use them, and
 * what the platform has free. The GPU picker is its own block so more about GPUs can sit beside it.
 */
export function ResourceFields(props: ResourceFieldsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { context, stats } = props;
  const freeCores = stats ? stats.cores.cpuCoresAvailable - stats.cores.requestedCPUCores : undefined;
  const freeRam = stats ? stats.ram.ramAvailable - stats.ram.requestedRAM : undefined;
  const larger = stats && largerFixedSession(stats, context);
  const capacity =
    freeCores !== undefined && freeRam !== undefined && stats
      ? t('launch.form.capacity', {
          count: freeCores,
          cores: format.number(freeCores),
          ram: format.memory(freeRam),
          maxCores: format.number(larger?.cores ?? stats.cores.maxCPUCores.cpuCores),
          maxRam: larger ? format.gigabytes(larger.ram) : format.memory(stats.ram.maxRAM.ram),
        })
      : props.statsFailed
        ? t('launch.form.capacityUnknown')
        : undefined;
  const gpuOptions = context.gpus.options.filter((n) => n > 0);
  // what is free is asked of the usage service only where GPUs can be picked
  const offersGpuChoice = props.gpusEnabled && offersGpus(props.type) && gpuOptions.length > 0;

  return (
    <Stack gap="sm">
      {platformSetsResources(props.type) ? (
        <Text size="sm">
          {t('launch.form.platformResources', { type: t(`sessions.types.${props.type}`) })}
        </Text>
      ) : (
        <>
          <Radio.Group
            label={t('launch.form.resources')}
            value={props.mode}
            onChange={(value) => {
              props.onChange({ resources: value === 'fixed' ? 'fixed' : 'flexible' });
            }}
          >
            <Group gap="lg" mt={6}>
              <Radio value="flexible" label={t('launch.form.flexible')} />
              <Radio value="fixed" label={t('launch.form.fixed')} />
            </Group>
          </Radio.Group>
          {props.mode === 'flexible' ? (
            <Text size="sm" c="dimmed">
              {t('launch.form.flexibleHint', {
                cores: format.number(context.cores.defaultLimit ?? 8),
                ram: format.gigabytes(context.memoryGB.defaultLimit ?? 32),
              })}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <Select
                label={t('launch.form.cores')}
                data={toOptions(context.cores.options, (n) => format.number(n))}
                value={String(props.cores ?? context.cores.default ?? context.cores.options[0] ?? '')}
                allowDeselect={false}
                onChange={(value) => {
                  props.onChange({ cores: Number(value) });
                }}
              />
              <Select
                label={t('launch.form.ram')}
                data={toOptions(context.memoryGB.options, (n) => format.gigabytes(n))}
                value={String(props.ram ?? context.memoryGB.default ?? context.memoryGB.options[0] ?? '')}
                allowDeselect={false}
                onChange={(value) => {
                  props.onChange({ ram: Number(value) });
                }}
              />
            </SimpleGrid>
          )}
        </>
      )}
      {props.gpusEnabled &&
        offersGpus(props.type) &&
        (gpuOptions.length > 0 ? (
          <Select
            label={t('launch.form.gpus')}
            maw={240}
            data={[
              { value: '0', label: t('launch.form.noGpu') },
              ...toOptions(gpuOptions, (n) => format.number(n)),
            ]}
            value={String(props.gpus ?? 0)}
            allowDeselect={false}
            onChange={(value) => {
              const n = Number(value);
              props.onChange({ gpus: n > 0 ? n : undefined });
            }}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('launch.form.gpusNone')}
          </Text>
        ))}
      {offersGpuChoice && <GpuAvailability />}
      {capacity ? (
        <Text size="sm" c="dimmed">
          {capacity}
        </Text>
      ) : (
        stats === undefined && !props.statsFailed && <TextLinePlaceholder width={420} />
      )}
    </Stack>
  );
}
