import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SkahaContext } from '@/api/skaha/platform-schemas';
import { useFormatters } from '../format';
import type { UnofferedResources } from './launch-request';

/**
 * Said when a link, preset or remembered launch asked for cores, RAM or GPUs this platform does not offer:
 * the form has dropped them (skaha would refuse the launch) and tells the user what is launched instead.
 */
export function UnavailableNotice({
  unavailable,
  context,
}: {
  unavailable: UnofferedResources;
  context: SkahaContext;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const coresDefault = context.cores.default;
  const ramDefault = context.memoryGB.default;
  return (
    <Alert
      color="yellow"
      variant="light"
      role="status"
      title={t('launch.form.unavailableTitle')}
      // Mantine's yellow title is 2.7:1 on its light background: the text colour passes in both schemes
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap={4}>
        {unavailable.cores !== undefined && (
          <Text size="sm">
            {coresDefault === undefined
              ? t('launch.form.unavailableCoresNoDefault', { value: format.number(unavailable.cores) })
              : t('launch.form.unavailableCores', {
                  value: format.number(unavailable.cores),
                  fallback: format.number(coresDefault),
                })}
          </Text>
        )}
        {unavailable.ram !== undefined && (
          <Text size="sm">
            {ramDefault === undefined
              ? t('launch.form.unavailableRamNoDefault', { value: format.gigabytes(unavailable.ram) })
              : t('launch.form.unavailableRam', {
                  value: format.gigabytes(unavailable.ram),
                  fallback: format.gigabytes(ramDefault),
                })}
          </Text>
        )}
        {unavailable.gpus !== undefined && (
          <Text size="sm">{t('launch.form.unavailableGpus', { count: unavailable.gpus })}</Text>
        )}
      </Stack>
    </Alert>
  );
}
