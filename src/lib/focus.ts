/** Whether focus has been lost to the page: what removing the focused element (a row, a dialog, a page) leaves. */
export const isFocusLost = (document: Document) =>
  document.activeElement === null || document.activeElement === document.body;
