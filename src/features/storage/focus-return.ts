const canTakeFocus = (element: HTMLElement) =>
  element.isConnected &&
  !element.closest('[inert], [hidden]') &&
  !(element instanceof HTMLButtonElement && element.disabled) &&
  element.getAttribute('aria-disabled') !== 'true';

/**
 * Where focus goes back to when a dialog closes: the control that opened it, or the folder's list when that
 * control is gone or disabled (a renamed row, a toolbar button that needs a selection).
 */
export function focusTargetAfterDialog(
  trigger: HTMLElement | null,
  list: HTMLElement | null,
): HTMLElement | null {
  if (trigger && canTakeFocus(trigger)) return trigger;
  return list?.isConnected ? list : null;
}
