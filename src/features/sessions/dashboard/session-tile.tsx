import { Badge, Card, Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api/skaha/session-schemas';
import { isFocusAtPageStart } from '@/lib/focus';
import { useFormatters } from '../format';
import { OpenSessionButton } from '../open-session-button';
import { SessionStatusBadge } from '../session-status-badge';
import { lazyPart, LazyMount } from '@/components/lazy-part';
import { NameText } from '@/components/name-text';
import { useSessionLabels } from '../session-labels';
import { SessionTypeIcon } from '../session-type-icon';
import { Countdown } from './countdown';
import { DeleteSessionButton } from './delete-session-button';
import { ExpiryWarning } from './expiry-warning';
import { PendingReason } from './pending-reason';
import { RenewButton } from './renew-button';
import { useRenderProbe } from './render-probe';
import { SessionDetailsButton } from './session-details';

// The apps editor (its image picker brings Mantine's Combobox) is only for running desktops.
const desktopApps = lazyPart(() => import('./desktop-apps'));

interface SessionTileProps {
  session: Session;
  /**
   * The session the launch that led here made: its tile takes focus once shown, unless the user has moved on
   * from the page's heading, so a screen reader names it and Tab goes on through its buttons.
   */
  justLaunched?: boolean;
  /**
   * Set (to the history entry's key) when an ending-soon notice's link led here for this session: its Renew
   * takes focus, unless the user has moved on from the page's start or from that link.
   */
  renewAsked?: string;
}

/**
 * One live session. Memoized on the session object, which TanStack Query's structural sharing keeps
 * identical across polls while the session is unchanged: a poll that changes one session renders one tile.
 */
export const SessionTile = memo(function SessionTile({
  session,
  justLaunched = false,
  renewAsked,
}: SessionTileProps) {
  const { t } = useTranslation();
  const card = useRef<HTMLElement>(null);
  const renew = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (justLaunched && isFocusAtPageStart(document)) card.current?.focus();
  }, [justLaunched]);
  useEffect(() => {
    if (
      renewAsked !== undefined &&
      (isFocusAtPageStart(document) || document.activeElement?.closest('[data-ending-soon]'))
    )
      renew.current?.focus();
  }, [renewAsked]);
  const format = useFormatters();
  const { typeLabel } = useSessionLabels();
  useRenderProbe('session-tile');
  const headingId = `session-${session.id}-name`;
  const running = session.status === 'Running';
  const open = running && session.connectURL !== '';
  const resource = (
    used: number | undefined,
    requested: number | undefined,
    unit: (n: number) => string,
    amount: (n: number) => number = (n) => n,
  ) => {
    // before it runs (Pending, queued) a session uses nothing the platform can tell: what it asked for alone
    if (used === undefined && requested !== undefined)
      return t('sessions.tile.requested', { requested: unit(requested), count: amount(requested) });
    const usedText = used === undefined ? t('sessions.tile.unknownUse') : unit(used);
    if (requested !== undefined)
      return t('sessions.tile.usedOf', { used: usedText, requested: unit(requested) });
    // "in use" agrees with the amount shown in French (1,5 Go utilisé, 2 Go utilisés, 1 010,9 Mo utilisés);
    // an unknown amount stands alone.
    return used === undefined ? usedText : t('sessions.tile.used', { used: usedText, count: amount(used) });
  };
  return (
    <Card
      ref={card}
      component="article"
      withBorder
      radius="md"
      padding="md"
      aria-labelledby={headingId}
      tabIndex={justLaunched ? -1 : undefined}
      // marked however focus came (a click on Launch too): the new session among the others
      className={justLaunched ? 'mantine-focus-always' : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <SessionTypeIcon type={session.type} />
            <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {session.name}
            </Title>
          </Group>
          <SessionStatusBadge status={session.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {typeLabel(session.type)}
        </Text>
        <NameText size="sm" name={session.image} lines={2} isPath />
        {session.status === 'Pending' && <PendingReason id={session.id} />}
        {session.expiryTime !== undefined && running && (
          <Group gap={6}>
            <Text size="sm" c="dimmed" component="span">
              {t('sessions.tile.timeLeft')}
            </Text>
            <Countdown expiry={session.expiryTime} />
          </Group>
        )}
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm">
              {t('sessions.tile.cpu')}{' '}
              {resource(session.cpuCoresInUse, session.requestedCPUCores, (n) =>
                t('sessions.tile.cores', { count: n, value: format.number(n) }),
              )}
            </Text>
            {!session.isFixedResources && (
              <Badge size="xs" variant="outline" color="gray">
                {t('sessions.tile.flexible')}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {t('sessions.tile.ram')}{' '}
            {resource(session.ramInUse, session.requestedRAM, format.memory, format.memoryAmount)}
          </Text>
          {session.requestedGPUCores > 0 && (
            <Text size="sm">{t('sessions.tile.gpus', { count: session.requestedGPUCores })}</Text>
          )}
        </Stack>
        {session.expiryTime !== undefined && running && (
          <ExpiryWarning id={session.id} name={session.name} expiry={session.expiryTime} />
        )}
        <Group gap="xs" mt={4}>
          {open && (
            <OpenSessionButton session={session} aria-label={`${t('sessions.tile.open')} ${session.name}`}>
              {t('sessions.tile.open')}
            </OpenSessionButton>
          )}
          {running && <RenewButton ref={renew} id={session.id} name={session.name} />}
          <SessionDetailsButton
            id={session.id}
            name={session.name}
            status={session.status}
            type={session.type}
          />
          {session.status !== 'Terminating' && <DeleteSessionButton session={session} />}
        </Group>
        {session.type === 'desktop' && running && (
          <>
            <Divider />
            <LazyMount part={desktopApps} fallback={<Skeleton height={72} />}>
              {({ DesktopApps }) => <DesktopApps sessionId={session.id} name={session.name} />}
            </LazyMount>
          </>
        )}
      </Stack>
    </Card>
  );
});
