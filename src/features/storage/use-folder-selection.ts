import { useMemo, useState } from 'react';
import type { StorageEntry } from '@/api/storage/listing';
import { emptySelection, pruneSelectionTo, type Selection } from './selection';

/** The selection over the rows shown: rows filtered away or gone from the listing drop out of it. */
export function useFolderSelection(visible: readonly StorageEntry[]) {
  const [state, setSelection] = useState<Selection>(emptySelection);
  const selection = pruneSelectionTo(state, visible);
  const selected = useMemo(
    () =>
      selection.selected.size === 0 ? [] : visible.filter((entry) => selection.selected.has(entry.path)),
    [visible, selection.selected],
  );
  return { selection, selected, setSelection };
}
