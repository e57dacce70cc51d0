import { fireEvent, render, screen } from '@testing-library/react';
import { Router, UNSAFE_createMemoryHistory, type Location } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useTextFilter } from './use-text-filter';

function TagFilter() {
  const [tag, setTag] = useTextFilter('tag');
  return (
    <input
      aria-label="Tag"
      value={tag}
      onChange={(event) => {
        setTag(event.currentTarget.value);
      }}
    />
  );
}

/**
 * A router whose history moves at each navigation while it shows the location the test says: a browser's router
 * shows one in a transition, which commits when React gets to it, so an older one can show after a newer write.
 */
function renderTagFilter(route: string, basename: string) {
  const history = UNSAFE_createMemoryHistory({ initialEntries: [route] });
  const at = (location: Location) => (
    <Router basename={basename} location={location} navigator={history}>
      <TagFilter />
    </Router>
  );
  const { rerender } = render(at(history.location));
  return {
    history,
    show: (location: Location) => {
      rerender(at(location));
    },
  };
}

describe('a text filter whose navigations show late', () => {
  // under a base path too, as a deployment may put the portal: the history's path has it, the shown one not
  it.each(['/', '/science-portal'])(
    'keeps what was typed when an older address that carried the filter shows after it (base %s)',
    (basename) => {
      const list = basename === '/' ? '/list' : `${basename}/list`;
      const { history, show } = renderTagFilter(`${list}?tag=build-49`, basename);
      const box = screen.getByRole('textbox', { name: 'Tag' });
      fireEvent.change(box, { target: { value: 'a' } });
      // the session type chosen, its write carrying the text typed so far
      history.replace(`${list}?tag=a&type=carta`);
      const withType = history.location;
      fireEvent.change(box, { target: { value: 'ab' } });
      show(withType);
      expect(box).toHaveValue('ab');
      show(history.location);
      expect(box).toHaveValue('ab');
      expect(history.location.search).toBe('?tag=ab&type=carta');
    },
  );
});
