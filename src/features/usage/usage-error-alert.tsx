import { useTranslation } from 'react-i18next';
import { isQueryTooCostly } from '@/api/usage/query-cost';
import { ErrorAlert } from '@/components/error-alert';

/**
 * A usage figure that failed. One the usage service refused for what it costs says so and points at the
 * period: asking again would be refused again, so there is no Try again then.
 */
export function UsageErrorAlert({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return isQueryTooCostly(error) ? (
    <ErrorAlert error={error} title={t('usage.tooCostlyTitle')} explanation={t('usage.tooCostly')} />
  ) : (
    <ErrorAlert error={error} onRetry={onRetry} />
  );
}
