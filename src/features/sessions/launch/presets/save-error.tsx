import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileChangedError } from '@/api/storage/text-file';
import { ErrorAlert } from '@/components/error-alert';
import { arcPath } from './preset-queries';

/** Why the presets were not saved: changed elsewhere (reload, then try again), or the service's failure. */
export function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (!(error instanceof FileChangedError))
    return <ErrorAlert error={error} title={t('launch.presets.saveFailed')} />;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('launch.presets.saveFailed')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('launch.presets.conflict', { path: arcPath(error.path) })}</Text>
        <Button size="xs" variant="default" onClick={onReload}>
          {t('launch.presets.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
