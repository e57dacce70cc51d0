import { nameEnds } from './name-ends';
import classes from './storage.module.css';

/**
 * A name that, where its box is narrow, is cut in its middle and keeps its end (name-ends.ts). The box takes
 * `cutNameClass(name)` beside its own classes, which lets the two parts share its line.
 */
export function CutName({ name }: { name: string }) {
  const { head, tail } = nameEnds(name);
  if (tail === '') return name;
  return (
    <>
      <span className={classes.cutHead}>{head}</span>
      <span className={classes.cutTail}>{tail}</span>
    </>
  );
}

export const cutNameClass = (name: string) => (nameEnds(name).tail === '' ? '' : classes.cutSplit);
