import { isNotSentForSignIn, NOT_SENT_ID, UNKNOWN_OUTCOME_ID } from './launch-outcome-notice';
import type { LaunchBlocker } from './launch-readiness';
import { BLOCKER_IDS } from './launch-status';
import { DUPLICATE_NOTICE_ID } from './name-field';
import type { LaunchOutcome } from './use-launch-attempt';

const BLOCKER_NOTICES: Record<LaunchBlocker, string> = {
  unchecked: BLOCKER_IDS.unchecked,
  limit: BLOCKER_IDS.limit,
  home: BLOCKER_IDS.home,
  duplicate: DUPLICATE_NOTICE_ID,
  job: BLOCKER_IDS.job,
};

/**
 * The id of the notice that says why Launch is disabled, or that the launch it sent was not sent after all
 * (an expired sign-in, now renewed); undefined when nothing needs saying.
 */
export function launchDescribedBy(
  outcome: LaunchOutcome,
  blocker: LaunchBlocker | undefined,
  authStatus: string | undefined,
): string | undefined {
  if (outcome.phase === 'unknown') return UNKNOWN_OUTCOME_ID;
  if (blocker !== undefined) return BLOCKER_NOTICES[blocker];
  return isNotSentForSignIn(outcome, authStatus) ? NOT_SENT_ID : undefined;
}
