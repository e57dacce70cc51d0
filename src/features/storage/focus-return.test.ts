import { afterEach, describe, expect, it } from 'vitest';
import { isFocusLost } from '@/lib/focus';
import { dialogOpener, focusTargetAfterDialog } from './focus-return';

afterEach(() => {
  document.body.replaceChildren();
});

function button(disabled = false) {
  const element = document.createElement('button');
  element.disabled = disabled;
  document.body.append(element);
  return element;
}

function list() {
  const element = document.createElement('div');
  element.tabIndex = 0;
  document.body.append(element);
  return element;
}

describe('focus after a dialog', () => {
  it('goes back to the control that opened the dialog', () => {
    const trigger = button();
    expect(focusTargetAfterDialog(trigger, list())).toBe(trigger);
  });

  it('goes to the list when that control is gone or disabled', () => {
    const grid = list();
    const removed = button();
    removed.remove();
    expect(focusTargetAfterDialog(removed, grid)).toBe(grid);
    expect(focusTargetAfterDialog(button(true), grid)).toBe(grid);
    expect(focusTargetAfterDialog(null, grid)).toBe(grid);
  });

  it('goes nowhere when neither exists', () => {
    const grid = list();
    grid.remove();
    expect(focusTargetAfterDialog(null, grid)).toBeNull();
  });

  it('tells focus lost to the page from focus on a control', () => {
    const trigger = button();
    expect(isFocusLost(document)).toBe(true);
    trigger.focus();
    expect(isFocusLost(document)).toBe(false);
  });
});

describe('the control a dialog opens from', () => {
  it('is what has focus', () => {
    const trigger = button();
    expect(dialogOpener(trigger)).toBe(trigger);
    expect(dialogOpener(document.body)).toBeNull();
    expect(dialogOpener(null)).toBeNull();
  });

  it('is the menu’s button for an item of a menu, which goes when the menu closes', () => {
    const menuButton = button();
    menuButton.id = 'formats-target';
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-labelledby', 'formats-target');
    const item = document.createElement('button');
    menu.append(item);
    document.body.append(menu);
    expect(dialogOpener(item)).toBe(menuButton);
  });
});
