import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { readPageParam } from './route-params';

/**
 * A list's page and filters live in the URL, so a view can be shared, bookmarked and survives a sign-in
 * redirect. Typing in a filter replaces the history entry and goes back to page 1; turning a page adds one.
 */
export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();

  function setFilter(name: string, value: string) {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }

  function setPage(page: number) {
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (page > 1) next.set('page', String(page));
      else next.delete('page');
      return next;
    });
  }

  return {
    page: readPageParam(searchParams.get('page')),
    filter: (name: string) => searchParams.get(name) ?? '',
    setFilter,
    setPage,
  };
}

interface TextFilterState {
  text: string;
  /** The URL value last rendered. */
  seen: string;
  /** Values this input wrote to the URL that may still be on their way (navigation runs in a transition). */
  written: string[];
}

/**
 * A text filter kept in the URL. The input holds its own state: bound to the URL directly, keystrokes typed
 * while a navigation is still pending would be overwritten by the older value. A URL change this input did not
 * write (a link, Back) replaces the text.
 */
export function useTextFilter(name: string): [string, (value: string) => void] {
  const list = useListParams();
  const urlValue = list.filter(name);
  const [state, setState] = useState<TextFilterState>({ text: urlValue, seen: urlValue, written: [] });
  if (urlValue !== state.seen) {
    const ours = state.written.includes(urlValue);
    const converged = urlValue === state.text;
    setState({
      text: ours ? state.text : urlValue,
      seen: urlValue,
      written: ours && !converged ? state.written : [],
    });
  }
  return [
    state.text,
    (value: string) => {
      setState((previous) => ({
        ...previous,
        text: value,
        written: [...previous.written, value].slice(-50),
      }));
      list.setFilter(name, value);
    },
  ];
}
