import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext, getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

/** Opens the rename dialog for notes.txt and types its new name. */
async function renameNotes(name: string) {
  const rendered = await renderApp({ route: '/storage/home/jdoe' });
  await rendered.user.click(within(await grid()).getByText('notes.txt'));
  await rendered.user.click(screen.getByRole('button', { name: 'Rename' }));
  const dialog = await screen.findByRole('dialog', { name: /^Rename / });
  const field = within(dialog).getByRole('textbox', { name: 'New name' });
  await rendered.user.clear(field);
  await rendered.user.type(field, name);
  return { ...rendered, dialog };
}

const nodeAt = (path: string) => getPlatform().storage.nodes[path];

describe('a rename whose answer never came', () => {
  it('is done when the item has its new name after all', async () => {
    const { user, dialog } = await renameNotes('log.txt');
    // the job is made, then the answer to starting it is lost once it has run
    failNext('storage', { status: 0, method: 'POST', skip: 1, afterWork: true });
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText(/Renamed .*log\.txt/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(nodeAt('/home/jdoe/log.txt')).toBeDefined();
    expect(nodeAt('/home/jdoe/notes.txt')).toBeUndefined();
  });

  it('keeps the failure when nothing moved, and Rename tries again', async () => {
    const { user, dialog } = await renameNotes('log.txt');
    failNext('storage', { status: 502, method: 'POST', path: '/transfers' });
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('502');
    expect(nodeAt('/home/jdoe/notes.txt')).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText(/Renamed .*log\.txt/)).toBeInTheDocument();
    expect(nodeAt('/home/jdoe/log.txt')).toBeDefined();
  });
});
