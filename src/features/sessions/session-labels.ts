import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isKnownSessionStatus, isKnownSessionType } from '@/api/skaha/session-schemas';

/** A session's type and status in the reader's language; one the portal does not know is shown as skaha sent it. */
export function useSessionLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      typeLabel: (type: string) => (isKnownSessionType(type) ? t(`sessions.types.${type}`) : type),
      statusLabel: (status: string) =>
        isKnownSessionStatus(status) ? t(`sessions.statuses.${status}`) : status,
    }),
    [t],
  );
}
