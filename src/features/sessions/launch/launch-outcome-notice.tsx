import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconHelpTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { endedSignIn, isApiError } from '@/api/http/api-error';
import { PartialLaunchError } from '@/api/skaha/session-mutations';
import { useAuthStatus } from '@/auth/auth-context';
import { describeError } from '@/components/describe-error';
import { isFocusLost } from '@/lib/focus';
import { paths } from '@/lib/paths';
import { isWorthRetrying } from './launch-readiness';
import { LaunchRejected } from './launch-rejected';
import type { LaunchJob, LaunchOutcome } from './use-launch-attempt';

/** The unknown outcome's alert, which describes Launch while it is disabled. */
export const UNKNOWN_OUTCOME_ID = 'launch-outcome-unknown';
/** The note that a launch stopped by an expired sign-in was not sent, which describes Launch. */
export const NOT_SENT_ID = 'launch-outcome-not-sent';

/**
 * A launch refused because the sign-in had expired, now that the user has signed in again: nothing was
 * started, and Launch sends it. While the sign-in dialog is open it says so itself.
 */
export function isNotSentForSignIn(outcome: LaunchOutcome, authStatus: string | undefined): boolean {
  return outcome.phase === 'refused' && authStatus === 'signedIn' && endedSignIn(outcome.error);
}

interface LaunchOutcomeNoticeProps {
  outcome: LaunchOutcome;
  job: LaunchJob | undefined;
  /** A refusal worth sending again: the form as it is now. */
  onResubmit: () => void;
  /** The same launch again (after an unknown outcome), or the replicas never sent (after a found one). */
  onRetry: () => void;
  onDismiss: () => void;
  /** Launch, disabled once the outcome is unknown: the keyboard on it goes to Try again. */
  launchButton: RefObject<HTMLButtonElement | null>;
}

/** What became of the last press of Launch, when it did not simply go through. */
export function LaunchOutcomeNotice({
  outcome,
  job,
  onResubmit,
  onRetry,
  onDismiss,
  launchButton,
}: LaunchOutcomeNoticeProps) {
  const { t } = useTranslation();
  const authStatus = useAuthStatus();
  const retryButton = useRef<HTMLButtonElement>(null);
  const isUnknown = outcome.phase === 'unknown';
  useEffect(() => {
    // A disabled button loses the keyboard to the page (Chromium): Try again, which sends the launch again
    // only if it is not there, is where the user who pressed Launch carries on. Elsewhere, it is left be.
    if (isUnknown && (isFocusLost(document) || document.activeElement === launchButton.current))
      retryButton.current?.focus();
  }, [isUnknown, launchButton]);
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
      if (isNotSentForSignIn(outcome, authStatus))
        return (
          <Alert
            id={NOT_SENT_ID}
            color="blue"
            variant="light"
            role="status"
            icon={<IconInfoCircle aria-hidden />}
            title={t('launch.outcome.notSentTitle')}
          >
            <Text size="sm">{t('launch.outcome.notSent')}</Text>
          </Alert>
        );
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
          <Text size="sm">
            {/* an answer that is not the service's (a proxy's 504) is said as it is, not as a lost connection */}
            {isApiError(outcome.error) && outcome.error.status > 0
              ? t('launch.outcome.checkingStatus', { name, status: outcome.error.status })
              : t('launch.outcome.checking', { name })}
          </Text>
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
              <Button ref={retryButton} size="xs" variant="default" onClick={onRetry}>
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
