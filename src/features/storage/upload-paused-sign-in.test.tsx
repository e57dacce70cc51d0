import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform, holdRequests, revokeTokens } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';
import { textFile as file, fileInput, wouldAsk } from '@/test/uploads';

const storedFrames = () =>
  Object.keys(getPlatform().storage.nodes).filter((path) => /\/frame-0\d\.fits$/.test(path));

/**
 * One upload over (failed: jsdom's XHR sends no bytes, so its checksum differs), then two on their way when
 * the sign-in ends: both paused, the sign-in dialog open over the page.
 */
async function pausedUploads() {
  const rendered = await renderApp({ route: '/storage/home/jdoe' });
  await grid();
  const { user } = rendered;
  await user.upload(fileInput(), file('first', 'first.txt'));
  const uploads = await screen.findByRole('region', { name: 'Uploads' });
  await within(uploads).findByText('Failed', {}, FIRST_LOAD);

  const held = holdRequests('.fits');
  await user.upload(fileInput(), [file('one', 'frame-01.fits'), file('two', 'frame-02.fits')]);
  await waitFor(() => {
    expect(held.held()).toBe(2);
  });
  revokeTokens();
  held.release();
  const signIn = await screen.findByRole('dialog', { name: 'Your sign-in has expired' }, FIRST_LOAD);
  await waitFor(() => {
    expect(within(uploads).getAllByText('Paused until you sign in again')).toHaveLength(2);
  });
  return { ...rendered, uploads, signIn };
}

describe('uploads paused until the user signs in again', () => {
  it('are still to finish: counted on Storage’s entry, asked about before leaving, kept by Clear finished, sent once signed in', async () => {
    const { user, uploads, signIn } = await pausedUploads();
    expect(uploads).toHaveTextContent('0 of 3 files uploaded');
    expect(screen.getByRole('link', { name: 'Storage' })).toHaveAccessibleDescription(
      '2 uploads in progress. 1 upload failed',
    );
    expect(wouldAsk()).toBe(true);
    expect(within(uploads).getByRole('button', { name: 'Cancel all' })).toBeInTheDocument();

    // Only the failed upload goes (the panel is under the dialog: jsdom lets the test reach it).
    await user.click(within(uploads).getByRole('button', { name: 'Clear finished' }));
    expect(within(uploads).queryByTitle('/home/jdoe/first.txt')).not.toBeInTheDocument();
    expect(within(uploads).getAllByText('Paused until you sign in again')).toHaveLength(2);
    expect(uploads).toHaveTextContent('0 of 2 files uploaded');
    expect(screen.getByRole('link', { name: 'Storage' })).toHaveAccessibleDescription(
      '2 uploads in progress',
    );
    expect(within(uploads).getByRole('button', { name: 'Cancel all' })).toBeInTheDocument();
    expect(within(uploads).queryByRole('button', { name: 'Clear finished' })).not.toBeInTheDocument();
    expect(wouldAsk()).toBe(true);

    await user.type(within(signIn).getByLabelText(/Password/), 'demo-jdoe');
    await user.click(within(signIn).getByRole('button', { name: 'Sign in' }));
    await waitFor(
      () => {
        expect(storedFrames()).toHaveLength(2);
      },
      { timeout: 8000 },
    );
    expect(within(uploads).queryByText('Paused until you sign in again')).not.toBeInTheDocument();
  });

  it('are stopped by Cancel all: nothing left to finish, nothing sent once signed in', async () => {
    const { user, uploads, signIn } = await pausedUploads();
    await user.click(within(uploads).getByRole('button', { name: 'Cancel all' }));
    // the failed one with them, as Cancel all always did
    expect(within(uploads).getAllByText('Cancelled')).toHaveLength(3);
    expect(within(uploads).queryByText('Paused until you sign in again')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Storage' })).not.toHaveAccessibleDescription();
    expect(wouldAsk()).toBe(false);

    await user.type(within(signIn).getByLabelText(/Password/), 'demo-jdoe');
    await user.click(within(signIn).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Your sign-in has expired' })).not.toBeInTheDocument();
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(storedFrames()).toEqual([]);
  });

  it('are forgotten, not handed over, when someone else signs in', async () => {
    const { user, signIn } = await pausedUploads();
    const username = within(signIn).getByLabelText(/Username/);
    await user.clear(username);
    await user.type(username, 'mchen');
    await user.type(within(signIn).getByLabelText(/Password/), 'demo-mchen');
    await user.click(within(signIn).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('button', { name: 'Account menu for Mei Chen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Uploads' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Storage' })).not.toHaveAccessibleDescription();
    expect(wouldAsk()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(storedFrames()).toEqual([]);
  });
});
