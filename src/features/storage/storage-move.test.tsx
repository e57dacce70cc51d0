import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

const grid = () => screen.findByRole('grid', { name: /^Contents of/ }, { timeout: 8000 });

describe('moving with the folder picker', () => {
  it('opens with nothing chosen, so the first click cannot move into the folder the items are in', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: /^Move / });
    const typed = within(dialog).getByRole('textbox', { name: 'Destination folder' });
    expect(typed).toHaveValue('');
    const move = within(dialog).getByRole('button', { name: 'Move' });
    expect(move).toBeDisabled();
    expect(within(dialog).queryByText('The items are already in this folder.')).not.toBeInTheDocument();
    await user.type(typed, '/home/jdoe');
    expect(within(dialog).getByText('The items are already in this folder.')).toBeInTheDocument();
    expect(move).toBeDisabled();
    await user.clear(typed);
    await user.type(typed, '/home/jdoe/data');
    expect(move).toBeEnabled();
  });

  it('browses down into a folder and up through the breadcrumbs, then moves there', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: /^Move \u2068notes\.txt\u2069$/ });
    const picker = within(dialog).getByRole('group', { name: 'Choose the destination folder' });
    const folders = await within(picker).findByRole('list', { name: 'Folders in jdoe' });
    expect(
      within(folders)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['data', 'survey-team']);
    await user.click(within(folders).getByRole('button', { name: 'data' }));
    const inside = await within(picker).findByRole('list', { name: 'Folders in data' });
    expect(within(dialog).getByRole('textbox', { name: 'Destination folder' })).toHaveValue(
      '/home/jdoe/data',
    );
    await user.click(within(inside).getByRole('button', { name: 'raw' }));
    expect(await within(picker).findByText('No folders inside raw.')).toBeInTheDocument();
    const path = within(picker).getByRole('navigation', { name: 'Folder shown in the picker' });
    await user.click(within(path).getByRole('button', { name: 'data' }));
    await within(picker).findByRole('list', { name: 'Folders in data' });
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText(/Moved 1 item\./, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/data/notes.txt']?.kind).toBe('data');
  });

  it('follows a link to a project, and goes to the projects root', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('catalog.csv'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog');
    const folders = await within(dialog).findByRole('list', { name: 'Folders in jdoe' });
    await user.click(within(folders).getByRole('button', { name: 'survey-team' }));
    expect(await within(dialog).findByRole('list', { name: 'Folders in survey-team' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Destination folder' })).toHaveValue(
      '/projects/survey-team',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Projects' }));
    await waitFor(() => {
      expect(within(dialog).getByRole('textbox', { name: 'Destination folder' })).toHaveValue('/projects');
    });
  });

  it('does not offer a folder being moved as its own destination, and still takes a typed path', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('data'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog');
    const folders = await within(dialog).findByRole('list', { name: 'Folders in jdoe' });
    expect(within(folders).getByRole('button', { name: 'data' })).toBeDisabled();
    const typed = within(dialog).getByRole('textbox', { name: 'Destination folder' });
    await user.clear(typed);
    await user.type(typed, '/projects/survey-team/shared');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText(/Moved 1 item\./, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/projects/survey-team/shared/data']?.kind).toBe('container');
  });
});
