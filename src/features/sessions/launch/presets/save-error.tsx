import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileChangedError } from '@/api/storage/text-file';
import { useCurrentUser } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { arcPath } from './preset-queries';
import { isMissingHome } from './use-presets';

/**
 * Why the presets were not saved: changed elsewhere (reload, then try again), a new account's home that is not
 * there yet (said in the user's terms, the service's words behind "Details"), or the service's failure.
 */
export function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const { username } = useCurrentUser();
  if (!(error instanceof FileChangedError))
    return (
      <ErrorAlert
        error={error}
        title={t('launch.presets.saveFailed')}
        explanation={isMissingHome(error, username) ? t('launch.presets.homeMissing') : undefined}
      />
    );
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
