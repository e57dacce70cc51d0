import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/describe-error';
import { knownLaunchMessage, type KnownLaunchMessage } from './launch-messages';

interface LaunchRejectedProps {
  error: unknown;
  onRetry: (() => void) | undefined;
}

/**
 * A refused launch in the user's terms when skaha's text is a known one, with the service's own words one
 * click away (support asks for them); an unknown text is shown as the service sent it.
 */
export function LaunchRejected({ error, onRetry }: LaunchRejectedProps) {
  const { t } = useTranslation();
  const known = knownLaunchMessage(error);
  const original = describeError(error, t);
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('sessions.launch.rejected')}
    >
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {known ? knownText(known, t) : original}
          </Text>
          {known && (
            <Box component="details" fz="sm">
              <Box component="summary" style={{ cursor: 'pointer' }}>
                {t('sessions.launch.serviceDetails')}
              </Box>
              <Text size="sm" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
                {original}
              </Text>
            </Box>
          )}
        </Stack>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

function knownText(known: KnownLaunchMessage, t: TFunction): string {
  switch (known.key) {
    case 'limit':
      return t('sessions.launch.known.limit', { max: known.max });
    case 'resource':
      return t(`sessions.launch.known.resource.${known.what}`);
    default:
      return t(`sessions.launch.known.${known.key}`);
  }
}
