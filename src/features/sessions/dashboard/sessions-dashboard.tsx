import { Box, Button, Group, SimpleGrid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Session } from '@/api/skaha/session-schemas';
import { ErrorAlert } from '@/components/error-alert';
import { lazyPart, LazyMount } from '@/components/lazy-part';
import { PageHeader } from '@/components/page-header';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';
import { useFocusKeptInList } from '@/lib/use-focus-kept-in-list';
import { useTextFilter } from '@/lib/use-text-filter';
import { isSessionAccessDenied } from '@/api/skaha/access';
import { filterSessions } from '../filter-sessions';
import { launchedSessionId, renewSessionId } from '../launched-arrival';
import { useFormatters } from '../format';
import { useSessionLabels } from '../session-labels';
import { FinishedSessions } from './finished-sessions';
import { NotifyButton } from './notify-button';
import { partitionSessions, showsExpired } from './partition';
import { PlatformLoad } from './platform-load';
import { SessionTile } from './session-tile';
import { ShowMore } from './show-more';
import { StatusAnnouncer } from './status-announcer';
import { useSessions } from './use-sessions';
import { usePaging } from './use-paging';

// Only an account skaha refuses sees the explanation.
const noSessionAccess = lazyPart(() => import('../no-session-access'));

// Nobody types before the tiles are up: the filter box's code (Mantine's inputs) follows the first paint, while
// the filter itself (the address's `q`) applies from the start.
const sessionFilter = lazyPart(() => import('./session-filter'));

// Only some users run headless jobs: the table (virtualized, sortable, multi-select delete) loads when there are some.
const headlessTable = lazyPart(() => import('./headless-table'));

/** The user's sessions, live: tiles, finished sessions, headless jobs and the platform's load. */
export function SessionsDashboard() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [filter, setFilter] = useTextFilter('q');
  const sessions = useSessions();

  const { typeLabel, statusLabel } = useSessionLabels();
  // A finished tile past its deadline says Expired: the filter matches that as of the list's last fetch (a clock
  // would redo it every tick), and only while there is a filter, so a poll that changed nothing redoes nothing.
  const judgedAt = filter ? sessions.dataUpdatedAt : 0;
  // The filter searches every session; with tens of thousands, only a poll or a new filter recomputes it.
  const { visible, groups } = useMemo(() => {
    const labels = (session: Session) => [
      typeLabel(session.type),
      showsExpired(session, judgedAt) ? t('sessions.finished.expired') : statusLabel(session.status),
    ];
    const matching = sessions.data ? filterSessions(sessions.data, filter, labels) : [];
    return { visible: matching, groups: partitionSessions(matching) };
  }, [sessions.data, filter, typeLabel, statusLabel, judgedAt, t]);
  // the jobs' table stays while a filter hides them all: a delete it runs must still say how it ended
  const allJobs = useMemo(
    () => sessions.data?.filter((session) => session.type === 'headless') ?? [],
    [sessions.data],
  );
  const live = usePaging(filter);
  const justLaunched = useJustLaunched();
  const renewAsked = useRenewAsked();
  // a deleted session's tile goes, with the dialog that had focus: focus moves to the next tile
  const liveGrid = useRef<HTMLDivElement>(null);
  const newSession = useRef<HTMLAnchorElement>(null);
  useFocusKeptInList(liveGrid, newSession, groups.live);
  const finishedGrid = useRef<HTMLDivElement>(null);
  useFocusKeptInList(finishedGrid, newSession, groups.finished);
  // the jobs' section goes with the last job (Terminating, then gone at a poll): focus then goes to New session
  const jobsArea = useRef<HTMLDivElement>(null);
  useFocusKeptInList(jobsArea, newSession, groups.jobs);

  // an account skaha refuses gets one explanation, not a failed panel for each of its calls; a 403 after a
  // list was shown is about one request, and the page stays
  if (sessions.data === undefined && isSessionAccessDenied(sessions.error)) {
    return (
      <Stack gap="lg">
        <PageHeader title={t('sessions.title')} description={t('sessions.description')} />
        <LazyMount part={noSessionAccess} fallback={<Skeleton height={160} maw={720} radius="md" />}>
          {({ NoSessionAccess }) => <NoSessionAccess error={sessions.error} />}
        </LazyMount>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('sessions.title')} description={t('sessions.description')} />
      <Group gap="sm">
        <Button
          ref={newSession}
          component={Link}
          to={paths.launch()}
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('sessions.newSession')}
        </Button>
        <NotifyButton />
      </Group>
      <StatusAnnouncer sessions={sessions.data} />
      <PlatformLoad />
      <Box maw={420}>
        <LazyMount part={sessionFilter} fallback={<FilterPlaceholder />}>
          {({ SessionFilter }) => <SessionFilter value={filter} onChange={setFilter} />}
        </LazyMount>
      </Box>
      {sessions.isPending && (
        <SimpleGrid
          cols={{ base: 1, sm: 2, lg: 3 }}
          role="status"
          aria-busy="true"
          aria-label={t('sessions.loading')}
        >
          <Skeleton height={180} />
          <Skeleton height={180} />
          <Skeleton height={180} />
        </SimpleGrid>
      )}
      {sessions.isError && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {sessions.data && (
        <>
          <Text size="sm" c="dimmed">
            {t('sessions.count', { count: visible.length, value: format.number(visible.length) })}
          </Text>
          {/* what a filter leaves, read out as the user types (the tiles' own changes have their announcer) */}
          <VisuallyHidden role="status">
            {filter
              ? t('sessions.count', { count: visible.length, value: format.number(visible.length) })
              : ''}
          </VisuallyHidden>
          {visible.length === 0 && (
            <Text>
              {filter ? t('sessions.noMatch', { filter: nameInSentence(filter) }) : t('sessions.empty')}
            </Text>
          )}
          {/* a first visit (a trainee's first morning): where to start, and that files outlive sessions */}
          {sessions.data.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('sessions.emptyHint')}
            </Text>
          )}
          {groups.live.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="live-heading">
              <Title order={2} size="h4" id="live-heading">
                {t('sessions.live')}
              </Title>
              <SimpleGrid ref={liveGrid} cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                {groups.live.slice(0, live.limit).map((session) => (
                  <SessionTile
                    key={session.id}
                    session={session}
                    justLaunched={session.id === justLaunched}
                    renewAsked={session.id === renewAsked?.id ? renewAsked.key : undefined}
                  />
                ))}
              </SimpleGrid>
              <ShowMore
                shown={Math.min(live.limit, groups.live.length)}
                total={groups.live.length}
                what={t('sessions.live')}
                onShowMore={live.showMore}
              />
            </Stack>
          )}
          <FinishedSessions sessions={groups.finished} filter={filter} listRef={finishedGrid} />
          {/* no box of its own: the page's spacing stays as it was */}
          <div ref={jobsArea} style={{ display: 'contents' }}>
            {allJobs.length > 0 && (
              <LazyMount
                part={headlessTable}
                fallback={
                  groups.jobs.length > 0 && (
                    <Stack gap="sm" component="section" aria-labelledby="headless-heading" aria-busy="true">
                      <Title order={2} size="h4" id="headless-heading">
                        {t('sessions.jobs.title', {
                          count: groups.jobs.length,
                          value: format.number(groups.jobs.length),
                        })}
                      </Title>
                      <Skeleton height={240} />
                    </Stack>
                  )
                }
              >
                {({ HeadlessTable }) => (
                  <HeadlessTable
                    jobs={groups.jobs}
                    allJobs={allJobs}
                    fallbackFocus={newSession}
                    justLaunched={groups.jobs.some((job) => job.id === justLaunched)}
                  />
                )}
              </LazyMount>
            )}
          </div>
        </>
      )}
    </Stack>
  );
}

/**
 * The session the launch that led here made (the launch form's history state). The state is dropped from the
 * history entry at once, so coming Back to the dashboard later does not send focus to that tile again.
 */
function useJustLaunched(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [launched] = useState(() => launchedSessionId(location.state));
  const hasState = launchedSessionId(location.state) !== undefined;
  const { pathname, search, hash } = location;
  useEffect(() => {
    if (hasState) void navigate({ pathname, search, hash }, { replace: true });
  }, [hasState, navigate, pathname, search, hash]);
  return launched;
}

/**
 * The session an ending-soon notice's link asked to renew, with the key of the history entry it led to: each
 * press of the link (the dashboard's own "Show it" too) focuses that Renew again. The state is dropped from the
 * history entry at once, as the launch's is.
 */
function useRenewAsked(): { id: string; key: string } | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [asked, setAsked] = useState<{ id: string; key: string }>();
  const id = renewSessionId(location.state);
  if (id !== undefined && asked?.key !== location.key) setAsked({ id, key: location.key });
  const { pathname, search, hash } = location;
  useEffect(() => {
    if (id !== undefined) void navigate({ pathname, search, hash }, { replace: true });
  }, [id, navigate, pathname, search, hash]);
  return asked;
}

/** The filter box's place while its code arrives: its label, and the box's height, so the tiles do not move. */
function FilterPlaceholder() {
  const { t } = useTranslation();
  return (
    <div aria-hidden>
      {/* inline-block in a line of the page's font, as Mantine sets an input's label */}
      <div>
        <Box component="span" display="inline-block" fz="sm" fw="var(--mantine-font-weight-medium)">
          {t('sessions.filter')}
        </Box>
      </div>
      {/* a TextInput of size sm is 2.25rem tall */}
      <Skeleton height={36} />
    </div>
  );
}
