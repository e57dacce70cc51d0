import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

// A 404 alone tells no file from a folder: a path the portal knew nothing of is said as neither.
const GONE = 'No file or folder is at this address: it may have been moved or deleted.';

describe('a link to a folder that is not there', () => {
  it('says nothing is there and leads to the home folder above it, with no Try again', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe/nope' });
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    expect(alert).toHaveTextContent(GONE);
    expect(alert).not.toHaveTextContent(/something went wrong|NodeNotFound/);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(await within(alert).findByRole('link', { name: 'Open your home folder' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/storage/home/jdoe');
    });
    expect(within(await grid()).getByText('notes.txt')).toBeInTheDocument();
  });

  it('leads to the nearest folder above that is there', async () => {
    await renderApp({ route: '/storage/home/jdoe/data/gone/deeper' });
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    const link = await within(alert).findByRole('link', { name: 'Open \u2068/home/jdoe/data\u2069' });
    expect(link).toHaveAttribute('href', '/storage/home/jdoe/data');
  });

  it('says the folder does not exist where the folder above listed it', async () => {
    const { router } = await renderApp({ route: '/storage/home/jdoe' });
    expect(within(await grid()).getByText('data')).toBeInTheDocument();
    Reflect.deleteProperty(getPlatform().storage.nodes, '/home/jdoe/data');
    await router.navigate('/storage/home/jdoe/data');
    expect(await screen.findByRole('alert', {}, FIRST_LOAD)).toHaveTextContent(
      'This folder does not exist: it may have been moved or deleted.',
    );
  });

  it('says so in French', async () => {
    await renderApp({ route: '/storage/home/jdoe/nope', language: 'fr' });
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    expect(alert.textContent).toContain(
      'Il n’y a ni fichier ni dossier à cette adresse\u00a0: l’élément a peut-être été déplacé ou supprimé.',
    );
    expect(
      await within(alert).findByRole('link', { name: 'Ouvrir votre dossier personnel' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
  });
});
