import * as z from 'zod/mini';

/**
 * The filter as typed, before it reaches the address (`?q=`): `locationKey` is the history entry it was typed on.
 * Rewriting the address on every keystroke would re-render the whole portal under the router, so the address
 * follows once typing pauses; until then the input shows the draft.
 */
export interface FilterDraft {
  value: string;
  locationKey: string;
}

/** The history state the folder view writes with its own address updates, to tell them from a link or Back. */
const OwnViewWrite = z.object({ storageViewWrite: z.literal(true) });
export const ownViewWriteState: z.infer<typeof OwnViewWrite> = { storageViewWrite: true };

const isOwnViewWrite = (state: unknown) => OwnViewWrite.safeParse(state).success;

/**
 * What the filter input shows: the draft while the address is the one it was typed on, or one the folder view
 * wrote itself (typing, a sort, the hidden-files switch); any other change of address (a link, Back, the Home button) wins over the draft.
 */
export function shownFilter(
  draft: FilterDraft | undefined,
  location: { filter: string; key: string; state: unknown },
): string {
  if (draft && (draft.locationKey === location.key || isOwnViewWrite(location.state))) return draft.value;
  return location.filter;
}
