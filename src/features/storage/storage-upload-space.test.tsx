import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform, holdRequests } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';
import { textFile as file, fileInput } from '@/test/uploads';

const FULL = '100 GB of 100 GB used (100%)';
// toHaveTextContent and findByText read every run of spaces, no-break ones included, as one plain space.

describe('uploading into a full storage space', () => {
  it('says so before sending, in words, and sends nothing', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe', scenario: 'home-full' });
    await grid();
    expect(await screen.findByText(FULL)).toBeInTheDocument();

    await user.upload(fileInput(), [file('one', 'a.txt'), file('four', 'b.txt')]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was uploaded: not enough storage space');
    expect(alert).toHaveTextContent(
      'These 2 files need 7 bytes, and \u2068/home/jdoe\u2069 has 0 bytes free. Free some space there, or ask for more, then upload them again.',
    );
    expect(alert).not.toHaveTextContent('allocation');
    expect(screen.queryByRole('region', { name: 'Uploads' })).not.toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/a.txt']).toBeUndefined();
    expect(getPlatform().storage.nodes['/home/jdoe/b.txt']).toBeUndefined();
    expect(screen.getByRole('link', { name: 'Storage' })).not.toHaveAccessibleDescription();

    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // a file replacing one no smaller takes no more room: asked about as usual
    await user.upload(fileInput(), file('shorter than the 1,840 bytes there', 'notes.txt'));
    const replace = await screen.findByRole('dialog', { name: 'Replace existing files?' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(replace).getByRole('button', { name: 'Cancel' }));

    // A session deleted files meanwhile: the page's figure still says full, and is read again before refusing.
    const home = getPlatform().storage.allocations['/home/jdoe'];
    if (!home) throw new Error('the fake has no home allocation for jdoe');
    home.used = home.quota - 1024;
    expect(screen.getByText(FULL)).toBeInTheDocument();
    await user.upload(fileInput(), file('one', 'a.txt'));
    expect(await screen.findByRole('region', { name: 'Uploads' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => {
      expect(getPlatform().storage.nodes['/home/jdoe/a.txt']).toBeDefined();
    });
  });

  it('says so in French', async () => {
    const { user } = await renderApp({
      route: '/storage/home/jdoe',
      scenario: 'home-full',
      language: 'fr',
    });
    await screen.findByRole('grid', { name: 'Contenu de jdoe' }, { timeout: 8000 });
    expect(await screen.findByText(/^Utilisé : 100 Go sur 100 Go/)).toBeInTheDocument();
    await user.upload(fileInput(), file('one', 'a.txt'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Rien n’a été téléversé : pas assez d’espace de stockage');
    expect(alert).toHaveTextContent(
      'Ce fichier a besoin de 3 octets, et il reste 0 octet de libre dans \u2068/home/jdoe\u2069.',
    );
    expect(getPlatform().storage.nodes['/home/jdoe/a.txt']).toBeUndefined();
  });
});

describe('the uploads panel’s count', () => {
  it('says one file in the singular and more in the plural, in English and French', async () => {
    holdRequests('.fits');
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    await user.upload(fileInput(), file('one', 'frame-01.fits'));
    const uploads = await screen.findByRole('region', { name: 'Uploads' });
    expect(uploads).toHaveTextContent('0 of 1 file uploaded · 0 bytes of 3 bytes');

    await user.click(screen.getByRole('button', { name: 'Français' }));
    const french = () => screen.getByRole('region', { name: 'Téléversements' });
    await waitFor(() => {
      expect(french()).toHaveTextContent('Fichier téléversé : 0 sur 1 · 0 octet sur 3 octets');
    });
    await user.upload(fileInput(), file('two', 'frame-02.fits'));
    await waitFor(() => {
      expect(french()).toHaveTextContent('Fichiers téléversés : 0 sur 2 · 0 octet sur 6 octets');
    });

    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => {
      expect(screen.getByRole('region', { name: 'Uploads' })).toHaveTextContent(
        '0 of 2 files uploaded · 0 bytes of 6 bytes',
      );
    });
  });
});
