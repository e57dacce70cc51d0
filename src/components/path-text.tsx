import { Fragment } from 'react';
import { dottedSegments, pathSegments } from '../lib/path-segments';
import classes from './path-text.module.css';

/**
 * An image reference or path (text, never markup) that wraps between its parts, after a `/` or `:`; a part too
 * long for a line on its own still wraps inside rather than overflowing. `dotted`: a key that wraps after its dots.
 */
export function PathText({
  text,
  dotted = false,
  inline = false,
}: {
  text: string;
  dotted?: boolean;
  /**
   * Plain text with a break point after each part, for a block clamped to a few lines (its parent then needs
   * `overflow-wrap: anywhere`): line-clamp counts the block's own lines, and a part that wraps inside an
   * inline-block is one of them, so a long part would show whole, uncut.
   */
  inline?: boolean;
}) {
  const segments = dotted ? dottedSegments(text) : pathSegments(text);
  if (inline)
    return segments.map((segment, index) => (
      <Fragment key={index}>
        {index > 0 && <wbr />}
        {segment}
      </Fragment>
    ));
  return segments.map((segment, index) => (
    // the parts of one text never change order, so their position is a stable key
    <span key={index} className={classes.segment}>
      {segment}
    </span>
  ));
}
