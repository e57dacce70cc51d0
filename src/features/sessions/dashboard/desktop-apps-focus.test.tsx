import { focusManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { advanceClock } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

/** mchen's running desktop, with ds9:8.6 attached. */
async function openDesktop() {
  const rendered = await renderApp({ route: '/sessions', signedInAs: 'mchen' });
  const desktop = await screen.findByRole('article', { name: 'desktop1' }, FIRST_LOAD);
  await within(desktop).findByRole('button', { name: 'Remove ds9:8.6 from desktop1' }, FIRST_LOAD);
  return { ...rendered, desktop };
}

const removeButton = (desktop: HTMLElement, app: string) =>
  within(desktop).queryByRole('button', { name: `Remove ${app} from desktop1` });

/** What the desktop's list says of an app, from the row of its Remove (the field's hidden options name it too). */
function appRow(desktop: HTMLElement, app: string) {
  const row = removeButton(desktop, app)?.closest('li');
  if (!row) throw new Error(`${app} is not listed`);
  return row;
}

/** The app read again, as at the next poll: the user comes back to the tab. */
function readAgain() {
  focusManager.setFocused(false);
  focusManager.setFocused(true);
}

describe('focus in the desktop apps', () => {
  afterEach(() => {
    focusManager.setFocused(undefined);
  });

  it('goes back to the field after an attach by keyboard, its list closed, not to the page', async () => {
    const { user, desktop } = await openDesktop();
    const field = within(desktop).getByRole('combobox', { name: 'App to attach' });
    await user.click(field);
    await screen.findByRole('option', { name: 'topcat:4.10' });
    await user.keyboard('topcat{Enter}');
    await user.tab();
    const attach = within(desktop).getByRole('button', { name: 'Attach' });
    expect(attach).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await within(desktop).findByRole('button', { name: 'Remove topcat:4.10 from desktop1' }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(field).toHaveValue('');
    });
    expect(document.activeElement).toBe(field);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('goes to the next app’s Remove when a removed app goes, then to the field when none is left', async () => {
    const { user, desktop } = await openDesktop();
    await user.click(within(desktop).getByRole('combobox', { name: 'App to attach' }));
    await user.click(await screen.findByRole('option', { name: 'topcat:4.10' }));
    await user.click(within(desktop).getByRole('button', { name: 'Attach' }));
    await within(desktop).findByRole('button', { name: 'Remove topcat:4.10 from desktop1' });

    within(desktop).getByRole('button', { name: 'Remove ds9:8.6 from desktop1' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(appRow(desktop, 'ds9:8.6')).toHaveTextContent('Terminating');
    });
    advanceClock(10_000);
    readAgain();
    await waitFor(() => {
      expect(removeButton(desktop, 'ds9:8.6')).not.toBeInTheDocument();
    });
    expect(document.activeElement).toBe(removeButton(desktop, 'topcat:4.10'));

    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(appRow(desktop, 'topcat:4.10')).toHaveTextContent('Terminating');
    });
    advanceClock(10_000);
    readAgain();
    expect(await within(desktop).findByText('No app attached.')).toBeInTheDocument();
    expect(document.activeElement).toBe(within(desktop).getByRole('combobox', { name: 'App to attach' }));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });
});
