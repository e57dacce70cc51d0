import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderComponent } from '@/test/render-component';
import { BusyButton } from './busy-button';

describe('BusyButton', () => {
  it('acts when pressed and not busy', async () => {
    const onClick = vi.fn();
    const { user } = renderComponent(
      <BusyButton busy={false} onClick={onClick}>
        Renew
      </BusyButton>,
    );
    await user.click(screen.getByRole('button', { name: 'Renew' }));
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('stays enabled and focused while busy, says it is unavailable, and ignores presses', async () => {
    const onClick = vi.fn();
    function Renew() {
      const [busy, setBusy] = useState(false);
      return (
        <BusyButton
          busy={busy}
          onClick={() => {
            onClick();
            setBusy(true);
          }}
        >
          Renew
        </BusyButton>
      );
    }
    const { user } = renderComponent(<Renew />);
    const button = screen.getByRole('button', { name: 'Renew' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledOnce();
    // a disabled button would lose the focus in Chromium: this one is only marked unavailable
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('does not submit its form a second time while busy', async () => {
    const onSubmit = vi.fn();
    const { user } = renderComponent(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <input aria-label="Name" />
        <BusyButton busy type="submit">
          Save
        </BusyButton>
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'x{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
