import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconHome, IconRocket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homePath, isNodeNotFound } from '@/api/storage/allocation-queries';
import { useCurrentUser } from '@/auth/auth-context';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/lib/paths';

/**
 * A folder that could not be listed. The user's own home that cavern does not know is not a failure: skaha
 * creates it at their first launch (platform-api §10.2), so say so and offer that launch.
 */
export function ListingError({
  path,
  error,
  onRetry,
}: {
  path: string;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (path !== homePath(user.username) || !isNodeNotFound(error))
    return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Alert
      color="blue"
      variant="light"
      role="status"
      icon={<IconHome aria-hidden />}
      title={t('storage.newHome.title')}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('storage.newHome.explanation')}</Text>
        <Button
          component={Link}
          to={paths.launch()}
          size="xs"
          leftSection={<IconRocket size={14} aria-hidden />}
        >
          {t('storage.newHome.launch')}
        </Button>
      </Stack>
    </Alert>
  );
}
