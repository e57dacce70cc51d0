/** Which rows are selected, by path, and where the keyboard cursor and the shift-range anchor are. */
export interface Selection {
  selected: ReadonlySet<string>;
  /** Index of the active row in the visible rows. */
  active: number;
  /** Index a shift-click or shift-arrow extends from. */
  anchor: number;
}

export const emptySelection: Selection = { selected: new Set(), active: 0, anchor: 0 };

const range = (paths: readonly string[], from: number, to: number) =>
  new Set(paths.slice(Math.min(from, to), Math.max(from, to) + 1));

/** A click: alone, with Ctrl/⌘ (toggle one) or with Shift (the range from the anchor). */
export function clickRow(
  selection: Selection,
  paths: readonly string[],
  index: number,
  modifiers: { shift: boolean; toggle: boolean },
): Selection {
  const path = paths[index];
  if (path === undefined) return selection;
  if (modifiers.shift)
    return { selected: range(paths, selection.anchor, index), active: index, anchor: selection.anchor };
  if (modifiers.toggle) return { selected: toggled(selection.selected, path), active: index, anchor: index };
  return { selected: new Set([path]), active: index, anchor: index };
}

function toggled(selected: ReadonlySet<string>, path: string): Set<string> {
  const next = new Set(selected);
  if (next.has(path)) next.delete(path);
  else next.add(path);
  return next;
}

/** Space: toggles the active row. */
export function toggleActive(selection: Selection, paths: readonly string[]): Selection {
  const path = paths[selection.active];
  if (path === undefined) return selection;
  return { ...selection, selected: toggled(selection.selected, path), anchor: selection.active };
}

/** Arrow keys and friends: moves the cursor; with Shift, selects the range from the anchor. */
export function moveActive(
  selection: Selection,
  paths: readonly string[],
  to: number,
  shift: boolean,
): Selection {
  if (paths.length === 0) return selection;
  const active = Math.max(0, Math.min(paths.length - 1, to));
  if (shift) return { selected: range(paths, selection.anchor, active), active, anchor: selection.anchor };
  return { ...selection, active, anchor: active };
}

export const selectAll = (paths: readonly string[], selection: Selection): Selection => ({
  ...selection,
  selected: new Set(paths),
});

/** Keeps only rows still visible (after a filter or a refresh), and the cursor in range. */
export function pruneSelection(selection: Selection, paths: readonly string[]): Selection {
  const last = Math.max(0, paths.length - 1);
  if (selection.selected.size === 0 && selection.active <= last && selection.anchor <= last) return selection;
  const visible = new Set(paths);
  const selected = new Set([...selection.selected].filter((path) => visible.has(path)));
  const unchanged =
    selected.size === selection.selected.size && selection.active <= last && selection.anchor <= last;
  return unchanged
    ? selection
    : { selected, active: Math.min(selection.active, last), anchor: Math.min(selection.anchor, last) };
}

/**
 * The cursor and the anchor moved with their rows from `before` to `after` (a sort, rows listed above them):
 * Enter and Shift then act from the file the user left them on. A row gone keeps its place, within range.
 */
export function followRows(
  selection: Selection,
  before: readonly { path: string }[],
  after: readonly { path: string }[],
): Selection {
  const follow = (index: number) => {
    const path = before[index]?.path;
    if (path === undefined || after[index]?.path === path) return index;
    const moved = after.findIndex((row) => row.path === path);
    return moved === -1 ? index : moved;
  };
  const active = follow(selection.active);
  const anchor = selection.anchor === selection.active ? active : follow(selection.anchor);
  return active === selection.active && anchor === selection.anchor
    ? selection
    : { ...selection, active, anchor };
}

/** `pruneSelection` against rows: their paths are only listed when something is selected. */
export function pruneSelectionTo(selection: Selection, rows: readonly { path: string }[]): Selection {
  const last = Math.max(0, rows.length - 1);
  if (selection.selected.size === 0 && selection.active <= last && selection.anchor <= last) return selection;
  return pruneSelection(selection, pathsOf(rows));
}

const rowPaths = new WeakMap<readonly { path: string }[], readonly string[]>();

/** The rows' paths, listed once per rows array and only when asked (a 100,000-row map is not free). */
export function pathsOf(rows: readonly { path: string }[]): readonly string[] {
  let paths = rowPaths.get(rows);
  if (!paths) {
    paths = rows.map((row) => row.path);
    rowPaths.set(rows, paths);
  }
  return paths;
}
