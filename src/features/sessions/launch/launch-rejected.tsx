import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { knownLaunchMessage, type KnownLaunchMessage } from './launch-messages';

interface LaunchRejectedProps {
  error: unknown;
  onRetry: (() => void) | undefined;
}

/**
 * A refused launch in the user's terms when skaha's text is a known one, with the service's own words under
 * the alert's details; an unknown text is shown as the service sent it.
 */
export function LaunchRejected({ error, onRetry }: LaunchRejectedProps) {
  const { t } = useTranslation();
  const known = knownLaunchMessage(error);
  return (
    <ErrorAlert
      error={error}
      onRetry={onRetry}
      title={t('launch.form.rejected')}
      explanation={known ? knownText(known, t) : undefined}
    />
  );
}

function knownText(known: KnownLaunchMessage, t: TFunction): string {
  switch (known.key) {
    case 'limit':
      return t('launch.form.known.limit', { max: known.max });
    case 'resource':
      return t(`launch.form.known.resource.${known.what}`);
    default:
      return t(`launch.form.known.${known.key}`);
  }
}
