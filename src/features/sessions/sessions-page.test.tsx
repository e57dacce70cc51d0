import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext } from '../../test/fake-platform';
import { renderApp } from '../../test/render-app';

describe('the sessions page', () => {
  it("lists the signed-in user's sessions with their type and status", async () => {
    await renderApp({ route: '/sessions' });
    const table = await screen.findByRole('table');
    const row = within(table).getByText('carta-m31').closest('tr');
    expect(row).not.toBeNull();
    if (!row) return;
    expect(within(row).getByText('CARTA')).toBeInTheDocument();
    expect(within(row).getByText('Running')).toBeInTheDocument();
    expect(within(table).getByText('desktop1').closest('tr')).toHaveTextContent('Pending');
  });

  it('filters as you type, in the words shown', async () => {
    const { user, router } = await renderApp({ route: '/sessions' });
    await screen.findByText('notebook1');
    await user.type(screen.getByRole('textbox', { name: 'Filter sessions' }), 'pending');
    expect(screen.getByText('desktop1')).toBeInTheDocument();
    expect(screen.queryByText('notebook1')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=pending');
    await user.clear(screen.getByRole('textbox', { name: 'Filter sessions' }));
    await user.type(screen.getByRole('textbox', { name: 'Filter sessions' }), 'zzz');
    expect(screen.getByText('No session matches “zzz”.')).toBeInTheDocument();
  });

  it('shows French labels', async () => {
    await renderApp({ route: '/sessions', language: 'fr' });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('desktop1').closest('tr')).toHaveTextContent('En attente');
    expect(within(table).getByRole('columnheader', { name: 'Statut' })).toBeInTheDocument();
  });

  it('says when there are no sessions', async () => {
    await renderApp({ route: '/sessions', scenario: 'empty' });
    expect(await screen.findByText('You have no sessions yet.')).toBeInTheDocument();
  });

  it('names the failing service, shows its message and retries', async () => {
    failNext('skaha', { status: 503, body: 'Service unavailable\n' });
    const { user } = await renderApp({ route: '/sessions' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sessions service answered 503: Service unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('notebook1')).toBeInTheDocument();
  });
});
