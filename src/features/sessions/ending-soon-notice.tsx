import { Alert, Anchor, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconHourglassLow } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useApi } from '@/api/api-context';
import { pollAfter } from '@/api/backoff';
import { sessionListQueryOptions } from '@/api/skaha/session-queries';
import type { Session } from '@/api/skaha/session-schemas';
import { loadAreaStrings } from '@/i18n/i18n';
import { intervalPerState } from '@/lib/slowing-poll';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';
import { useEndingSoon } from './dashboard/expiry-warning';
import { renewState } from './launched-arrival';
import { HOUR_MS } from './dashboard/time-left';
import { useNow } from './dashboard/use-now';

/**
 * On every page, a running session with under an hour left, with the way to its Renew: a user working in
 * Storage or Usage, or whose tile is below the fold, is told before the session and its unsaved work end.
 * The list is read once a minute here (the dashboard reads it more often): an end time moves only on a renew.
 */
export function EndingSoonNotice() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  // On the dashboard the list is the dashboard's, read on its own schedule: the notice only reads it there.
  const onDashboard = useLocation().pathname === paths.sessions();
  const sessions = useQuery({
    ...sessionListQueryOptions(api),
    // not even asked there: the slowing poll keeps one schedule per query, the dashboard's
    refetchInterval: onDashboard
      ? false
      : (query) => intervalPerState(query, '', () => pollAfter(60_000, query)),
    enabled: !onDashboard,
  });
  const now = useNow();
  // Those with under an hour left, by the shared clock's tick; each notice counts its minutes (useEndingSoon).
  const candidates = (sessions.data ?? []).filter(
    (session): session is Session & { expiryTime: number } =>
      session.status === 'Running' &&
      session.type !== 'desktop-app' &&
      session.expiryTime !== undefined &&
      session.expiryTime > now &&
      session.expiryTime - now < HOUR_MS,
  );
  // Shown on any page: the sessions area's strings come with the first session to show, if not yet there.
  const [stringsReady, setStringsReady] = useState(false);
  const needsStrings = candidates.length > 0 && !stringsReady;
  useEffect(() => {
    if (!needsStrings) return undefined;
    let isCurrent = true;
    loadAreaStrings(i18n, 'sessions').then(
      () => {
        if (isCurrent) setStringsReady(true);
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [needsStrings, i18n]);
  const shown = candidates.length > 0 && stringsReady;
  return (
    <>
      {/* Mounted before anything is to be said, and its words hold no minutes: each session ending soon is
          read out once, not every minute as the notice's count goes down. */}
      <VisuallyHidden role="status">
        {shown
          ? candidates
              .map((session) => t('sessions.endingSoon.announce', { name: nameInSentence(session.name) }))
              .join(' ')
          : ''}
      </VisuallyHidden>
      {shown && (
        <Stack gap="xs" mb="md">
          {candidates.map((session) => (
            <EndingSession key={session.id} session={session} />
          ))}
        </Stack>
      )}
    </>
  );
}

function EndingSession({ session }: { session: Session & { expiryTime: number } }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { soon, minutes } = useEndingSoon(session.id, session.name, session.expiryTime);
  if (!soon) return null;
  const onDashboard = pathname === paths.sessions();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconHourglassLow aria-hidden />}
      p="xs"
      role="note"
      data-ending-soon
    >
      <Text size="sm" span>
        {t('sessions.endingSoon.body', { count: minutes, minutes, name: nameInSentence(session.name) })}{' '}
      </Text>
      <Anchor
        component={Link}
        to={`${paths.sessions()}?${new URLSearchParams({ q: session.name }).toString()}`}
        // the tile's Renew takes focus: the next key a keyboard user presses renews
        state={renewState(session.id)}
        size="sm"
      >
        {onDashboard ? t('sessions.endingSoon.show') : t('sessions.endingSoon.renew')}
      </Anchor>
    </Alert>
  );
}
