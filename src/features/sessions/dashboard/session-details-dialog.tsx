import {
  Anchor,
  Button,
  Code,
  Group,
  Modal,
  ScrollArea,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useApi } from '@/api/api-context';
import { hasNoPod } from '@/api/skaha/access';
import { sessionEventsQueryOptions, sessionLogsQueryOptions } from '@/api/skaha/session-queries';
import { useCurrentUser } from '@/auth/auth-context';
import { usageFromState } from '@/lib/usage-from';
import { ErrorAlert } from '@/components/error-alert';
import { useFeature } from '@/config/config-context';
import { paths } from '@/lib/paths';
import { saveBlob } from '@/lib/save-file';
import { useFormatters } from '../format';
import { useAttachedApps } from './use-attached-apps';

export interface SessionDetailsDialogProps {
  id: string;
  name: string;
  /** The session's status as listed: it tells a session that has no pod yet from one whose pod is gone. */
  status: string;
  /** A desktop's events and logs are those of its apps' pods too (./use-attached-apps). */
  type: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * Events (the parsed table) and logs (loaded when asked for, searchable, downloadable) of one session; loaded
 * when an "Events and logs" button is first used (./session-details).
 */
export function SessionDetailsDialog({ id, name, status, type, opened, onClose }: SessionDetailsDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('sessions.details.title', { name })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {opened && <SessionDetails id={id} name={name} status={status} type={type} />}
    </Modal>
  );
}

interface DetailsProps {
  id: string;
  name: string;
  status: string;
  type: string;
}

function SessionDetails({ id, name, status, type }: DetailsProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('events');
  const hasUsage = useFeature('usage');
  const user = useCurrentUser();
  const location = useLocation();
  return (
    <Stack gap="sm">
      {hasUsage && (
        <Anchor
          component={Link}
          to={paths.usageSession(id, user.username, undefined, name)}
          // the usage page's Back link returns here, with the filter as it was
          state={usageFromState(location.pathname, location.search)}
          size="sm"
        >
          {t('sessions.details.usageOverTime')}
        </Anchor>
      )}
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="events">{t('sessions.details.events')}</Tabs.Tab>
          <Tabs.Tab value="logs">{t('sessions.details.logs')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="events" pt="md">
          <EventsTable id={id} status={status} type={type} />
        </Tabs.Panel>
        <Tabs.Panel value="logs" pt="md">
          {tab === 'logs' && <Logs id={id} name={name} status={status} type={type} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function EventsTable({ id, status, type }: Omit<DetailsProps, 'name'>) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormatters();
  const events = useQuery(sessionEventsQueryOptions(api, id));
  const apps = useAttachedApps(id, type);
  if (events.isPending) return <Skeleton height={80} />;
  if (hasNoPod(events.error)) return <NoPod status={status} />;
  if (events.isError) return <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />;
  if (events.data.length === 0) {
    if (apps.isPending) return <Skeleton height={80} />;
    return (
      <Text size="sm">
        {apps.hasApps ? t('sessions.details.noEventsWithApps') : t('sessions.details.noEvents')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sessions.details.eventType')}</Table.Th>
            <Table.Th scope="col">{t('sessions.details.reason')}</Table.Th>
            <Table.Th scope="col">{t('sessions.details.message')}</Table.Th>
            <Table.Th scope="col">{t('sessions.details.last')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.data.map((event, index) => (
            <Table.Tr key={index}>
              <Table.Td>{event.type}</Table.Td>
              <Table.Td>{event.reason}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{event.message}</Table.Td>
              <Table.Td>
                {event.lastTime === undefined ? (
                  <>
                    <span aria-hidden>—</span>
                    <VisuallyHidden>{t('sessions.details.timeNotReported')}</VisuallyHidden>
                  </>
                ) : (
                  <time dateTime={event.lastTime}>{format.instant(event.lastTime)}</time>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Without a pod skaha has neither events nor logs: a Pending session's job waits in Kueue's queue; any other
 * session's pod is gone (the Job controller deletes it at the deadline).
 */
function NoPod({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {status === 'Pending' ? t('sessions.details.notStarted') : t('sessions.details.podGone')}
    </Text>
  );
}

const LIVE_STATUSES = new Set(['Pending', 'Running']);

function Logs({ id, name, status, type }: DetailsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const logs = useQuery(sessionLogsQueryOptions(api, id));
  const apps = useAttachedApps(id, type);
  // Empty logs are alike with no pod and with a container that wrote nothing; the events (a 404 without a pod)
  // tell which, and are usually in the cache from the Events tab.
  const events = useQuery({ ...sessionEventsQueryOptions(api, id), enabled: logs.data === '' });
  const [search, setSearch] = useState('');
  const format = useFormatters();
  // the latest lines are what a user comes for (why did it stop?): the log opens at its end
  const startAtEnd = useCallback((viewport: HTMLDivElement | null) => {
    if (viewport) viewport.scrollTop = viewport.scrollHeight;
  }, []);
  const loading = <Skeleton height={120} role="status" aria-label={t('sessions.details.loadingLogs')} />;
  if (logs.isPending) return loading;
  if (hasNoPod(logs.error)) return <NoPod status={status} />;
  if (logs.isError) return <ErrorAlert error={logs.error} onRetry={() => void logs.refetch()} />;
  if (logs.data === '') {
    if (events.isPending) return loading;
    if (hasNoPod(events.error)) return <NoPod status={status} />;
    return (
      <Text size="sm">
        {LIVE_STATUSES.has(status) ? t('sessions.details.noLogLines') : t('sessions.details.noLogLinesEnded')}
      </Text>
    );
  }
  const needle = search.trim().toLocaleLowerCase();
  // the newline that ends the last line starts no line of its own
  const lines = (logs.data.endsWith('\n') ? logs.data.slice(0, -1) : logs.data).split('\n');
  const shown = needle ? lines.filter((line) => line.toLocaleLowerCase().includes(needle)) : lines;

  function handleDownload(text: string) {
    saveBlob(new Blob([text], { type: 'text/plain' }), `${name}-${id}.log`);
  }

  return (
    <Stack gap="sm">
      {apps.hasApps && <Text size="sm">{t('sessions.details.logsWithApps')}</Text>}
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('sessions.details.searchLogs')}
          leftSection={<IconSearch size={14} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
          }}
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() => {
            handleDownload(logs.data);
          }}
        >
          {t('sessions.details.download')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" aria-live="polite">
        {t('sessions.details.lineCount', {
          count: lines.length,
          total: format.number(lines.length),
          shown: format.number(shown.length),
        })}
      </Text>
      <ScrollArea.Autosize mah={360} type="auto" viewportRef={startAtEnd}>
        <Code block tabIndex={0} aria-label={t('sessions.details.logs')}>
          {shown.join('\n')}
        </Code>
      </ScrollArea.Autosize>
    </Stack>
  );
}
