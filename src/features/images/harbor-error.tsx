import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/http/api-error';
import { ErrorAlert } from '@/components/error-alert';
import { useIsAnonymousToHarbor } from './use-harbor-api';

/**
 * A failed Harbor list, with what a 401 means there: Harbor shows a private project only to members it
 * recognises, and answers anyone else (anonymous, or a token it does not take) with 401 — never an expired
 * sign-in (see the HTTP client).
 */
export function HarborError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const anonymous = useIsAnonymousToHarbor();
  return (
    <>
      {isApiError(error) && error.status === 401 && (
        <Alert role="note" variant="light" color="blue">
          {t(anonymous ? 'images.privateProject' : 'images.notRecognised')}
        </Alert>
      )}
      <ErrorAlert error={error} onRetry={onRetry} />
    </>
  );
}
