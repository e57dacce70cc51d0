import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

const FILE = '/projects/lensing-lab/README.md';
const FILE_ROUTE = `/storage${FILE}`;

/** The other client's delete: the node leaves cavern, whatever the portal shows. */
function deleteElsewhere(path: string) {
  const { nodes } = getPlatform().storage;
  expect(nodes[path]).toBeDefined();
  Reflect.deleteProperty(nodes, path);
}

describe('the address of a file', () => {
  it('shows the folder that holds it behind the preview, never an empty folder to upload into', async () => {
    await renderApp({ route: FILE_ROUTE, signedInAs: 'mchen' });
    const preview = await screen.findByRole('dialog', { name: /^Preview of/ }, FIRST_LOAD);
    expect(preview).toHaveAccessibleName('Preview of \u2068README.md\u2069');
    // the folder's real listing, the file among it
    const rows = await screen.findByRole('grid', { name: /^Contents of/, hidden: true }, FIRST_LOAD);
    expect(rows).toHaveAccessibleName('Contents of lensing-lab');
    expect(within(rows).getByText('README.md')).toBeInTheDocument();
    expect(within(rows).getByText('shared')).toBeInTheDocument();
    expect(screen.getByText('2 items · 1 selected')).toBeInTheDocument();
    expect(screen.queryByText(/This folder is empty/)).not.toBeInTheDocument();
    expect(screen.queryByText('0 items')).not.toBeInTheDocument();
    // what a drop would upload into is the folder, not the file
    expect(screen.queryByText(/upload them into README\.md/)).not.toBeInTheDocument();
  });

  it('leaves the user in that folder, on the file, once the preview is closed', async () => {
    const { user, router } = await renderApp({ route: FILE_ROUTE, signedInAs: 'mchen' });
    const preview = await screen.findByRole('dialog', { name: /^Preview of/ }, FIRST_LOAD);
    await user.click(within(preview).getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/storage/projects/lensing-lab');
    });
    const row = within(await grid()).getByRole('row', { name: /README\.md/ });
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('2 items · 1 selected')).toBeInTheDocument();
    // the keyboard is on the folder's list, on the file, not back at the top of the page
    await waitFor(() => {
      expect(document.activeElement).not.toBe(document.body);
    });
    expect(row.closest('[role="grid"]')).toContainElement(
      document.activeElement instanceof HTMLElement ? document.activeElement : null,
    );
  });

  it('says the file does not exist once it is deleted, with the way to its folder', async () => {
    const { user, router } = await renderApp({ route: FILE_ROUTE, signedInAs: 'mchen' });
    const preview = await screen.findByRole('dialog', { name: /^Preview of/ }, FIRST_LOAD);
    deleteElsewhere(FILE);
    await user.click(within(preview).getByRole('button', { name: 'Close' }));
    await grid();
    await router.navigate(FILE_ROUTE);
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    await waitFor(() => {
      expect(alert).toHaveTextContent('This file does not exist: it may have been moved or deleted.');
    });
    expect(alert).not.toHaveTextContent(/folder does not exist/);
    const link = await within(alert).findByRole('link', { name: 'Open \u2068/projects/lensing-lab\u2069' });
    expect(link).toHaveAttribute('href', '/storage/projects/lensing-lab');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByText(/This folder is empty|0 items/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload files' })).toBeDisabled();
  });

  it('says the file does not exist when the folder listed it before it was deleted', async () => {
    const { router } = await renderApp({ route: '/storage/projects/lensing-lab', signedInAs: 'mchen' });
    expect(within(await grid()).getByText('README.md')).toBeInTheDocument();
    deleteElsewhere(FILE);
    await router.navigate(FILE_ROUTE);
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    expect(alert).toHaveTextContent('This file does not exist: it may have been moved or deleted.');
    expect(
      await within(alert).findByRole('link', { name: 'Open \u2068/projects/lensing-lab\u2069' }),
    ).toBeInTheDocument();
  });

  it('claims neither a file nor a folder for an address it knew nothing of', async () => {
    deleteElsewhere(FILE);
    await renderApp({ route: FILE_ROUTE, signedInAs: 'mchen' });
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    expect(alert).toHaveTextContent(
      'No file or folder is at this address: it may have been moved or deleted.',
    );
    expect(
      await within(alert).findByRole('link', { name: 'Open \u2068/projects/lensing-lab\u2069' }),
    ).toBeInTheDocument();
  });

  it('says so in French', async () => {
    const { user, router } = await renderApp({ route: FILE_ROUTE, signedInAs: 'mchen', language: 'fr' });
    const preview = await screen.findByRole('dialog', {}, FIRST_LOAD);
    deleteElsewhere(FILE);
    await user.click(within(preview).getByRole('button', { name: 'Fermer' }));
    await grid();
    await router.navigate(FILE_ROUTE);
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    await waitFor(() => {
      expect(alert.textContent).toContain(
        'Ce fichier n’existe pas\u00a0: il a peut-être été déplacé ou supprimé.',
      );
    });
    await router.navigate('/storage/projects/lensing-lab/nothing-here');
    expect((await screen.findByRole('alert', {}, FIRST_LOAD)).textContent).toContain(
      'Il n’y a ni fichier ni dossier à cette adresse\u00a0: l’élément a peut-être été déplacé ou supprimé.',
    );
  });
});
