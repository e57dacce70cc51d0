import { useLayoutEffect, useRef } from 'react';

/**
 * A control that goes away once it has done its work (a retry started) would leave focus on `<body>`, so a
 * keyboard user starts again from the top of the page: focus goes to `targetRef` instead, when the control was
 * pressed and nothing else has taken focus since (a dialog it opened, say).
 */
export function useFocusWhenGone<T extends HTMLElement>(isShown: boolean) {
  const targetRef = useRef<T>(null);
  const pressed = useRef(false);
  useLayoutEffect(() => {
    if (isShown || !pressed.current) return;
    pressed.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) targetRef.current?.focus();
  }, [isShown]);
  return {
    targetRef,
    markPressed: () => {
      pressed.current = true;
    },
  };
}
