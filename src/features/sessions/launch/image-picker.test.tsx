import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPlatform, watchLaunches } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

const formReady = () =>
  screen.findByRole('form', { name: /Launch a session|Lancer une session/ }, { timeout: 8_000 });
const launched = (name: string) => getPlatform().skaha.sessions.filter((record) => record.name === name);

describe('the image picker', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('takes a full reference pasted into Image path on the registry it names, not on it twice', async () => {
    const { user, router } = await renderApp({
      route: '/sessions/launch?type=notebook&custom=1&name=pasted',
    });
    await formReady();
    const path = await screen.findByRole('textbox', { name: 'Image path' });
    await user.click(path);
    await user.paste('images.canfar.net/skaha/astroml-notebook:26.03');
    expect(path).toHaveValue('skaha/astroml-notebook:26.03');
    expect(screen.getByRole('combobox', { name: 'Registry' })).toHaveValue('images.canfar.net');
    expect(
      screen.getByText(
        /^canfar create --name pasted notebook images\.canfar\.net\/skaha\/astroml-notebook:26\.03$/,
      ),
    ).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('image')).toBe(
      'images.canfar.net/skaha/astroml-notebook:26.03',
    );
    // a public image: nothing to fill in before it launches
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    expect(launched('pasted')[0]).toMatchObject({ image: 'images.canfar.net/skaha/astroml-notebook:26.03' });
  });

  it('says plainly when a link’s image on another registry is put on the platform’s, and sends nothing', async () => {
    const sent = watchLaunches();
    const { user } = await renderApp({
      route: '/sessions/launch?type=headless&name=py&cmd=python&image=docker.io%2Flibrary%2Fpython%3A3',
    });
    await formReady();
    const path = await screen.findByRole('textbox', { name: 'Image path' });
    expect(path).toHaveValue('docker.io/library/python:3');
    await user.click(screen.getByRole('combobox', { name: 'Registry' }));
    await user.click(await screen.findByRole('option', { name: 'images.canfar.net' }));
    expect(
      await screen.findByText(
        'This path starts with another registry, \u2068docker.io\u2069: sessions start only from images on images.canfar.net. Give the path of an image on images.canfar.net (project/repository:tag).',
      ),
    ).toBeInTheDocument();
    expect(path).toHaveAccessibleDescription(/starts with another registry/);
    await user.type(screen.getByRole('textbox', { name: 'Registry user name' }), 'jdoe');
    await user.type(screen.getByLabelText('Registry secret'), 'cli-s3cret');
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    expect(path).toHaveFocus();
    expect(sent).toEqual([]);
    expect(screen.getByRole('button', { name: 'Copy as CLI' })).toBeDisabled();
  });

  it('launches a public image listed for another type without asking for registry credentials', async () => {
    const { user, router } = await renderApp({
      route:
        '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=crossed&cmd=env',
    });
    await formReady();
    expect(
      await screen.findByText(
        'The platform lists this image for Notebook, not Headless. It launches as Headless all the same, without registry credentials: the image is public.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Registry user name' })).not.toBeInTheDocument();
    expect(screen.queryByText(/not in the list for Headless/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    expect(launched('crossed')[0]).toMatchObject({
      type: 'headless',
      image: 'images.canfar.net/skaha/astroml-notebook:26.03',
    });
  });

  it('names the registry secret’s show/hide button in the user’s language', async () => {
    await renderApp({
      route:
        '/sessions/launch?type=headless&image=images.canfar.net%2Fsurvey-team%2Fprivate-pipeline%3A1.0&name=fit',
      language: 'fr',
    });
    await formReady();
    expect(
      await screen.findByRole('button', { name: 'Afficher ou masquer le secret du registre' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toggle password visibility' })).not.toBeInTheDocument();
  });

  it('takes Launch without an image to the image field with its list closed, so the error shows', async () => {
    const sent = watchLaunches();
    const { user } = await renderApp({ route: '/sessions/launch?type=notebook' });
    await formReady();
    const image = await screen.findByRole('combobox', { name: 'Image' });
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    expect(image).toHaveFocus();
    expect(image).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(image).toHaveAccessibleDescription(/Choose an image/);
    expect(sent).toEqual([]);
  });
});
