import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '@/api/skaha/session-schemas';
import { SESSION_TYPES } from '@/api/skaha/session-schemas';
import { platformSetsResources } from '@/api/skaha/session-resources';
import { writeLaunchState, readLaunchState } from '../launch/launch-state';
import { SessionStatusBadge } from '../session-status-badge';
import { NameText } from '@/components/name-text';
import { SessionTypeIcon } from '../session-type-icon';
import { DeleteSessionButton } from './delete-session-button';
import { finishedReason } from './partition';
import { SessionDetailsButton } from './session-details';
import { ShowMore } from './show-more';
import { useNow } from './use-now';
import { usePaging } from './use-paging';

/**
 * The launch form URL that starts this session again: same type, image and fixed resources, unless its
 * template sets them (a Firefly session is reported fixed at the template's 0.1 core and 4 GB).
 */
export function relaunchUrl(session: Session): string {
  const type = SESSION_TYPES.find((candidate) => candidate === session.type) ?? 'notebook';
  const state = {
    ...readLaunchState(new URLSearchParams()),
    type,
    image: session.image,
    name: session.name,
    ...(session.isFixedResources &&
    !platformSetsResources(type) &&
    session.requestedCPUCores !== undefined &&
    session.requestedRAM !== undefined
      ? {
          resources: 'fixed' as const,
          cores: Math.max(1, Math.round(session.requestedCPUCores)),
          // skaha reports the Gi request in decimal GB (8 → "8.59"); the option is the Gi figure
          ram: Math.max(1, Math.round(session.requestedRAM / 1.073741824)),
        }
      : {}),
    gpus: session.requestedGPUCores > 0 ? session.requestedGPUCores : undefined,
  };
  return `/sessions/launch?${writeLaunchState(state).toString()}`;
}

const FinishedTile = memo(function FinishedTile({ session }: { session: Session }) {
  const { t } = useTranslation();
  const now = useNow();
  const reason = finishedReason(session, now);
  const headingId = `finished-${session.id}-name`;
  return (
    <Card component="article" withBorder radius="md" padding="sm" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <SessionTypeIcon type={session.type} size={18} />
            <Title order={3} size="h6" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {session.name}
            </Title>
          </Group>
          <SessionStatusBadge status={session.status} expired={reason === 'expired'} />
        </Group>
        <Text size="sm">{t(`sessions.finished.reasons.${reason}`)}</Text>
        <NameText size="xs" c="dimmed" name={session.image} lines={2} isPath />
        <Group gap="xs">
          <Button
            component={Link}
            to={relaunchUrl(session)}
            size="xs"
            variant="light"
            leftSection={<IconRefresh size={14} aria-hidden />}
            aria-label={`${t('sessions.finished.relaunch')} ${session.name}`}
          >
            {t('sessions.finished.relaunch')}
          </Button>
          <SessionDetailsButton
            id={session.id}
            name={session.name}
            status={session.status}
            type={session.type}
          />
          <DeleteSessionButton session={session} />
        </Group>
      </Stack>
    </Card>
  );
});

interface FinishedSessionsProps {
  sessions: readonly Session[];
  filter: string;
  /** The tiles' grid, where the dashboard keeps focus when a tile goes (a deleted session). */
  listRef?: Ref<HTMLDivElement>;
}

export function FinishedSessions({ sessions, filter, listRef }: FinishedSessionsProps) {
  const { t } = useTranslation();
  const paging = usePaging(filter);
  if (sessions.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="finished-heading">
      <Title order={2} size="h4" id="finished-heading">
        {t('sessions.finished.title')}
      </Title>
      <SimpleGrid ref={listRef} cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {sessions.slice(0, paging.limit).map((session) => (
          <FinishedTile key={session.id} session={session} />
        ))}
      </SimpleGrid>
      <ShowMore
        shown={Math.min(paging.limit, sessions.length)}
        total={sessions.length}
        what={t('sessions.finished.title')}
        onShowMore={paging.showMore}
      />
    </Stack>
  );
}
