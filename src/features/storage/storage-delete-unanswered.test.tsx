import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext, getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { selectRows } from '@/test/storage-grid';

/** Opens the delete dialog for catalog.csv. */
async function deleteCatalog() {
  const rendered = await renderApp({ route: '/storage/home/jdoe' });
  await selectRows(rendered.user, ['catalog.csv']);
  await rendered.user.click(screen.getByRole('button', { name: 'Delete' }));
  const dialog = await screen.findByRole('dialog', { name: /^Delete .*catalog\.csv.*\?$/ });
  await within(dialog).findByText('This deletes 1 item for good.');
  return { ...rendered, dialog };
}

const catalogExists = () => getPlatform().storage.nodes['/home/jdoe/catalog.csv'] !== undefined;

describe('a delete whose answer never came', () => {
  it('counts the item as deleted when it is gone after all', async () => {
    const { user, dialog } = await deleteCatalog();
    failNext('storage', { status: 0, method: 'DELETE', afterWork: true });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/Deleted 1 item\./)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(catalogExists()).toBe(false);
  });

  it('says nothing was deleted when the item is still there', async () => {
    const { user, dialog } = await deleteCatalog();
    failNext('storage', { status: 502, method: 'DELETE' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText('Nothing was deleted.')).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('502');
    expect(catalogExists()).toBe(true);
  });

  it('says the outcome is unknown when the item cannot be looked for either', async () => {
    const { user, dialog } = await deleteCatalog();
    // the DELETE and the look that follows it both get no answer
    failNext('storage', { status: 0, path: '/nodes/home/jdoe/catalog.csv', times: 2, afterWork: true });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(
      await within(dialog).findByText(/^0 of 1 deleted\. Whether .*catalog\.csv.* was deleted is not known/),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('Nothing was deleted.')).not.toBeInTheDocument();
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent(/No answer about .*catalog\.csv/);
    expect(alert).toHaveTextContent('could not be reached');
    const progress = within(dialog).getByRole('log', { name: 'Progress of each item' });
    expect(progress).toHaveTextContent('catalog.csv: Unknown');
    expect(progress).not.toHaveTextContent('Failed');
  });
});
