import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext, getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

async function openNewFolder() {
  const rendered = await renderApp({ route: '/storage/home/jdoe' });
  await grid();
  await rendered.user.click(screen.getByRole('button', { name: 'New folder' }));
  const dialog = await screen.findByRole('dialog', { name: /^New folder/ });
  return { ...rendered, dialog };
}

describe('a new folder whose answer never came', () => {
  it('is created when the folder is there after all', async () => {
    const { user, dialog } = await openNewFolder();
    failNext('storage', { status: 0, method: 'PUT', afterWork: true });
    await user.type(within(dialog).getByRole('textbox'), 'results{Enter}');
    expect(await screen.findByText(/Created .*results/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/results']?.kind).toBe('container');
  });

  it('keeps the failure when the folder is not there, and Create tries again', async () => {
    const { user, dialog } = await openNewFolder();
    failNext('storage', { status: 0, method: 'PUT' });
    await user.type(within(dialog).getByRole('textbox'), 'results{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('could not be reached');
    expect(getPlatform().storage.nodes['/home/jdoe/results']).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/Created .*results/)).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/results']?.kind).toBe('container');
  });
});
