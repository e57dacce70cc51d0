import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

const SLOW_FIRST_LOAD = { timeout: 8_000 };

describe('a brand-new user’s storage (new-user)', () => {
  // remembered launches live in localStorage: start without them
  beforeEach(() => {
    localStorage.clear();
  });

  it('says in words that the home folder comes with the first session, not an error', async () => {
    const { user, router } = await renderApp({ route: '/storage', scenario: 'new-user' });
    const notice = await screen.findByText(
      'Your home folder is created when you start your first session.',
      {},
      SLOW_FIRST_LOAD,
    );
    expect(router.state.location.pathname).toBe('/storage/home/jdoe');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // nothing can be written into a folder that is not there yet
    for (const name of ['Upload files', 'Upload a folder', 'New folder'])
      expect(screen.getByRole('button', { name })).toBeDisabled();
    const alert = notice.closest('.mantine-Alert-root');
    if (!(alert instanceof HTMLElement)) throw new Error('the notice is not in an alert box');
    await user.click(within(alert).getByRole('link', { name: 'Start a session' }));
    expect(router.state.location.pathname).toBe('/sessions/launch');

    // the launch that creates the home is neither warned about nor blocked by the home-quota guard
    await router.navigate(
      '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03',
    );
    await screen.findByRole('form', { name: 'Launch a session' }, SLOW_FIRST_LOAD);
    const submit = screen.getByRole('button', { name: 'Launch' });
    expect(submit).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/home folder/i)).not.toBeInTheDocument();
    await user.click(submit);
    await screen.findByRole('heading', { level: 1, name: 'Sessions' });
    expect(getPlatform().storage.nodes['/home/jdoe']).toMatchObject({ kind: 'container', creator: 'jdoe' });
  });

  it('says it in French', async () => {
    const { router } = await renderApp({ route: '/storage/home/jdoe', scenario: 'new-user', language: 'fr' });
    expect(
      await screen.findByText(
        'Votre dossier personnel est créé au lancement de votre première session.',
        {},
        SLOW_FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // only the home itself is explained: any other missing path is said to hold nothing
    await router.navigate('/storage/home/jdoe/nowhere');
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Il n’y a ni fichier ni dossier/);
  });
});
