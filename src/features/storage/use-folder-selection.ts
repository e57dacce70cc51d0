import { useCallback, useMemo, useState } from 'react';
import type { StorageEntry } from '@/api/storage/listing';
import { emptySelection, followRows, pruneSelectionTo, type Selection } from './selection';

/**
 * The selection over the rows shown: rows filtered away or gone from the listing drop out of it, and the cursor
 * and the shift anchor stay on their files when the rows move (a sort, new files listed above them).
 */
export function useFolderSelection(visible: readonly StorageEntry[]) {
  // The rows a selection's indexes were set against.
  const [state, setState] = useState<{ selection: Selection; rows: readonly StorageEntry[] }>({
    selection: emptySelection,
    rows: visible,
  });
  // A selection is made against the rows on screen: its indexes are theirs.
  const setSelection = useCallback(
    (selection: Selection) => {
      setState({ selection, rows: visible });
    },
    [visible],
  );
  const followed = useMemo(
    () => (state.rows === visible ? state.selection : followRows(state.selection, state.rows, visible)),
    [state, visible],
  );
  const selection = pruneSelectionTo(followed, visible);
  const selected = useMemo(
    () =>
      selection.selected.size === 0 ? [] : visible.filter((entry) => selection.selected.has(entry.path)),
    [visible, selection.selected],
  );
  return { selection, selected, setSelection };
}
