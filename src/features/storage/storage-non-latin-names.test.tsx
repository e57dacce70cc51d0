import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addStorageNode } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid, selectRows } from '@/test/storage-grid';

afterEach(() => {
  vi.restoreAllMocks();
});

// cavern sends no Content-Disposition for a name a header cannot carry (mocks/handlers/storage.ts): the portal
// names the file itself, so nothing is lost.
describe('a file whose name is beyond Latin-1', () => {
  it('previews', async () => {
    addStorageNode('/home/jdoe/Ωmega.txt', 'data');
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.dblClick(within(await grid()).getByRole('row', { name: /Ωmega\.txt/ }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('bytes')).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('downloads under its own name', async () => {
    addStorageNode('/home/jdoe/観測.fits', 'data');
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:portal/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['観測.fits']);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText(/ · Downloaded \u2068観測\.fits\u2069\.$/)).toBeInTheDocument();
    expect(saved).toEqual(['観測.fits']);
  });
});

describe('a file whose name holds a direction control', () => {
  it('is offered for rename without it, and the dialog says why', async () => {
    addStorageNode('/home/jdoe/invoice\u202Efdp.exe', 'data');
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['invoice<U+202E>fdp.exe']);
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: /^Rename / });
    // in the field, the override would make it read "invoiceexe.pdf"
    const field = within(dialog).getByRole('textbox', { name: 'New name' });
    expect(field).toHaveValue('invoicefdp.exe');
    expect(field).toHaveAccessibleDescription(
      'The current name, \u2068invoice<U+202E>fdp.exe\u2069, holds characters that change the direction of the text after them, so it can read as another name. The new name leaves them out.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText(/Renamed to .*invoicefdp\.exe/)).toBeInTheDocument();
  });
});
