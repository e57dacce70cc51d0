import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { gpuAvailabilityQueryOptions, gpuModelName } from '@/api/usage/gpu-availability';
import { useFeature } from '@/config/config-context';
import { TextLinePlaceholder } from '@/components/text-line-placeholder';
import { useFormatters } from '../format';

/**
 * "3 of 8 NVIDIA A100 SXM4 80GB free now" beside the GPU picker, from the usage service. Unknown (no usage
 * service, a failed query, no GPU nodes) says nothing: a wrong figure would send people to wait for GPUs.
 */
export function GpuAvailability() {
  const usageEnabled = useFeature('usage');
  return usageEnabled ? <GpuAvailabilityLines /> : null;
}

function GpuAvailabilityLines() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormatters();
  const { data, isPending } = useQuery({ ...gpuAvailabilityQueryOptions(api), retry: false });
  if (isPending) return <TextLinePlaceholder />;
  if (!data || data.length === 0) return null;
  return (
    <Stack gap={0}>
      {data.map(({ model, total, free }) => (
        <Text key={model ?? ''} size="sm" c="dimmed">
          {model === undefined
            ? t('launch.gpus.freeAnyModel', { count: free, total: format.number(total) })
            : t('launch.gpus.free', {
                count: free,
                total: format.number(total),
                model: gpuModelName(model),
              })}
        </Text>
      ))}
    </Stack>
  );
}
