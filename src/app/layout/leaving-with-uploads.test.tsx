import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform, holdRequests } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp, type RenderAppOptions } from '@/test/render-app';
import { grid } from '@/test/storage-grid';
import { textFile as file, fileInput, wouldAsk } from '@/test/uploads';

/** Storage with two uploads held on the wire, then the Sessions page: the uploads run on elsewhere. */
async function uploadThenLeaveStorage(options: RenderAppOptions = {}) {
  const held = holdRequests('.fits');
  const rendered = await renderApp({ route: '/storage/home/jdoe', ...options });
  await grid();
  await rendered.user.upload(fileInput(), [file('one', 'frame-01.fits'), file('two', 'frame-02.fits')]);
  await screen.findByRole('region', { name: /Uploads|Téléversements/ });
  await waitFor(() => {
    expect(held.held()).toBeGreaterThan(0);
  });
  await rendered.user.click(screen.getByRole('link', { name: /Sessions/ }));
  await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD);
  return { ...rendered, held };
}

const storedUploads = () =>
  Object.keys(getPlatform().storage.nodes).filter((path) => /\/frame-0\d\.fits$/.test(path));

describe('closing the tab while uploads run', () => {
  it('asks from any page of the portal, and no longer once the uploads are over', async () => {
    const { held } = await uploadThenLeaveStorage();
    expect(screen.getByRole('link', { name: 'Storage' })).toHaveAccessibleDescription(
      '2 uploads in progress',
    );
    expect(wouldAsk()).toBe(true);

    held.release();
    // over, whatever became of them (jsdom's XHR sends no bytes: their checksums fail); nothing runs
    await waitFor(() => {
      expect(screen.getByRole('link', { name: 'Storage' })).toHaveAccessibleDescription('2 uploads failed');
    });
    expect(wouldAsk()).toBe(false);
  });
});

describe('signing out while uploads run', () => {
  it('asks first; Keep uploading keeps the user signed in and the uploads going', async () => {
    const { user, held } = await uploadThenLeaveStorage();
    const account = screen.getByRole('button', { name: 'Account menu for Jane Doe' });
    await user.click(account);
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sign out?' });
    expect(dialog).toHaveTextContent('2 uploads are still running. Signing out stops them.');
    // focus starts on the choice that loses nothing: Enter does not stop the uploads
    const keep = within(dialog).getByRole('button', { name: 'Keep uploading' });
    expect(keep).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    // back where the user was: the account menu's button
    await waitFor(() => {
      expect(account).toHaveFocus();
    });
    expect(screen.getByRole('link', { name: 'Storage' })).toHaveAccessibleDescription(
      '2 uploads in progress',
    );

    held.release();
    await waitFor(() => {
      expect(storedUploads()).toHaveLength(2);
    });
    await waitFor(() => {
      expect(screen.getByRole('link', { name: 'Storage' })).not.toHaveAccessibleDescription(
        '2 uploads in progress',
      );
    });
    // nothing runs any more: signing out asks nothing
    await user.click(account);
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    const signIn = await screen.findByRole('heading', { name: 'Sign in to the Science Portal' }, FIRST_LOAD);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // the page the user was on went with the focus: the sign-in heading has it, not the document's body
    await waitFor(() => {
      expect(signIn).toHaveFocus();
    });
  });

  it('Stop and sign out, from the keyboard, stops the uploads and signs out', async () => {
    const { user, held } = await uploadThenLeaveStorage();
    await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out?' });
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Stop and sign out' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', { name: 'Sign in to the Science Portal' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(wouldAsk()).toBe(false);
    held.release();
    // what was held on the wire had been aborted: nothing arrives for the user who left
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storedUploads()).toEqual([]);
  });

  it('asks in French', async () => {
    const { user, held } = await uploadThenLeaveStorage({ language: 'fr' });
    await user.click(screen.getByRole('button', { name: 'Menu du compte\u00a0: Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Se déconnecter\u202f?' });
    expect(dialog).toHaveTextContent('2 téléversements sont encore en cours. Vous déconnecter les arrête.');
    expect(within(dialog).getByRole('button', { name: 'Continuer les téléversements' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Arrêter et se déconnecter' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    held.release();
  });
});

describe('switching demo user while uploads run', () => {
  const demo = { signedInAs: null, config: { mocks: true, auth: { mode: 'mock' } } } as const;

  it('asks as a sign-out does, then switches with none of the first user’s uploads', async () => {
    const { user, held } = await uploadThenLeaveStorage(demo);
    await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: /Mei Chen/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Switch to Mei Chen?' });
    expect(dialog).toHaveTextContent(
      '2 uploads are still running. Switching user signs you out, which stops them.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Stop and switch user' }));

    expect(await screen.findByRole('button', { name: 'Account menu for Mei Chen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Storage' })).not.toHaveAccessibleDescription();
    expect(wouldAsk()).toBe(false);
    held.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storedUploads()).toEqual([]);
  });

  it('Escape puts focus back on the account button, the second time too (the dialog’s code already here)', async () => {
    const { user, held } = await uploadThenLeaveStorage(demo);
    const account = screen.getByRole('button', { name: 'Account menu for Jane Doe' });
    for (const round of [1, 2]) {
      account.focus();
      await user.keyboard('{ArrowDown}');
      const item = await screen.findByRole('menuitem', { name: /Mei Chen/ });
      await waitFor(() => {
        expect(item).toHaveFocus();
      });
      await user.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog', { name: 'Switch to Mei Chen?' });
      await waitFor(() => {
        expect(within(dialog).getByRole('button', { name: 'Keep uploading' })).toHaveFocus();
      });
      await user.keyboard('{Escape}');
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      });
      await waitFor(() => {
        expect(account, `round ${String(round)}`).toHaveFocus();
      });
    }
    expect(screen.getByRole('button', { name: 'Account menu for Jane Doe' })).toBe(account);
    held.release();
  });
});
