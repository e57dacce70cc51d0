import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

const FILTER_STATE = 'textFilter';

function isFilterChange(state: unknown, name: string): boolean {
  return typeof state === 'object' && state !== null && FILTER_STATE in state && state[FILTER_STATE] === name;
}

/** The query with one filter set (or removed when empty), back on a paged list's first page. */
export function withFilter(previous: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(previous);
  if (value) next.set(name, value);
  else next.delete(name);
  next.delete('page');
  return next;
}

/**
 * A text filter kept in the URL. The input holds its own text: bound to the URL directly, keystrokes typed
 * while a navigation is still pending (navigations run in a transition) could be overwritten by an older value.
 * The URL only replaces the text when it changed for another reason (a link, Back), which the history entry's
 * state tells apart from this input's own changes. A new filter goes back to a paged list's first page.
 */
export function useTextFilter(name: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const urlValue = searchParams.get(name) ?? '';
  const [text, setText] = useState(urlValue);
  const isOwnChange = isFilterChange(location.state, name);
  // After the commit, so it reads the location React shows, never one a pending navigation is replacing.
  useEffect(() => {
    // The router is the external system here: its committed location replaces the text when a link or Back
    // changed it, which no event handler of this input sees.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!isOwnChange) setText(urlValue);
  }, [isOwnChange, urlValue, location.key]);
  return [
    text,
    (value: string) => {
      setText(value);
      setSearchParams((previous) => withFilter(previous, name, value), {
        replace: true,
        state: { [FILTER_STATE]: name },
      });
    },
  ];
}
