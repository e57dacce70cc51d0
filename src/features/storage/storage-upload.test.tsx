import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext, getPlatform, holdRequests, revokeTokens, tokenFor } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';
import { textFile as file, fileInput } from '@/test/uploads';

// The route module loads lazily; the first test also pays for transforming it.

describe('uploading without overwriting by surprise', () => {
  it('checks each destination on the server when the listing failed, and asks before replacing', async () => {
    // The page's first two reads of storage (the listing and the allocation) fail.
    failNext('storage', { status: 503, body: 'ServiceBusy: try later\n', times: 2 });
    const before = getPlatform().storage.nodes['/home/jdoe/notes.txt'];
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    expect(await screen.findByRole('button', { name: 'Try again' }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    const upload = screen.getByRole('button', { name: 'Upload files' });
    expect(upload).toBeEnabled();

    await user.upload(fileInput(), file('replacement', 'notes.txt'));
    const dialog = await screen.findByRole('dialog', { name: 'Replace existing files?' });
    expect(dialog).toHaveTextContent('/home/jdoe/notes.txt');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Uploads' })).not.toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']).toEqual(before);
  });

  it('checks the destination again just before sending: a file stored since the listing is not replaced unasked', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    // A session writes late.txt after the page listed the folder: the listing on screen still shows it free.
    const theirs = await fetch('http://portal.test/arc/files/home/jdoe/late.txt', {
      method: 'PUT',
      body: 'written by a session',
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}` },
    });
    expect(theirs.status).toBe(201);
    const before = getPlatform().storage.nodes['/home/jdoe/late.txt'];

    await user.upload(fileInput(), file('mine', 'late.txt'));
    const uploads = await screen.findByRole('region', { name: 'Uploads' });
    expect(
      await within(uploads).findByText(
        'A file of this name was stored here after you chose to upload. Nothing was sent; Retry asks whether to replace it.',
      ),
    ).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/late.txt']).toEqual(before);

    await user.click(within(uploads).getByRole('button', { name: 'Retry upload of late.txt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace existing files?' });
    expect(dialog).toHaveTextContent('/home/jdoe/late.txt');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(getPlatform().storage.nodes['/home/jdoe/late.txt']).toEqual(before);
  });

  it('refuses a batch that names one destination twice, naming the file, before sending anything', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    await user.upload(fileInput(), [file('one', 'twice.txt'), file('two', 'twice.txt')]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was uploaded');
    expect(alert).toHaveTextContent('\u2068/home/jdoe/twice.txt\u2069 would be written twice');
    expect(screen.queryByRole('region', { name: 'Uploads' })).not.toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/twice.txt']).toBeUndefined();
  });

  it('marks a file whose checksum did not match, and asks before a retry replaces a file that appeared since', async () => {
    getPlatform().storage.corruptUploads = 1;
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    await user.upload(fileInput(), file('payload', 'fresh.txt'));
    const uploads = await screen.findByRole('region', { name: 'Uploads' });
    expect(await within(uploads).findByText('Failed', {}, { timeout: 8000 })).toBeInTheDocument();
    const row = await waitFor(async () => {
      const found = within(await grid())
        .getAllByRole('row')
        .find((candidate) => candidate.textContent.includes('fresh.txt'));
      if (!found) throw new Error('fresh.txt is not listed yet');
      return found;
    });
    expect(within(row).getByRole('img', { name: 'Checksum mismatch — upload again' })).toBeInTheDocument();

    // Someone else writes the file meanwhile: the retry must not replace it without asking.
    const stored = getPlatform().storage.nodes['/home/jdoe/fresh.txt'];
    if (stored) stored.md5 = '0123456789abcdef0123456789abcdef';
    await user.click(within(uploads).getByRole('button', { name: 'Retry upload of fresh.txt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace existing files?' });
    expect(dialog).toHaveTextContent('/home/jdoe/fresh.txt');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(getPlatform().storage.nodes['/home/jdoe/fresh.txt']?.md5).toBe('0123456789abcdef0123456789abcdef');
  });

  // The retry once there is room is a browser journey (e2e/mock/storage.spec.ts): in jsdom, a File sent a
  // second time through XMLHttpRequest arrives as the text "undefined".
  it('says a full storage space in words, with what was left, and keeps nothing half-written', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    // the page read room to spare; a session filled the space since
    expect(await screen.findByText('20 GB of 100 GB used (20%)')).toBeInTheDocument();
    const home = getPlatform().storage.allocations['/home/jdoe'];
    if (!home) throw new Error('the fake has no home allocation for jdoe');
    home.used = home.quota - 4;
    await user.upload(fileInput(), file('too much', 'big.txt'));
    const uploads = await screen.findByRole('region', { name: 'Uploads' });
    expect(
      await within(uploads).findByText(
        'Not enough storage space for this file: 4 bytes left. Free some space, or ask for more, then retry.',
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(uploads).not.toHaveTextContent('limit');
    expect(within(uploads).getByRole('button', { name: 'Retry upload of big.txt' })).toBeEnabled();
    expect(getPlatform().storage.nodes['/home/jdoe/big.txt']).toBeUndefined();
  });

  it('speaks French about a checksum mismatch', async () => {
    getPlatform().storage.corruptUploads = 1;
    const { user } = await renderApp({ route: '/storage/home/jdoe', language: 'fr' });
    await screen.findByRole('grid', { name: 'Contenu de jdoe' }, { timeout: 8000 });
    await user.upload(fileInput(), file('payload', 'fresh.txt'));
    expect(
      await screen.findByRole(
        'img',
        { name: 'Somme de contrôle différente — téléversez de nouveau' },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
  });
});

describe('the uploads panel', () => {
  it('names each upload from the folder shown, so the end of the name stays, with the whole path as its tooltip', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    await user.upload(fileInput(), [file('one', 'frame-01.fits'), file('two', 'frame-02.fits')]);
    const uploads = await screen.findByRole('region', { name: 'Uploads' });
    // the panel is the folder's: read again after a move
    const shown = (path: string) =>
      within(screen.getByRole('region', { name: 'Uploads' })).getByTitle(path).textContent;
    expect((await within(uploads).findByTitle('/home/jdoe/frame-01.fits')).textContent).toBe('frame-01.fits');
    expect(shown('/home/jdoe/frame-02.fits')).toBe('frame-02.fits');

    // from another folder, the path is whole: its folders are what a narrow screen cuts
    await router.navigate('/storage/home/jdoe/data');
    expect(await within(await grid()).findByText('m101.fits')).toBeInTheDocument();
    expect(shown('/home/jdoe/frame-01.fits')).toBe('/home/jdoe/frame-01.fits');
  });
});

describe('uploads seen from another page', () => {
  it('are counted on Storage’s navigation entry, running then failed, its name unchanged', async () => {
    getPlatform().storage.corruptUploads = 2;
    const held = holdRequests('.fits');
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    await user.upload(fileInput(), [file('one', 'frame-01.fits'), file('two', 'frame-02.fits')]);
    await screen.findByRole('region', { name: 'Uploads' });
    await user.click(screen.getByRole('link', { name: 'Sessions' }));
    await screen.findByRole('heading', { level: 1, name: 'Sessions' }, { timeout: 8000 });
    const storage = screen.getByRole('link', { name: 'Storage' });
    expect(storage).toHaveAccessibleDescription('2 uploads in progress');
    // on a phone the navigation is behind its button, which says it too
    const menu = screen.getByRole('button', { name: 'Open navigation' });
    expect(menu).toHaveAccessibleDescription('2 uploads in progress');

    held.release();
    await waitFor(() => {
      expect(storage).toHaveAccessibleDescription('2 uploads failed');
    });
    expect(menu).toHaveAccessibleDescription('2 uploads failed');
    // back in Storage, the failed uploads cleared: nothing more to say
    await user.click(storage);
    const uploads = await screen.findByRole('region', { name: 'Uploads' });
    await user.click(within(uploads).getByRole('button', { name: 'Clear finished' }));
    expect(screen.getByRole('link', { name: 'Storage' })).not.toHaveAccessibleDescription();
    expect(screen.getByRole('button', { name: 'Open navigation' })).not.toHaveAccessibleDescription();
  });

  it('are counted in French', async () => {
    const held = holdRequests('.fits');
    const { user } = await renderApp({ route: '/storage/home/jdoe', language: 'fr' });
    await screen.findByRole('grid', { name: 'Contenu de jdoe' }, { timeout: 8000 });
    await user.upload(fileInput(), [file('one', 'frame-01.fits'), file('two', 'frame-02.fits')]);
    const storage = await screen.findByRole('link', { name: 'Stockage' });
    expect(storage).toHaveAccessibleDescription('2 téléversements en cours');
    getPlatform().storage.corruptUploads = 2;
    held.release();
    await waitFor(() => {
      expect(storage).toHaveAccessibleDescription('2 téléversements ont échoué');
    });
  });
});

describe('an upload refused because the sign-in expired', () => {
  it('is paused, not failed, and goes on by itself once the same user signs in again', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    revokeTokens();
    await user.upload(fileInput(), file('after expiry', 'late-night.txt'));
    const dialog = await screen.findByRole('dialog', { name: 'Your sign-in has expired' }, { timeout: 8000 });
    const uploads = screen.getByRole('region', { name: 'Uploads' });
    expect(await within(uploads).findByText('Paused until you sign in again')).toBeInTheDocument();
    expect(within(uploads).queryByText('Failed')).not.toBeInTheDocument();
    expect(within(uploads).queryByText(/answered 401/)).not.toBeInTheDocument();
    expect(within(uploads).queryByText(/upload failed/)).not.toBeInTheDocument();
    // nor on the navigation's Storage entry
    expect(screen.queryByText(/uploads? failed/)).not.toBeInTheDocument();
    expect(within(uploads).queryByRole('button', { name: /^Retry the failed/ })).not.toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/Password/), 'demo-jdoe');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    // sent again by itself (the checksum's verdict in a real browser: the fault matrix's storage × 401)
    await waitFor(
      () => {
        expect(getPlatform().storage.nodes['/home/jdoe/late-night.txt']).toMatchObject({ kind: 'data' });
      },
      { timeout: 8000 },
    );
    expect(within(uploads).queryByText('Paused until you sign in again')).not.toBeInTheDocument();
  });
});
