import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { hasNoPod } from '@/api/skaha/access';
import { sessionEventsQueryOptions } from '@/api/skaha/session-queries';

/**
 * Why a session is still Pending, from its latest Kubernetes event (pulling the image, no room…), or that it
 * waits in the platform's queue when it has no pod yet.
 */
export function PendingReason({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const events = useQuery({ ...sessionEventsQueryOptions(api, id), refetchInterval: 5_000 });
  if (hasNoPod(events.error)) {
    return (
      <Text size="sm" c="dimmed">
        {t('sessions.tile.queued')}
      </Text>
    );
  }
  const latest = events.data?.at(-1);
  if (!latest) return null;
  const known = ['FailedScheduling', 'Pulling', 'Pulled', 'Scheduled', 'Failed', 'BackOff'] as const;
  const reason = known.find((candidate) => candidate === latest.reason);
  return (
    <Text
      size="sm"
      c={latest.type === 'Warning' ? 'orange.8' : 'dimmed'}
      style={{ overflowWrap: 'anywhere' }}
    >
      {/* the separator is the language's own: French puts a space before the colon */}
      {t('sessions.tile.pendingDetail', {
        reason: reason ? t(`sessions.tile.pendingReasons.${reason}`) : latest.reason,
        message: latest.message,
      })}
    </Text>
  );
}
