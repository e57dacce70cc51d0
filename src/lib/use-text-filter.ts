import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import {
  UNSAFE_NavigationContext,
  useHref,
  useLocation,
  useNavigate,
  useNavigationType,
  useSearchParams,
  NavigationType,
  type NavigateOptions,
  type Navigator,
} from 'react-router';

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

/** Where the history is: the location last navigated to, shown yet or not. */
interface HistoryPlace {
  /** With the router's basename. */
  pathname: string;
  search: string;
  key: string;
}

/**
 * The history's own location. A declarative router's navigator is its history, which has it (undefined for
 * any other navigator): React Router shows a new location in a transition, so useLocation still gives the one
 * before for a moment after a navigation, longer on a busy page.
 */
function historyPlace(navigator: Navigator): HistoryPlace | undefined {
  if (!('location' in navigator)) return undefined;
  const { location } = navigator;
  if (typeof location !== 'object' || location === null) return undefined;
  if (!('pathname' in location && 'search' in location && 'key' in location)) return undefined;
  const { pathname, search, key } = location;
  return typeof pathname === 'string' && typeof search === 'string' && typeof key === 'string'
    ? { pathname, search, key }
    : undefined;
}

/** A write of the shown page's query: `update` gets it as last written. */
type SearchParamsWrite = (
  update: (latest: URLSearchParams) => URLSearchParams,
  options?: NavigateOptions,
) => void;

/**
 * useSearchParams, but a write starts from the query last written rather than the one last shown. React
 * Router's setSearchParams(fn) hands fn the shown query, which lags a navigation until its transition commits:
 * a second change in that time (the session type right after clearing the tag filter) undid the first. Every
 * write to a list's query goes through here, so each keeps the ones before it whatever their order.
 */
export function useLatestSearchParams(): [URLSearchParams, SearchParamsWrite] {
  const [searchParams] = useSearchParams();
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const location = useLocation();
  const here = useHref(location.pathname);
  const navigate = useNavigate();
  const shownSearch = location.search;
  // stable while the page shows the same address, as React Router's own setter: effects may depend on it
  const write = useCallback<SearchParamsWrite>(
    (update, options) => {
      const latest = historyPlace(navigator);
      // A navigation to another page that has not shown yet: the shown query, as before (this page is leaving).
      const search = latest?.pathname === here ? latest.search : shownSearch;
      void navigate(`?${update(new URLSearchParams(search)).toString()}`, options);
    },
    [navigator, here, shownSearch, navigate],
  );
  return [searchParams, write];
}

/**
 * A text filter kept in the URL. The input holds its own text: bound to the URL directly, keystrokes typed
 * while a navigation is still pending could be overwritten by an older value (textAfterCommit says when the
 * URL wins). A new filter goes back to a paged list's first page.
 */
export function useTextFilter(name: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useLatestSearchParams();
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const location = useLocation();
  const urlValue = searchParams.get(name) ?? '';
  const [text, setText] = useState(urlValue);
  const committed = useRef(urlValue);
  // Back and Forward bring an entry as it was, this input's own or not: its value is the one shown
  const isOwnChange = useNavigationType() !== NavigationType.Pop && isFilterChange(location.state, name);
  // After the commit, so it reads the location React shows, never one a pending navigation is replacing.
  useEffect(() => {
    // A newer location is on its way (the history is past this one): its commit decides. This older one would
    // put back a value the user has since changed, theirs or one a select's write carried.
    if ((historyPlace(navigator)?.key ?? location.key) !== location.key) return;
    const previousUrlValue = committed.current;
    committed.current = urlValue;
    // The router is the external system here: its committed location replaces the text when a link or Back
    // changed it, which no event handler of this input sees.
    setText((typed) => textAfterCommit(typed, { urlValue, previousUrlValue, isOwnChange }));
  }, [navigator, isOwnChange, urlValue, location.key]);
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
