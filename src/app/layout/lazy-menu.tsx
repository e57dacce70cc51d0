import type { Menu as MantineMenu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '@/components/lazy-part';

export type MenuComponent = typeof MantineMenu;

/** Mantine's Menu and the stylesheets beyond the first page's (Menu.css among them), fetched once. */
const menuPart = lazyPart(() => import('./menu-module').then((module) => module.Menu));
const loadMenu = menuPart.load;
const prefetchMenu = menuPart.prefetch;

/** How long after the page's load event the menus are fetched unasked: the first page's own data goes first. */
const SETTLE_MS = 3000;

/**
 * After the page has settled: SETTLE_MS after its load event, then requestIdleCallback where the browser has
 * it (not Safari). Sooner, on a slow link the menus' code (about 50 kB) took bandwidth from the dashboard's
 * chunk and session list (bench/figures/load.ts).
 */
function whenIdle(run: () => void): () => void {
  let idleHandle: number | undefined;
  const idle = () => {
    if (typeof window.requestIdleCallback === 'function')
      idleHandle = window.requestIdleCallback(run, { timeout: 5000 });
    else run();
  };
  let timer: number | undefined;
  const settle = () => {
    timer = window.setTimeout(idle, SETTLE_MS);
  };
  if (document.readyState === 'complete') settle();
  else window.addEventListener('load', settle, { once: true });
  return () => {
    window.removeEventListener('load', settle);
    window.clearTimeout(timer);
    if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
  };
}

/** What the trigger button must spread: its name and menu-button semantics, and the loading hooks. */
export interface MenuTriggerProps {
  ref: RefObject<HTMLButtonElement | null>;
  id: string;
  'aria-haspopup': 'menu';
  'aria-expanded': boolean;
  'aria-controls': string | undefined;
  'data-expanded': true | undefined;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onPointerEnter: () => void;
  onFocus: () => void;
}

interface LazyMenuProps {
  /** Renders the trigger: a plain button on the first page, which the menu attaches to once loaded. */
  trigger: (props: MenuTriggerProps) => ReactElement;
  /** The dropdown's items, built with the loaded Menu (Menu.Item, Menu.Label, Menu.Divider…). */
  children: (Menu: MenuComponent) => ReactNode;
  /** The trigger's element, for a caller that returns focus to it (a dialog its items open). */
  triggerRef?: RefObject<HTMLButtonElement | null>;
}

/**
 * A Mantine Menu whose code loads on first use. The trigger is always the same button (so focus never jumps
 * while the menu loads); it prefetches the menu on pointer-enter, focus and once the page is idle, and the
 * click, Enter, Space or ArrowDown that asked for the menu opens it as soon as it has arrived. From then on it
 * is Mantine's Menu: arrow keys, type-ahead, Escape back to the trigger, click outside to close.
 */
export function LazyMenu({ trigger, children, triggerRef: callerRef }: LazyMenuProps) {
  const { t } = useTranslation();
  const id = useId();
  const ownRef = useRef<HTMLButtonElement>(null);
  const triggerRef = callerRef ?? ownRef;
  // The Menu once it is mounted: from the first use on, not at prefetch (nothing changes on screen before).
  const [Menu, setMenu] = useState<MenuComponent | undefined>();
  const [isOpened, setOpened] = useState(false);
  const isLoading = useRef(false);

  useEffect(() => whenIdle(prefetchMenu), []);

  function open() {
    if (Menu) {
      setOpened(true);
      return;
    }
    if (isLoading.current) return;
    isLoading.current = true;
    const mountThenOpen = (component: MenuComponent) => {
      isLoading.current = false;
      // Mounted closed first: Mantine notes the element to return focus to when `opened` changes, not on mount.
      flushSync(() => {
        setMenu(() => component);
      });
      setOpened(true);
    };
    const loaded = menuPart.peek();
    if (loaded) {
      mountThenOpen(loaded);
      return;
    }
    loadMenu().then(mountThenOpen, () => {
      isLoading.current = false;
      notifications.show({ color: 'red', message: t('app.menuUnavailable') });
    });
  }

  const dropdownId = `${id}-dropdown`;
  const isShown = isOpened && Menu !== undefined;
  return (
    <>
      {trigger({
        ref: triggerRef,
        id,
        'aria-haspopup': 'menu',
        'aria-expanded': isShown,
        'aria-controls': isShown ? dropdownId : undefined,
        'data-expanded': isShown || undefined,
        onClick: () => {
          if (isOpened) setOpened(false);
          else open();
        },
        onKeyDown: (event) => {
          // The menu-button pattern: ArrowDown opens the menu on its first item (Enter and Space click).
          if (event.key === 'ArrowDown' && !isOpened) {
            event.preventDefault();
            open();
          }
        },
        onPointerEnter: prefetchMenu,
        onFocus: prefetchMenu,
      })}
      {Menu && (
        <Menu id={id} opened={isOpened} onChange={setOpened} position="bottom-end" withinPortal>
          <Menu.Target>
            <TriggerAnchor trigger={triggerRef} />
          </Menu.Target>
          <Menu.Dropdown>{children(Menu)}</Menu.Dropdown>
        </Menu>
      )}
    </>
  );
}

/**
 * Stands in Menu.Target for the trigger rendered above: hands Mantine the trigger's element (for positioning,
 * click-outside and focus return) without rendering a second button, so the trigger is never remounted.
 */
function TriggerAnchor({ ref, trigger }: { ref?: Ref<HTMLElement>; trigger: RefObject<HTMLElement | null> }) {
  useLayoutEffect(() => {
    assignRef(ref, trigger.current);
    return () => {
      assignRef(ref, null);
    };
  }, [ref, trigger]);
  return null;
}

function assignRef(ref: Ref<HTMLElement> | undefined, node: HTMLElement | null) {
  if (typeof ref === 'function') ref(node);
  else if (ref) ref.current = node;
}
