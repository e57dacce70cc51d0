import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http/api-error';
import { describeError } from './describe-error';

interface ErrorAlertProps {
  error: unknown;
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void;
  title?: string;
}

/** A failed call, naming the service and its own message, with a retry. */
export function ErrorAlert({ error, onRetry, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const service = isApiError(error) ? t(`errors.service.${error.service}`) : t('app.name');
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('errors.title', { service })}
    >
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {describeError(error, t)}
        </Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
