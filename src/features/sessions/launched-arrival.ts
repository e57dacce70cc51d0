const LAUNCHED = 'launchedSession';

/** The dashboard's history state after a launch: the session it made, whose tile takes focus once shown. */
export const launchedState = (id: string) => ({ [LAUNCHED]: id });

/** The session a launch that led to this history entry made, if its state says so. */
export function launchedSessionId(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !(LAUNCHED in state)) return undefined;
  const id = state[LAUNCHED];
  return typeof id === 'string' ? id : undefined;
}

const RENEW = 'renewSession';

/** The dashboard's history state from an ending-soon notice: the session whose Renew takes focus once shown. */
export const renewState = (id: string) => ({ [RENEW]: id });

/** The session whose renewal the link that led to this history entry offered, if its state says so. */
export function renewSessionId(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !(RENEW in state)) return undefined;
  const id = state[RENEW];
  return typeof id === 'string' ? id : undefined;
}
