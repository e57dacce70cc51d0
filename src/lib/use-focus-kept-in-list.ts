import { useEffect, useRef, type RefObject } from 'react';
import { isFocusLost } from './focus';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface FocusPlace {
  element: HTMLElement;
  /** Which of the list's children held it. */
  item: number;
  /** Which of that child's controls it was, and its words: the same control of another item, whatever its state. */
  control: number;
  text: string;
}

const focusablesOf = (element: Element | undefined) =>
  element ? [...element.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];

/**
 * Focus kept in a list whose items can go (deleted, or gone at a poll): when the item holding focus goes and
 * takes focus with it, focus moves to the same control of the item now in its place, else of the one before,
 * else to `fallback`. So a keyboard user deleting one item after another stays on the Delete buttons, and no
 * one is sent back to the top of the page. Nothing moves if the user has moved on.
 */
export function useFocusKeptInList(
  list: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
  items: unknown,
) {
  const place = useRef<FocusPlace | undefined>(undefined);
  // A control focused in place of another keeps that one's words: an item that lost its Delete while it ends
  // hands focus on to the next item's Delete, not to whatever stood in for it
  const standIn = useRef<{ element: HTMLElement; text: string } | undefined>(undefined);

  useEffect(() => {
    // on the document: the list's element comes and goes with its items
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      const children = list.current ? [...list.current.children] : [];
      const item = target instanceof HTMLElement ? children.findIndex((child) => child.contains(target)) : -1;
      if (!(target instanceof HTMLElement) || item < 0) return;
      place.current = {
        element: target,
        item,
        control: focusablesOf(children[item]).indexOf(target),
        text: standIn.current?.element === target ? standIn.current.text : target.textContent.trim(),
      };
    };
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [list]);

  useEffect(() => {
    const last = place.current;
    if (!last || last.element.isConnected || !isFocusLost(document)) return;
    place.current = undefined;
    const children = list.current ? [...list.current.children] : [];
    const controls = focusablesOf(children[last.item] ?? children[last.item - 1]);
    // by its words first: the item that went may have shown fewer controls (a session ending has no Open)
    const same =
      (last.text === '' ? undefined : controls.find((control) => control.textContent.trim() === last.text)) ??
      controls[last.control];
    const next = same ?? controls[0] ?? fallback.current;
    standIn.current =
      next && next.textContent.trim() !== last.text ? { element: next, text: last.text } : undefined;
    next?.focus();
  }, [items, list, fallback]);
}
