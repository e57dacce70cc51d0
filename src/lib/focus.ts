/** Whether focus has been lost to the page: what removing the focused element (a row, a dialog, a page) leaves. */
export const isFocusLost = (document: Document) =>
  document.activeElement === null || document.activeElement === document.body;

/**
 * Whether focus is where a page just reached put it: lost, or on the page's h1 (PageHeader takes it). Something
 * the page shows later may take it from there; anywhere else, the user has moved on.
 */
export const isFocusAtPageStart = (document: Document) =>
  isFocusLost(document) || document.activeElement?.tagName === 'H1';
