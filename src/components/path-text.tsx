import { dottedSegments, pathSegments } from '../lib/path-segments';
import classes from './path-text.module.css';

/**
 * An image reference or path (text, never markup) that wraps between its parts, after a `/` or `:`; a part too
 * long for a line on its own still wraps inside rather than overflowing. `dotted`: a key that wraps after its dots.
 */
export function PathText({ text, dotted = false }: { text: string; dotted?: boolean }) {
  return (dotted ? dottedSegments(text) : pathSegments(text)).map((segment, index) => (
    // the parts of one text never change order, so their position is a stable key
    <span key={index} className={classes.segment}>
      {segment}
    </span>
  ));
}
