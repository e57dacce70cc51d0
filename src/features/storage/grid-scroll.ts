/**
 * The scroll position that shows a row whole in a scrolling list whose header sticks over its top, moving as
 * little as possible; undefined when the row is already in full view.
 */
export function scrollTopToReveal(view: {
  scrollTop: number;
  /** The list's visible height (its clientHeight: no border, no horizontal scrollbar). */
  height: number;
  /** The sticky header's height, which hides the top of the scrolled content. */
  header: number;
  /** The row's top and bottom in the scrolled content. */
  rowTop: number;
  rowBottom: number;
}): number | undefined {
  const { scrollTop, height, header, rowTop, rowBottom } = view;
  if (rowTop - header < scrollTop) return Math.max(0, rowTop - header);
  if (rowBottom > scrollTop + height) return rowBottom - height;
  return undefined;
}
