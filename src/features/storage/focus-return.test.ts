import { afterEach, describe, expect, it } from 'vitest';
import { isFocusLost } from '@/lib/focus';
import { focusTargetAfterDialog } from './focus-return';

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
