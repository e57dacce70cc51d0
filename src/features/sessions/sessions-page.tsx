import { Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context';
import { sessionListQueryOptions } from '../../api/skaha/session-queries';
import type { Session } from '../../api/skaha/session-schemas';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { filterSessions } from './filter-sessions';
import { SessionStatusBadge } from './session-status-badge';

/** The signed-in user's sessions, straight from skaha. */
export function SessionsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = searchParams.get('q') ?? '';
  const sessions = useQuery(sessionListQueryOptions(api));

  function handleFilterChange(value: string) {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set('q', value);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }

  const labels = (session: Session) => [
    t(`sessions.types.${session.type}`),
    t(`sessions.statuses.${session.status}`),
  ];
  const visible = sessions.data ? filterSessions(sessions.data, filter, labels) : [];

  return (
    <Stack gap="md">
      <PageHeader title={t('sessions.title')} description={t('sessions.description')} />
      <TextInput
        label={t('sessions.filter')}
        placeholder={t('sessions.filterPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter}
        onChange={(event) => {
          handleFilterChange(event.currentTarget.value);
        }}
        maw={420}
      />
      {sessions.isPending && (
        <Stack gap="xs" aria-busy="true" aria-label={t('sessions.loading')}>
          <Skeleton height={36} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      )}
      {sessions.isError && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {sessions.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('sessions.count', { count: visible.length })}
          </Text>
          {visible.length === 0 ? (
            <Text>{filter ? t('sessions.noMatch', { filter }) : t('sessions.empty')}</Text>
          ) : (
            <SessionTable sessions={visible} />
          )}
        </>
      )}
    </Stack>
  );
}

function SessionTable({ sessions }: { sessions: readonly Session[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sessions.name')}</Table.Th>
            <Table.Th scope="col">{t('sessions.type')}</Table.Th>
            <Table.Th scope="col">{t('sessions.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={`${session.id}:${session.appid ?? ''}`}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{session.name}</Table.Td>
              <Table.Td>{t(`sessions.types.${session.type}`)}</Table.Td>
              <Table.Td>
                <SessionStatusBadge status={session.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
