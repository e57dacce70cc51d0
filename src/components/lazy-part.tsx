import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { afterPaint } from '../lib/after-paint';
import { loadOnce, type LoadOnce } from '../lib/load-once';
import { loadMantineStyles } from './styles/load-mantine-styles';

/**
 * Code the first page can do without (a dialog, a table that only some users have): fetched once, with the
 * Mantine stylesheets beyond the first page's so it never shows unstyled.
 */
export type LazyPart<T> = LoadOnce<T>;

export function lazyPart<T>(importPart: () => Promise<T>): LazyPart<T> {
  return loadOnce(() => Promise.all([importPart(), loadMantineStyles()]).then(([part]) => part));
}

/** What the button that opens a lazily loaded dialog spreads. */
export interface LazyDialogTriggerProps {
  onClick: () => void;
  onPointerEnter: () => void;
  onFocus: () => void;
  'aria-busy': true | undefined;
}

/**
 * A dialog whose code loads on first use. The button stays enabled and focused while it loads (so the dialog
 * returns focus to it), says it is busy, and ignores further clicks; the dialog opens as soon as it has
 * arrived. A failed load is a notification and the button works again.
 */
export function useLazyDialog<T>(part: LazyPart<T>) {
  const { t } = useTranslation();
  // Mounted on first use only: a page of tiles does not mount a closed dialog per tile.
  const [module, setModule] = useState<T | undefined>();
  const [isOpened, setOpened] = useState(false);
  const [isLoading, setLoading] = useState(false);

  function mountThenOpen(value: T) {
    // Mounted closed first: Mantine notes the element to return focus to when `opened` changes, not on mount.
    flushSync(() => {
      setModule(() => value);
    });
    setOpened(true);
  }

  function open() {
    if (module !== undefined) {
      setOpened(true);
      return;
    }
    const loaded = part.peek();
    if (loaded !== undefined) {
      mountThenOpen(loaded);
      return;
    }
    if (isLoading) return;
    setLoading(true);
    part.load().then(
      (value) => {
        setLoading(false);
        mountThenOpen(value);
      },
      () => {
        setLoading(false);
        notifications.show({ color: 'red', message: t('app.dialogUnavailable') });
      },
    );
  }

  const trigger: LazyDialogTriggerProps = {
    onClick: open,
    onPointerEnter: part.prefetch,
    onFocus: part.prefetch,
    'aria-busy': isLoading || undefined,
  };
  return {
    /** The loaded module, once the dialog was first asked for. */
    module,
    isOpened,
    close: () => {
      setOpened(false);
    },
    trigger,
  };
}

interface LazyMountProps<T> {
  part: LazyPart<T>;
  /** Shown while the part loads: the same size as the part, so nothing jumps. */
  fallback: ReactNode;
  children: (part: T) => ReactNode;
}

/** A part of the page rendered where it stands as soon as its code has arrived; a failed load offers a retry. */
export function LazyMount<T>({ part, fallback, children }: LazyMountProps<T>) {
  const { t } = useTranslation();
  const [module, setModule] = useState<T | undefined>(part.peek);
  const [hasFailed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (module !== undefined) return undefined;
    let isCurrent = true;
    // After the frame that shows the fallback: asking for a chunk adds its files' <link>s to the page, work
    // the first paint of the page around it need not wait for.
    const cancel = afterPaint(() => {
      part.load().then(
        (value) => {
          if (isCurrent) setModule(() => value);
        },
        () => {
          if (isCurrent) setFailed(true);
        },
      );
    });
    return () => {
      isCurrent = false;
      cancel();
    };
  }, [part, module, attempt]);

  if (module !== undefined) return children(module);
  if (!hasFailed) return fallback;
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text size="sm">{t('app.partUnavailable')}</Text>
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            setFailed(false);
            setAttempt((previous) => previous + 1);
          }}
        >
          {t('errors.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
