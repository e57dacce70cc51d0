import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { pollAfter } from '@/api/backoff';
import { hasNoPod } from '@/api/skaha/access';
import type { SessionEvent } from '@/api/skaha/events';
import { sessionEventsQueryOptions } from '@/api/skaha/session-queries';
import { intervalPerState, slowingInterval, unchangedFor } from '@/lib/slowing-poll';
import { EVENTS_POLL, NO_POD_POLL } from './poll-interval';

/** What the tile shows of the events: a new event resets the slowing poll, the same one does not. */
const shown = (events: readonly SessionEvent[] | undefined) => {
  const latest = events?.at(-1);
  return latest ? `${latest.type} ${latest.reason} ${latest.message}` : '';
};

/**
 * Why a session is still Pending, from its latest Kubernetes event (pulling the image, no room…), or that it
 * waits in the platform's queue when it has no pod yet.
 */
export function PendingReason({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const events = useQuery({
    ...sessionEventsQueryOptions(api, id),
    refetchInterval: (query) =>
      intervalPerState(query, '', () => {
        // asked again when the answer comes; meanwhile a query without data has no error either
        if (query.state.fetchStatus === 'fetching') return EVENTS_POLL.minMs;
        // no pod yet is an answer, not a failure: it slows the poll on its own schedule
        if (hasNoPod(query.state.error)) return slowingInterval(unchangedFor(query, 'no pod'), NO_POD_POLL);
        const interval = slowingInterval(unchangedFor(query, shown(query.state.data)), EVENTS_POLL);
        return pollAfter(interval, query);
      }),
  });
  if (hasNoPod(events.error)) {
    return (
      <Text size="sm" c="dimmed">
        {t('sessions.tile.queued')}
      </Text>
    );
  }
  const latest = events.data?.at(-1);
  if (!latest) return null;
  const known = [
    'FailedScheduling',
    'Pulling',
    'Pulled',
    'Scheduled',
    'Created',
    'Started',
    'Failed',
    'BackOff',
  ] as const;
  const reason = known.find((candidate) => candidate === latest.reason);
  // the steps of a start say all in the user's words ("Pulling image "…"" only repeats it, in English);
  // a refusal's own words say why, so they follow
  const saysAll =
    reason === 'Pulling' ||
    reason === 'Pulled' ||
    reason === 'Scheduled' ||
    reason === 'Created' ||
    reason === 'Started';
  // Kubernetes' "0/12 nodes are available: 12 Insufficient cpu.": no node has room for the request now
  const noRoom =
    reason === 'FailedScheduling' && /\bInsufficient (cpu|memory|nvidia\.com\/gpu)\b/.test(latest.message);
  return (
    <Text
      size="sm"
      c={latest.type === 'Warning' ? 'var(--portal-color-warning-text)' : 'dimmed'}
      style={{ overflowWrap: 'anywhere' }}
    >
      {reason && saysAll
        ? t(`sessions.tile.pendingReasons.${reason}`)
        : // the separator is the language's own: French puts a space before the colon
          t('sessions.tile.pendingDetail', {
            reason: reason ? t(`sessions.tile.pendingReasons.${reason}`) : latest.reason,
            message: latest.message,
          })}
      {noRoom && <> {t('sessions.tile.noRoomAdvice')}</>}
    </Text>
  );
}
