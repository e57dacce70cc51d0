import { Group, Stack } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthStatus } from '@/auth/auth-context';
import { BusyButton } from '@/components/busy-button';
import { CopyLinkButton } from './copy-link-button';
import { launchDescribedBy } from './launch-described-by';
import { knownLaunchMessage } from './launch-messages';
import { LaunchOutcomeNotice } from './launch-outcome-notice';
import type { Readiness } from './launch-readiness';
import type { LaunchFormState } from './launch-state';
import { LaunchStatus, ReplicaProgress } from './launch-status';
import type { useLaunchAttempt } from './use-launch-attempt';

type LaunchAttempt = Pick<
  ReturnType<typeof useLaunchAttempt>,
  'outcome' | 'job' | 'progress' | 'retry' | 'dismiss'
>;

interface LaunchActionsProps {
  state: LaunchFormState;
  readiness: Readiness;
  attempt: LaunchAttempt;
  busy: boolean;
  maxInteractive: number | undefined;
  sessionsKnown: boolean;
  /** The session count's figures are still loading. */
  countPending: boolean;
  homeFraction: number | undefined;
  /** A refusal worth sending again: the form as it is now. */
  onResubmit: () => void;
  launchButton: RefObject<HTMLButtonElement | null>;
}

/** What stands between the form and a launch, what became of the last one, Launch itself and Copy link. */
export function LaunchActions({
  state,
  readiness,
  attempt,
  busy,
  maxInteractive,
  sessionsKnown,
  countPending,
  homeFraction,
  onResubmit,
  launchButton,
}: LaunchActionsProps) {
  const { t } = useTranslation();
  const authStatus = useAuthStatus();
  const { outcome } = attempt;
  const { replicas, blocker } = readiness;
  const refusal = outcome.phase === 'refused' ? knownLaunchMessage(outcome.error) : undefined;
  return (
    <Stack gap="sm">
      <LaunchStatus
        readiness={readiness}
        interactive={state.type !== 'headless'}
        maxInteractive={maxInteractive}
        sessionsKnown={sessionsKnown}
        countPending={countPending}
        homeFraction={homeFraction}
        refusedAtLimit={refusal?.key === 'limit' ? refusal.max : undefined}
      />
      <LaunchOutcomeNotice
        outcome={outcome}
        job={attempt.job}
        onResubmit={onResubmit}
        onRetry={attempt.retry}
        onDismiss={attempt.dismiss}
        launchButton={launchButton}
      />
      {outcome.phase === 'sending' && attempt.job && attempt.job.requests.length > 1 && (
        <ReplicaProgress launched={attempt.progress} replicas={attempt.job.requests.length} />
      )}
      {/* Form actions: Launch first; further actions on the form go beside it. */}
      <Group gap="sm">
        <BusyButton
          ref={launchButton}
          type="submit"
          leftSection={<IconRocket size={16} aria-hidden />}
          busy={busy}
          disabled={blocker !== undefined || outcome.phase === 'unknown'}
          aria-describedby={launchDescribedBy(outcome, blocker, authStatus)}
        >
          {replicas > 1 ? t('launch.form.submitReplicas', { count: replicas }) : t('launch.form.submit')}
        </BusyButton>
      </Group>
      <CopyLinkButton state={state} />
    </Stack>
  );
}
