import { useState } from 'react';

/**
 * A query's error, still given while a retry of it runs. A query with no data goes back to pending when asked
 * again, which would take its alert away, and with it the Try again that had focus, until the answer.
 */
export function useHeldError<E>(query: { error: E | null; isFetching: boolean }): E | null {
  const [held, setHeld] = useState<E | null>(null);
  const shown = query.error ?? (query.isFetching ? held : null);
  if (shown !== held) setHeld(shown);
  return shown;
}
