import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform, revokeTokens } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';
import { selectRows } from '@/test/storage-grid';

describe('a delete stopped by the end of the sign-in', () => {
  it('says, once signed in again, that the sign-in had expired and the dialog’s button deletes it now', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['catalog.csv']);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: /^Delete .*catalog\.csv.*\?$/ });
    await within(dialog).findByText('This deletes 1 item for good.');
    revokeTokens();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const signIn = await screen.findByRole('dialog', { name: 'Your sign-in has expired' }, FIRST_LOAD);
    await user.type(within(signIn).getByLabelText(/Password/), 'demo-jdoe');
    await user.click(within(signIn).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Your sign-in has expired' })).not.toBeInTheDocument();
    });

    const notice = within(dialog).getByRole('status');
    expect(notice).toHaveTextContent(/Your sign-in had expired: .*catalog\.csv.* was not deleted/);
    expect(notice).toHaveTextContent('Press “Try again” to delete it now.');
    expect(within(dialog).getByText('Nothing was deleted.')).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/catalog.csv']).toBeDefined();

    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Deleted 1 item\./)).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/catalog.csv']).toBeUndefined();
  });
});
