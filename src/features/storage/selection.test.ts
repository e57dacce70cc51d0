// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  clickRow,
  emptySelection,
  followRows,
  moveActive,
  pruneSelection,
  pruneSelectionTo,
  toggleActive,
  type Selection,
} from './selection';

const PATHS = ['/a', '/b', '/c', '/d', '/e'];
const selected = (selection: Selection) => [...selection.selected].sort();

describe('selecting rows', () => {
  it('selects one row with a click, toggles with Ctrl, and a range from the anchor with Shift', () => {
    let selection = clickRow(emptySelection, PATHS, 1, { shift: false, toggle: false });
    expect(selected(selection)).toEqual(['/b']);
    selection = clickRow(selection, PATHS, 3, { shift: false, toggle: true });
    expect(selected(selection)).toEqual(['/b', '/d']);
    selection = clickRow(selection, PATHS, 1, { shift: true, toggle: false });
    expect(selected(selection)).toEqual(['/b', '/c', '/d']);
    expect(clickRow(selection, PATHS, 9, { shift: false, toggle: false })).toBe(selection);
  });

  it('moves the cursor within the rows, extending the range with Shift, and toggles with Space', () => {
    let selection = moveActive(emptySelection, PATHS, 7, false);
    expect(selection).toMatchObject({ active: 4, anchor: 4 });
    selection = moveActive(selection, PATHS, 2, true);
    expect(selected(selection)).toEqual(['/c', '/d', '/e']);
    selection = toggleActive(selection, PATHS);
    expect(selected(selection)).toEqual(['/d', '/e']);
  });
});

describe('pruning a selection to the rows left', () => {
  it('keeps the same selection while every selected row is still there', () => {
    const selection = { selected: new Set(['/b']), active: 1, anchor: 1 };
    expect(pruneSelection(selection, PATHS)).toBe(selection);
    expect(
      pruneSelectionTo(
        emptySelection,
        PATHS.map((path) => ({ path })),
      ),
    ).toBe(emptySelection);
  });

  it('drops rows a filter hid, and brings the cursor and the anchor back into range', () => {
    const selection = { selected: new Set(['/b', '/e']), active: 4, anchor: 3 };
    const pruned = pruneSelection(selection, ['/a', '/b']);
    expect(selected(pruned)).toEqual(['/b']);
    expect(pruned).toMatchObject({ active: 1, anchor: 1 });
  });

  it('brings the cursor back into range with nothing selected, and leaves it where it is in range', () => {
    const atEnd = { selected: new Set<string>(), active: 4, anchor: 4 };
    expect(pruneSelectionTo(atEnd, [{ path: '/a' }, { path: '/b' }])).toMatchObject({ active: 1, anchor: 1 });
    const justPast = { selected: new Set<string>(), active: 2, anchor: 2 };
    expect(pruneSelectionTo(justPast, [{ path: '/a' }, { path: '/b' }])).toMatchObject({
      active: 1,
      anchor: 1,
    });
    const anchorOut = { selected: new Set<string>(), active: 0, anchor: 4 };
    expect(pruneSelectionTo(anchorOut, [{ path: '/a' }, { path: '/b' }])).toMatchObject({
      active: 0,
      anchor: 1,
    });
    expect(pruneSelection(anchorOut, ['/a', '/b'])).toMatchObject({ active: 0, anchor: 1 });
  });
});

describe('following rows that moved', () => {
  const rows = (paths: readonly string[]) => paths.map((path) => ({ path }));

  it('keeps the cursor and the anchor on their files when the rows are sorted again', () => {
    const before = rows(PATHS);
    const after = rows(['/e', '/d', '/c', '/b', '/a']);
    const selection: Selection = { selected: new Set(['/b', '/c']), active: 2, anchor: 1 };
    expect(followRows(selection, before, after)).toEqual({
      selected: selection.selected,
      active: 2,
      anchor: 3,
    });
  });

  it('moves them down past rows listed above, and leaves a row gone where it was', () => {
    const selection: Selection = { selected: new Set(['/c']), active: 2, anchor: 2 };
    expect(followRows(selection, rows(PATHS), rows(['/0', '/1', ...PATHS]))).toMatchObject({
      active: 4,
      anchor: 4,
    });
    expect(followRows(selection, rows(PATHS), rows(['/a', '/b', '/d', '/e']))).toBe(selection);
  });
});
