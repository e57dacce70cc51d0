import { useState } from 'react';
import type { StorageEntry } from '@/api/storage/listing';
import { childOnTheWay, markRow } from './marked-row';
import type { Selection } from './selection';

interface MarkedRowOptions {
  path: string;
  /** The folder below this one the user came back from, if any. */
  cameFrom: string | undefined;
  /** The listing's rows, undefined until it is in. */
  entries: readonly StorageEntry[] | undefined;
  visible: readonly StorageEntry[];
  isFetching: boolean;
  setSelection: (selection: Selection) => void;
}

/**
 * The row the user is on when they arrive, and after a rename or a new folder; both set while rendering, so the
 * first frame that shows the row already shows it marked. Returns the setter for what a dialog made.
 */
export function useMarkedRow({
  path,
  cameFrom,
  entries,
  visible,
  isFetching,
  setSelection,
}: MarkedRowOptions) {
  // Back (or a breadcrumb) from a folder below: its way down is the active row, selected and in view, as in a
  // desktop file manager, so the user is where they left this folder
  const [isArrivalMarked, setIsArrivalMarked] = useState(false);
  if (!isArrivalMarked && entries) {
    setIsArrivalMarked(true);
    const wayDown = cameFrom === undefined ? undefined : childOnTheWay(path, cameFrom);
    const mark = wayDown === undefined ? undefined : markRow(visible, wayDown);
    if (mark) setSelection(mark);
  }

  // What a rename or a new folder made: selected and active once the listing (read again before the dialog
  // reports) shows it, so the keys that follow act on it, not on the row that took its old place
  const [made, setMade] = useState<string>();
  if (made !== undefined && entries) {
    const mark = markRow(visible, made);
    if (mark) setSelection(mark);
    if (mark || !isFetching) setMade(undefined);
  }
  return setMade;
}
