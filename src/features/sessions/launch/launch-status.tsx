import { Alert, Anchor, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { TextLinePlaceholder } from '@/components/text-line-placeholder';
import { useFormatters } from '../format';
import type { Readiness } from './launch-readiness';

export const BLOCKER_IDS = {
  unchecked: 'launch-blocked-unchecked',
  limit: 'launch-blocked-limit',
  home: 'launch-blocked-home',
  job: 'launch-blocked-job',
} as const;

interface LaunchStatusProps {
  readiness: Readiness;
  interactive: boolean;
  maxInteractive: number | undefined;
  sessionsKnown: boolean;
  /** The count's figures are still loading: its line is held, so it does not move Launch when it comes. */
  countPending: boolean;
  homeFraction: number | undefined;
  /** The limit skaha's refusal of the last launch said was reached, if it was refused so. */
  refusedAtLimit?: number | undefined;
}

/**
 * What stands between the form and a launch: the interactive count and limit, the home folder, and a headless
 * job's fields that skaha would refuse.
 */
export function LaunchStatus({
  readiness,
  interactive,
  maxInteractive: max,
  sessionsKnown,
  countPending,
  homeFraction,
  refusedAtLimit,
}: LaunchStatusProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  // skaha counts what the list does not show (a session still ending, say): the list is read again after a
  // refusal (session-mutations.ts), and where it still counts fewer the line says both rather than contradict
  // the refusal above it
  const countedMore = refusedAtLimit !== undefined && readiness.active < refusedAtLimit;
  return (
    <>
      {readiness.blocker === 'unchecked' && (
        <Alert color="orange" variant="light" id={BLOCKER_IDS.unchecked} role="status">
          {t('launch.form.uncheckedBlocked')}
        </Alert>
      )}
      {interactive && max !== undefined && sessionsKnown && (
        <Text size="sm">
          {countedMore
            ? t('launch.form.interactiveCountRefused', { count: readiness.active, max: refusedAtLimit })
            : t('launch.form.interactiveCount', { count: readiness.active, max })}
        </Text>
      )}
      {interactive && countPending && <TextLinePlaceholder width={220} />}
      {readiness.atLimit && max !== undefined && (
        <Alert color="orange" variant="light" id={BLOCKER_IDS.limit} role="status">
          {t('launch.form.limitReached', { max })}{' '}
          <Anchor component={Link} to={paths.sessions()} size="sm">
            {t('launch.form.toSessions')}
          </Anchor>
        </Alert>
      )}
      {readiness.homeFull && (
        <Alert color="red" variant="light" id={BLOCKER_IDS.home} role="status">
          {t('launch.form.homeFull')} <FreeSpaceLink />
        </Alert>
      )}
      {readiness.jobProblem && (
        <Alert color="red" variant="light" id={BLOCKER_IDS.job} role="status">
          {t('launch.form.jobBlocked')}
        </Alert>
      )}
      {readiness.homeNearlyFull && homeFraction !== undefined && (
        <Alert color="yellow" variant="light" role="status">
          {t('launch.form.homeNearlyFull', { percent: format.percent(homeFraction) })} <FreeSpaceLink />
        </Alert>
      )}
    </>
  );
}

/**
 * Where the space is freed: Storage opens at the user's home. In the alert's text colour, underlined: the
 * theme's link blue is 3.9:1 on the dark yellow alert.
 */
function FreeSpaceLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.storage()} size="sm" c="inherit" underline="always">
      {t('launch.form.freeSpace')}
    </Anchor>
  );
}

/** Replicas launch one POST at a time: how many are through. */
export function ReplicaProgress({ launched, replicas }: { launched: number; replicas: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Progress value={(launched / replicas) * 100} aria-label={t('launch.form.progressLabel')} animated />
      <Text size="sm" aria-live="polite">
        {t('launch.form.progress', { launched, count: replicas })}
      </Text>
    </Stack>
  );
}
