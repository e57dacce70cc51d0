import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

describe('the delete confirmation', () => {
  it('opens again without the failure of the last try', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const carta = await screen.findByRole('article', { name: 'carta-m31' }, FIRST_LOAD);
    failNext('skaha', { status: 500, method: 'DELETE', body: 'database unavailable\n' });
    await user.click(within(carta).getByRole('button', { name: 'Delete carta-m31' }));
    const first = await screen.findByRole('dialog', { name: 'Delete carta-m31?' });
    await user.click(within(first).getByRole('button', { name: 'Delete' }));
    expect(await within(first).findByRole('alert')).toHaveTextContent('database unavailable');
    await user.click(within(first).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    await user.click(within(carta).getByRole('button', { name: 'Delete carta-m31' }));
    const again = await screen.findByRole('dialog', { name: 'Delete carta-m31?' });
    expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
  });
});
