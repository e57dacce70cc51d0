import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

const FILTER_STATE = 'textFilter';

/** The history state this filter's input writes with each change. */
export const filterState = (name: string) => ({ [FILTER_STATE]: name });

/** The history entry was written by this filter's input (its state names the filter). */
export function isFilterChange(state: unknown, name: string): boolean {
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

/** What a committed location leaves in a filter's input. */
export interface FilterCommit {
  /** The filter's value in the committed URL. */
  urlValue: string;
  /** Its value in the location committed before. */
  previousUrlValue: string;
  /** The location is one this input wrote (the history entry's state says so). */
  isOwnChange: boolean;
}

/**
 * The input's text once a location commits: the URL's value where something else changed it (a link, Back),
 * else the text as typed. A navigation that leaves the filter alone (rows per page, a page turn) may commit
 * after the user typed, since navigations run in a transition: its older URL must not replace the text.
 */
export function textAfterCommit(text: string, commit: FilterCommit): string {
  return !commit.isOwnChange && commit.urlValue !== commit.previousUrlValue ? commit.urlValue : text;
}

/**
 * A text filter kept in the URL. The input holds its own text: bound to the URL directly, keystrokes typed
 * while a navigation is still pending could be overwritten by an older value (textAfterCommit says when the
 * URL wins). A new filter goes back to a paged list's first page.
 */
export function useTextFilter(name: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const urlValue = searchParams.get(name) ?? '';
  const [text, setText] = useState(urlValue);
  const committed = useRef(urlValue);
  const isOwnChange = isFilterChange(location.state, name);
  // After the commit, so it reads the location React shows, never one a pending navigation is replacing.
  useEffect(() => {
    const previousUrlValue = committed.current;
    committed.current = urlValue;
    // The router is the external system here: its committed location replaces the text when a link or Back
    // changed it, which no event handler of this input sees.
    setText((typed) => textAfterCommit(typed, { urlValue, previousUrlValue, isOwnChange }));
  }, [isOwnChange, urlValue, location.key]);
  return [
    text,
    (value: string) => {
      setText(value);
      setSearchParams((previous) => withFilter(previous, name, value), {
        replace: true,
        state: filterState(name),
      });
    },
  ];
}
