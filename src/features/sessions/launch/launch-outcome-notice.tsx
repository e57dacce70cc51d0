import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconHelpTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PartialLaunchError } from '@/api/skaha/session-mutations';
import { describeError } from '@/components/describe-error';
import { paths } from '@/lib/paths';
import { isWorthRetrying } from './launch-readiness';
import { LaunchRejected } from './launch-rejected';
import type { LaunchJob, LaunchOutcome } from './use-launch-attempt';

/** The unknown outcome's alert, which describes Launch while it is disabled. */
export const UNKNOWN_OUTCOME_ID = 'launch-outcome-unknown';

interface LaunchOutcomeNoticeProps {
  outcome: LaunchOutcome;
  job: LaunchJob | undefined;
  /** A refusal worth sending again: the form as it is now. */
  onResubmit: () => void;
  /** The same launch again (after an unknown outcome), or the replicas never sent (after a found one). */
  onRetry: () => void;
  onDismiss: () => void;
}

/** What became of the last press of Launch, when it did not simply go through. */
export function LaunchOutcomeNotice({
  outcome,
  job,
  onResubmit,
  onRetry,
  onDismiss,
}: LaunchOutcomeNoticeProps) {
  const { t } = useTranslation();
  const total = job?.requests.length ?? 0;
  const done = job?.done ?? 0;
  const name = job?.requests[done]?.name ?? job?.requests[done - 1]?.name ?? '';
  const replicas = total > 1 && (
    <Text size="sm">{t('launch.outcome.replicas', { launched: done, count: total })}</Text>
  );
  switch (outcome.phase) {
    case 'idle':
    case 'sending':
    case 'launched':
      return null;
    case 'refused':
      return (
        <>
          <LaunchRejected
            error={outcome.error}
            onRetry={isWorthRetrying(outcome.error) ? onResubmit : undefined}
          />
          {outcome.error instanceof PartialLaunchError && (
            <Text size="sm" role="status">
              {t('launch.form.partial', { launched: done, count: total })}
            </Text>
          )}
        </>
      );
    case 'checking':
      return (
        <Alert
          color="blue"
          variant="light"
          role="status"
          icon={<Loader size={16} aria-hidden />}
          title={t('launch.outcome.checkingTitle')}
        >
          <Text size="sm">{t('launch.outcome.checking', { name })}</Text>
        </Alert>
      );
    case 'found':
      return (
        <Alert
          color="green"
          variant="light"
          role="status"
          icon={<IconCircleCheck aria-hidden />}
          title={t('launch.outcome.foundTitle', { name: outcome.session.name })}
        >
          <Stack gap="xs">
            <Text size="sm">{t('launch.outcome.found')}</Text>
            {replicas}
            <Group gap="sm">
              <Button component={Link} to={paths.sessions()} size="xs" variant="default">
                {t('launch.outcome.toSessions')}
              </Button>
              {done < total && (
                <Button size="xs" variant="default" onClick={onRetry}>
                  {t('launch.outcome.launchRest', { count: total - done })}
                </Button>
              )}
            </Group>
          </Stack>
        </Alert>
      );
    case 'unknown':
      return (
        <Alert
          id={UNKNOWN_OUTCOME_ID}
          color="orange"
          // Mantine's orange title is 3.6:1 on its light background: the text colour passes in both schemes
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          variant="light"
          role="alert"
          icon={<IconHelpTriangle aria-hidden />}
          title={t('launch.outcome.unknownTitle')}
        >
          <Stack gap="xs">
            <Text size="sm">{t('launch.outcome.unknown', { name })}</Text>
            <Text size="sm">
              {t(outcome.listRead ? 'launch.outcome.listAbsent' : 'launch.outcome.listUnreadable')}
            </Text>
            {replicas}
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {describeError(outcome.error, t)}
            </Text>
            <Text size="sm">{t('launch.outcome.retryHint', { name })}</Text>
            <Group gap="sm">
              <Button size="xs" variant="default" onClick={onRetry}>
                {t('errors.retry')}
              </Button>
              <Button size="xs" variant="subtle" onClick={onDismiss}>
                {t('launch.outcome.dismiss')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
  }
}
