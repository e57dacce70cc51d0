import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/http/api-error';
import { ErrorAlert } from '@/components/error-alert';
import { useIsAnonymousToHarbor } from './use-harbor-api';

/**
 * A failed Harbor list, with what a 401 or 403 means there: Harbor shows a private project only to members it
 * recognises, and answers anyone else with 401 when it does not know them (anonymous, or a token it does not
 * take; never an expired sign-in, see the HTTP client), 403 when it does but they are no member
 * (RequireProjectAccess).
 */
export function HarborError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const anonymous = useIsAnonymousToHarbor();
  return (
    <>
      {isApiError(error) && (error.status === 401 || error.status === 403) && (
        <Alert role="note" variant="light" color="blue">
          {t(
            error.status === 403
              ? 'images.notMember'
              : anonymous
                ? 'images.privateProject'
                : 'images.notRecognised',
          )}
        </Alert>
      )}
      <ErrorAlert error={error} onRetry={onRetry} />
    </>
  );
}
