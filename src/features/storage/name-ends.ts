import { baseNameEnd } from './names';

/** Names up to this many characters are shown whole or cut at their end; longer ones keep their end in view. */
const SPLIT_FROM = 24;
const MIN_TAIL = 10;

/**
 * A long name as the part that may be cut and the end that stays: `reduction-pipeline-…-v1.ipynb` rather than
 * `reduction-pipeline-c…`, so names that differ only at their end (`-v1`, `-v2`) and their type stay readable
 * where the column is narrow, as in a desktop file manager. The tail is the extension and a few characters
 * before it; a short name has no tail.
 */
export function nameEnds(name: string): { head: string; tail: string } {
  const characters = Array.from(name);
  if (characters.length <= SPLIT_FROM) return { head: name, tail: '' };
  const extension = Array.from(name.slice(baseNameEnd(name))).length;
  const tailLength = Math.min(Math.max(MIN_TAIL, extension + 6), characters.length - MIN_TAIL);
  return {
    head: characters.slice(0, -tailLength).join(''),
    tail: characters.slice(-tailLength).join(''),
  };
}
