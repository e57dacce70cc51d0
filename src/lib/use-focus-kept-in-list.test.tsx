import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusKeptInList } from './use-focus-kept-in-list';

function List({ items }: { items: readonly string[] }) {
  const list = useRef<HTMLUListElement>(null);
  const fallback = useRef<HTMLButtonElement>(null);
  useFocusKeptInList(list, fallback, items);
  return (
    <>
      <button ref={fallback}>New</button>
      {items.length > 0 && (
        <ul ref={list}>
          {items.map((item) => (
            <li key={item}>
              <button>Open {item}</button>
              <button>Delete {item}</button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Items as the session tiles have them: the words alike, the names in the labels, Delete after Events, so a
 * control's place in another item points to the wrong one.
 */
function Tiles({ items }: { items: readonly { name: string; open?: boolean; ending?: boolean }[] }) {
  const list = useRef<HTMLDivElement>(null);
  const fallback = useRef<HTMLButtonElement>(null);
  useFocusKeptInList(list, fallback, items);
  return (
    <div ref={list}>
      {items.map((item) => (
        <article key={item.name}>
          {item.open && <button aria-label={`Open ${item.name}`}>Open</button>}
          <button aria-label={`Events ${item.name}`}>Events</button>
          {!item.ending && <button aria-label={`Delete ${item.name}`}>Delete</button>}
        </article>
      ))}
    </div>
  );
}

function focus(name: string) {
  const button = [...document.querySelectorAll('button')].find((element) => element.textContent === name);
  if (!button) throw new Error(`no button ${name}`);
  button.focus();
}

describe('focus kept in a list whose items go', () => {
  it('moves to the same control of the item now in the place of the one that went', () => {
    const { rerender } = render(<List items={['a', 'b', 'c']} />);
    focus('Delete b');
    rerender(<List items={['a', 'c']} />);
    expect(document.activeElement).toHaveTextContent('Delete c');
  });

  it('finds the same control by its words in an item that shows more controls than the one that went', () => {
    // the item being deleted has lost its Open (it is ending); the next one still has it
    const { rerender } = render(<Tiles items={[{ name: 'a' }, { name: 'b', open: true }]} />);
    screen.getByRole('button', { name: 'Delete a' }).focus();
    rerender(<Tiles items={[{ name: 'b', open: true }]} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete b' }));
  });

  it('goes on to the next item’s same control after standing in on another while the item ended', () => {
    const { rerender } = render(<Tiles items={[{ name: 'a' }, { name: 'b' }]} />);
    screen.getByRole('button', { name: 'Delete a' }).focus();
    // a, ending, loses its Delete: its Events stands in
    rerender(<Tiles items={[{ name: 'a', ending: true }, { name: 'b' }]} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Events a' }));
    rerender(<Tiles items={[{ name: 'b' }]} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete b' }));
  });

  it('moves to the item before when the last one went, then to the fallback when none is left', () => {
    const { rerender } = render(<List items={['a', 'b']} />);
    focus('Delete b');
    rerender(<List items={['a']} />);
    expect(document.activeElement).toHaveTextContent('Delete a');
    rerender(<List items={[]} />);
    expect(document.activeElement).toHaveTextContent('New');
  });

  it('leaves focus alone when the user has moved on, or the focused item stays', () => {
    const { rerender } = render(<List items={['a', 'b', 'c']} />);
    focus('Delete b');
    rerender(<List items={['b', 'c']} />);
    expect(document.activeElement).toHaveTextContent('Delete b');
    focus('New');
    rerender(<List items={['c']} />);
    expect(document.activeElement).toHaveTextContent('New');
  });
});
