import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { advanceClock, failNext } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

describe('the renew button', () => {
  it('lets a refused renew’s error be put away, back at the Renew it tells of', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const notebook = await screen.findByRole('article', { name: 'notebook1' }, FIRST_LOAD);
    failNext('skaha', { status: 400, method: 'POST', body: 'renewal refused by policy\n' });
    const renew = within(notebook).getByRole('button', { name: 'Renew notebook1' });
    await user.click(renew);
    const alert = await within(notebook).findByRole('alert', { name: 'Could not renew notebook1' });
    // a refusal: nothing to try again, so only the close button makes it go
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(within(notebook).getByRole('button', { name: 'Dismiss the renew error of notebook1' }));
    expect(within(notebook).queryByRole('alert')).not.toBeInTheDocument();
    expect(renew).toHaveFocus();
  });
});

describe('a renew skaha took', () => {
  it('says renewed, with the new time left, when the read of the renewed session fails', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const notebook = await screen.findByRole('article', { name: 'notebook1' }, FIRST_LOAD);
    expect(within(notebook).getByText('2 d 21 h')).toBeInTheDocument();
    // the POST goes through; the read after it (for the new expiry) fails
    failNext('skaha', { status: 500, method: 'GET', path: '/v1/session/k3x9q2ma' });
    await user.click(within(notebook).getByRole('button', { name: 'Renew notebook1' }));
    expect(await within(notebook).findByText('Renewed.')).toBeInTheDocument();
    // a full lifetime (4 days) from now, read from the refreshed list
    expect(within(notebook).getByText(/^(4 d 0 h|3 d 23 h)$/)).toBeInTheDocument();
    expect(within(notebook).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the new time left beside "Renewed" even when the list’s refresh fails', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const notebook = await screen.findByRole('article', { name: 'notebook1' }, FIRST_LOAD);
    failNext('skaha', { status: 500, method: 'GET', path: '/v1/session' });
    await user.click(within(notebook).getByRole('button', { name: 'Renew notebook1' }));
    expect(await within(notebook).findByText(/^Renewed: now ends /)).toBeInTheDocument();
    expect(within(notebook).getByText(/^(4 d 0 h|3 d 23 h)$/)).toBeInTheDocument();
    expect(within(notebook).queryByText('2 d 21 h')).not.toBeInTheDocument();
  });
});

describe('a renew skaha refuses because the session ended', () => {
  it('leaves no Running tile with a Renew behind, well before the next poll', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const notebook = await screen.findByRole('article', { name: 'notebook1' }, FIRST_LOAD);
    // desktop1 starts: with nothing on its way the list is read again only after a minute
    advanceClock(6_000);
    const desktop = screen.getByRole('article', { name: 'desktop1' });
    await within(desktop).findByText('Running', {}, { timeout: 5_000 });
    // notebook1 then reaches its deadline on the platform between two polls
    advanceClock(3 * 24 * 60 * 60_000);
    await user.click(within(notebook).getByRole('button', { name: 'Renew notebook1' }));
    await waitFor(
      () => {
        expect(screen.queryByRole('button', { name: 'Renew notebook1' })).not.toBeInTheDocument();
      },
      { timeout: 5_000 },
    );
    const ended = screen.getByRole('article', { name: 'notebook1' });
    expect(within(ended).queryByText('Running')).not.toBeInTheDocument();
    expect(within(ended).queryByText('Time left:')).not.toBeInTheDocument();
  });
});
