import { Button, Loader, type ButtonProps } from '@mantine/core';
import type { ComponentPropsWithRef, MouseEvent } from 'react';

export type BusyButtonProps = ButtonProps &
  Omit<ComponentPropsWithRef<'button'>, keyof ButtonProps> & {
    /** The action is under way: the button says so and ignores presses, but stays focusable. */
    busy: boolean;
  };

/**
 * A button whose action is under way. Mantine's `loading` disables the button, and Chromium moves the focus of a
 * button that becomes disabled to the page: a keyboard or screen-reader user who pressed Renew, Delete or Save
 * lost their place. This one only looks disabled (`data-disabled`), is announced so (`aria-disabled`), and
 * ignores presses, the form's own submission included, until the action ends.
 */
export function BusyButton({ busy, leftSection, onClick, ...props }: BusyButtonProps) {
  return (
    <Button
      {...props}
      data-disabled={busy || undefined}
      aria-disabled={busy || (props.disabled ?? false) || undefined}
      leftSection={busy ? <Loader size={14} color="currentColor" aria-hidden /> : leftSection}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        // a pressed submit button's click is what submits its form: cancelling it stops a second submission
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
