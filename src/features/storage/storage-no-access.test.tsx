import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

/*
 * cavern lists every project folder under /projects, readable or not, and answers a folder the user may not read
 * with a 200: its properties and no children (GetNodeAction). jdoe is in survey-team, not in lensing-lab.
 */
const CANNOT_READ =
  'You cannot read this folder: its owner has not shared it with you (or one of your groups).';

const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('row', { name: new RegExp(name) });

function addFolder(path: string, creator: string, groupRead: string[] = []) {
  getPlatform().storage.nodes[path] = {
    kind: 'container',
    creator,
    date: Date.now(),
    isPublic: false,
    groupRead,
    groupWrite: [],
    inheritPermissions: false,
  };
}

describe('folders the user may not read', () => {
  it('lists a project the user is not in, marked No access, and one they are in unmarked', async () => {
    await renderApp({ route: '/storage/projects' });
    const table = await grid();
    expect(within(rowOf(table, 'lensing-lab')).getByRole('img', { name: 'No access' })).toBeInTheDocument();
    expect(within(rowOf(table, 'survey-team')).queryByRole('img', { name: 'No access' })).toBeNull();
  });

  it('says the user cannot read a folder opened from the list, not that it is empty', async () => {
    const { user, router } = await renderApp({ route: '/storage/projects' });
    await user.dblClick(rowOf(await grid(), 'lensing-lab'));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/storage/projects/lensing-lab');
    });
    expect(await screen.findByText(CANNOT_READ, {}, FIRST_LOAD)).toBeInTheDocument();
    expect(screen.queryByText(/This folder is empty/)).not.toBeInTheDocument();
    expect(screen.queryByRole('grid', { name: /^Contents of/ })).not.toBeInTheDocument();
    // Nothing can be written there: no upload, no new folder.
    expect(screen.getByRole('button', { name: 'Upload files' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'New folder' })).toBeDisabled();
  });

  it('says so at a direct link to the folder too (a reload, a shared address)', async () => {
    await renderApp({ route: '/storage/projects/lensing-lab' });
    expect(await screen.findByText(CANNOT_READ, {}, FIRST_LOAD)).toBeInTheDocument();
    expect(screen.queryByText(/This folder is empty/)).not.toBeInTheDocument();
    expect(screen.getByText('No access')).toBeInTheDocument();
  });

  it('says which folder above a link cannot be read, with the way out, not as a failure to try again', async () => {
    const { user, router } = await renderApp({ route: '/storage/projects/lensing-lab/deep/nested/x' });
    expect(
      await screen.findByText(
        /^You cannot read \u2068\/projects\/lensing-lab\u2069, which holds this folder: its owner has not shared/,
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload files' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'New folder' })).toBeDisabled();
    await user.click(screen.getByRole('link', { name: /^Open \u2068\/projects\u2069$/ }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/storage/projects');
    });
  });

  it('still calls a readable empty folder empty', async () => {
    addFolder('/home/jdoe/empty', 'jdoe');
    await renderApp({ route: '/storage/home/jdoe/empty' });
    expect(
      await screen.findByText('This folder is empty. Drop files here or use Upload.', {}, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(screen.queryByText(CANNOT_READ)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload files' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'New folder' })).toBeEnabled();
  });

  it('offers no upload into a readable empty folder the user may not write', async () => {
    // trainee1 reads survey-team's folders through its group, but may not write there.
    addFolder('/projects/survey-team/handouts', 'mchen', ['ivo://cadc.nrc.ca/gms?survey-team']);
    await renderApp({ route: '/storage/projects/survey-team/handouts', signedInAs: 'trainee1' });
    expect(await screen.findByText('This folder is empty.', {}, FIRST_LOAD)).toBeInTheDocument();
    expect(screen.queryByText(CANNOT_READ)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload files' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'New folder' })).toBeDisabled();
  });

  it('marks a file the user may not read, and its preview says why rather than failing', async () => {
    // trainee1 reads survey-team through its group; its README.md names no group.
    const { user } = await renderApp({ route: '/storage/projects/survey-team', signedInAs: 'trainee1' });
    const table = await grid();
    const readme = rowOf(table, 'README\\.md');
    expect(within(readme).getByRole('img', { name: 'No access' })).toBeInTheDocument();
    await user.dblClick(readme);
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(
        'You cannot read this file: its owner has not shared it with you (or one of your groups).',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    await renderApp({ route: '/storage/projects/lensing-lab', language: 'fr' });
    expect(
      await screen.findByText(
        // The matcher reads the no-break space before the colon as a space.
        'Vous ne pouvez pas lire ce dossier : son propriétaire ne l’a pas partagé avec vous (ni avec l’un de vos groupes).',
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
  });
});
