import { describe, expect, it } from 'vitest';
import { ApiError, markEndedSignIn } from '@/api/http/api-error';
import { launchDescribedBy } from './launch-described-by';
import type { LaunchOutcome } from './use-launch-attempt';

const expired = () => {
  const error = new ApiError({ service: 'skaha', kind: 'http', status: 401, message: 'expired' });
  markEndedSignIn(error);
  return error;
};

describe('launchDescribedBy', () => {
  it('points at the unknown outcome first, whatever else blocks Launch', () => {
    const unknown: LaunchOutcome = { phase: 'unknown', error: new Error('timeout'), listRead: true };
    expect(launchDescribedBy(unknown, 'limit', 'signedIn')).toBe('launch-outcome-unknown');
  });

  it('points at the notice of what blocks Launch', () => {
    const idle: LaunchOutcome = { phase: 'idle' };
    expect(launchDescribedBy(idle, 'limit', 'signedIn')).toBe('launch-blocked-limit');
    expect(launchDescribedBy(idle, 'home', 'signedIn')).toBe('launch-blocked-home');
    expect(launchDescribedBy(idle, 'duplicate', 'signedIn')).toBe('launch-duplicate-name');
    expect(launchDescribedBy(idle, 'job', 'signedIn')).toBe('launch-blocked-job');
    expect(launchDescribedBy(idle, undefined, 'signedIn')).toBeUndefined();
  });

  it('points at the note that a launch stopped by an expired sign-in was not sent, once signed in again', () => {
    const refused: LaunchOutcome = { phase: 'refused', error: expired() };
    expect(launchDescribedBy(refused, undefined, 'signedIn')).toBe('launch-outcome-not-sent');
    expect(launchDescribedBy(refused, undefined, 'expired')).toBeUndefined();
    expect(
      launchDescribedBy({ phase: 'refused', error: new Error('400') }, undefined, 'signedIn'),
    ).toBeUndefined();
  });
});
