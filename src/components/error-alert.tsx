import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { endedSignIn, isApiError } from '../api/http/api-error';
import { useAuthStatus } from '../auth/auth-context';
import { describeError } from './describe-error';

interface ErrorAlertProps {
  error: unknown;
  /** Shown as a "Try again" button when given. */
  onRetry?: (() => void) | undefined;
  title?: string;
  /**
   * The failure in the user's terms, when the caller knows what the service's text means; the service's own
   * words then stay one click away, under "Details from the service" (support asks for them).
   */
  explanation?: string | undefined;
  /** Given, the alert has a close button named `closeLabel`: for a failure nothing else would put away. */
  onClose?: (() => void) | undefined;
  closeLabel?: string | undefined;
}

/** A failed call, naming the service and its own message, with a retry. */
export function ErrorAlert({ error, onRetry, title, explanation, onClose, closeLabel }: ErrorAlertProps) {
  const { t } = useTranslation();
  const authStatus = useAuthStatus();
  // The refusal that opened the sign-in dialog: the dialog says what happened and that nothing on the page is
  // lost; once the user has signed in again there it no longer holds, and what it stopped (a launch, a new
  // folder) is theirs to send again with the form as they left it.
  if ((authStatus === 'signedIn' || authStatus === 'expired') && endedSignIn(error)) return null;
  const service = isApiError(error) ? t(`errors.service.${error.service}`) : t('app.name');
  const described = describeError(error, t);
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('errors.title', { service })}
      withCloseButton={onClose !== undefined}
      onClose={onClose}
      closeButtonLabel={closeLabel}
    >
      <Group justify="space-between" align={explanation ? 'flex-start' : 'center'} gap="sm" wrap="wrap">
        {/* at least 12rem of text beside the button, else the button goes under it: on a tile, the text was a
            column of a word a line */}
        <Stack gap={4} style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {explanation ?? described}
          </Text>
          {explanation !== undefined && (
            <Box component="details" fz="sm">
              <Box component="summary" style={{ cursor: 'pointer' }}>
                {t('errors.serviceDetails')}
              </Box>
              <Text size="sm" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
                {described}
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
