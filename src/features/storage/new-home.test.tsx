import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';

const SLOW_FIRST_LOAD = { timeout: 8_000 };

describe('a brand-new user’s storage (new-user)', () => {
  it('says in words that the home folder comes with the first session, not an error', async () => {
    const { user, router } = await renderApp({ route: '/storage', scenario: 'new-user' });
    const notice = await screen.findByText(
      'Your home folder is created when you start your first session.',
      {},
      SLOW_FIRST_LOAD,
    );
    expect(router.state.location.pathname).toBe('/storage/home/jdoe');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const alert = notice.closest('.mantine-Alert-root');
    if (!(alert instanceof HTMLElement)) throw new Error('the notice is not in an alert box');
    await user.click(within(alert).getByRole('link', { name: 'Start a session' }));
    expect(router.state.location.pathname).toBe('/sessions/launch');
  });

  it('says it in French', async () => {
    await renderApp({ route: '/storage/home/jdoe', scenario: 'new-user', language: 'fr' });
    expect(
      await screen.findByText(
        'Votre dossier personnel est créé au lancement de votre première session.',
        {},
        SLOW_FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the storage error for any other missing folder', async () => {
    await renderApp({ route: '/storage/home/jdoe/nowhere', scenario: 'new-user' });
    expect(await screen.findByRole('alert', {}, SLOW_FIRST_LOAD)).toHaveTextContent('NodeNotFound');
  });
});
