import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';

const formReady = () =>
  screen.findByRole('form', { name: /Launch a session|Lancer une session/ }, { timeout: 15_000 });

const route =
  '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&name=sweep&cmd=env&replicas=3';

describe('Copy link on the launch form', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it(
    'copies the link that reopens the form, secrets left out, and says so',
    { timeout: 40_000 },
    async () => {
      const { user } = await renderApp({ route });
      await formReady();
      await user.click(await screen.findByRole('button', { name: 'Add a variable' }));
      await user.click(screen.getByRole('textbox', { name: 'Variable 1' }));
      await user.paste('API_TOKEN');
      await user.click(screen.getByLabelText('Value 1'));
      await user.paste('hunter2');
      await user.click(screen.getByRole('button', { name: 'Copy link' }));

      expect(await screen.findByText('Link copied')).toBeInTheDocument();
      const copied = new URL(await navigator.clipboard.readText());
      expect(copied.pathname).toBe('/sessions/launch');
      expect(copied.searchParams.get('image')).toBe('images.canfar.net/skaha/terminal:1.1.2');
      expect(copied.searchParams.get('name')).toBe('sweep');
      expect(copied.searchParams.get('replicas')).toBe('3');
      expect(copied.searchParams.getAll('env')).toEqual(['API_TOKEN']);
      expect(copied.toString()).not.toContain('hunter2');
    },
  );

  it(
    'shows the link selected in a read-only field when the clipboard is refused',
    { timeout: 40_000 },
    async () => {
      const { user } = await renderApp({ route });
      await formReady();
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
        new DOMException('denied', 'NotAllowedError'),
      );
      await user.click(screen.getByRole('button', { name: 'Copy link' }));

      const field = await screen.findByRole('textbox', { name: 'Link to this form' });
      expect(field).toHaveAttribute('readonly');
      expect(field).toHaveValue(`${window.location.origin}${route}`);
      await waitFor(() => {
        expect(field).toHaveFocus();
      });
      expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
    },
  );
});
