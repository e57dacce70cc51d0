const canTakeFocus = (element: HTMLElement) =>
  element.isConnected &&
  !element.closest('[inert], [hidden]') &&
  !(element instanceof HTMLButtonElement && element.disabled) &&
  element.getAttribute('aria-disabled') !== 'true';

/**
 * Where focus goes back to when a dialog closes: the control that opened it, or the folder's list when that
 * control is gone or disabled (a renamed row, a toolbar button that needs a selection), or, when the folder has
 * no rows left to list (its last file deleted), what stands in their place ("This folder is empty").
 */
export function focusTargetAfterDialog(
  trigger: HTMLElement | null,
  list: HTMLElement | null,
  noList?: HTMLElement | null,
): HTMLElement | null {
  if (trigger && canTakeFocus(trigger)) return trigger;
  if (list?.isConnected) return list;
  return noList?.isConnected && noList.textContent ? noList : null;
}

/**
 * The control a dialog is being opened from: what has focus, or, for an item of a menu (gone once the menu
 * closes), the button that opened the menu.
 */
export function dialogOpener(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement) || active === active.ownerDocument.body) return null;
  const labelledBy = active.closest('[role="menu"]')?.getAttribute('aria-labelledby');
  if (!labelledBy) return active;
  const menuButton = active.ownerDocument.getElementById(labelledBy);
  return menuButton instanceof HTMLElement ? menuButton : active;
}
