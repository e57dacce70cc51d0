import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

const formReady = () =>
  screen.findByRole('form', { name: /Launch a session|Lancer une session/ }, { timeout: 8_000 });

describe('the session name', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it(
    'after a launch of replicas, suggests a name none of them has, and says what the replicas are called',
    { timeout: 30_000 },
    async () => {
      const { user, router } = await renderApp({
        route: '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&cmd=env',
      });
      await formReady();
      const name = await screen.findByRole('textbox', { name: 'Session name' });
      const replicas = screen.getByRole('textbox', { name: 'Replicas' });
      await user.clear(replicas);
      await user.type(replicas, '3');
      // the replicas' names, not the name itself, which no session will have
      await waitFor(() => {
        expect(name).toHaveAccessibleDescription(
          /^They will be called “headless\d+-1” to “headless\d+-3”\.$/,
        );
      });
      const first = name.getAttribute('value') ?? '';
      expect(name).toHaveAccessibleDescription(`They will be called “${first}-1” to “${first}-3”.`);
      await user.click(screen.getByRole('button', { name: 'Launch 3 replicas' }));
      await waitFor(
        () => {
          expect(router.state.location.pathname).toBe('/sessions');
        },
        { timeout: 5_000 },
      );

      // the form opened again restores the 3 replicas, and suggests a name whose replicas are all free
      await router.navigate('/sessions/launch?type=headless');
      expect(await screen.findByRole('textbox', { name: 'Replicas' })).toHaveValue('3');
      const again = await screen.findByRole('textbox', { name: 'Session name' });
      await waitFor(() => {
        expect(again).not.toHaveValue(first);
      });
      expect(screen.queryByText(/^You already have a session called/)).not.toBeInTheDocument();
      expect(screen.queryByText(/is already starting/)).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Launch 3 replicas' })).toBeEnabled();
    },
  );

  it('refuses before anything is sent a name whose replicas’ names would pass 63 characters', async () => {
    // skaha would cut each `…b-N` back to `…b` (SessionLabels.truncateLabelValue): three jobs of one name
    const name = `${'a'.repeat(61)}b`;
    const { user, router } = await renderApp({
      route: `/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&cmd=env&name=${name}&replicas=3`,
    });
    await formReady();
    const field = await screen.findByRole('textbox', { name: 'Session name' });
    expect(field).toHaveAccessibleDescription(
      'Use at most 61 characters with 3 replicas: their names end in “-1” to “-3”, and the platform keeps only the first 63 characters of a name.',
    );
    const before = getPlatform().skaha.sessions.length;
    await user.click(screen.getByRole('button', { name: 'Launch 3 replicas' }));
    expect(field).toHaveFocus();
    expect(getPlatform().skaha.sessions).toHaveLength(before);
    expect(router.state.location.pathname).toBe('/sessions/launch');
    // alone, the job keeps its name
    const replicas = screen.getByRole('textbox', { name: 'Replicas' });
    await user.clear(replicas);
    await user.type(replicas, '1');
    await waitFor(() => {
      expect(field).toHaveAccessibleDescription(`It will be called “${name}”.`);
    });
  });

  it('offers, for a session of that name still starting, its tile on the sessions page', async () => {
    // desktop1 is still Pending when the fake platform starts
    const { user, router } = await renderApp({
      route:
        '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=desktop1',
    });
    await formReady();
    expect(await screen.findByText(/^“desktop1” is already starting/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Show desktop1 on your sessions page' }));
    expect(router.state.location.pathname).toBe('/sessions');
    const tile = await screen.findByRole('article', { name: /desktop1/ });
    await waitFor(() => {
      expect(tile).toHaveFocus();
    });
    expect(within(tile).getByText('Pending')).toBeInTheDocument();
  });

  it('lets the duplicate notice’s buttons wrap their name rather than run out of the alert', async () => {
    await renderApp({
      route:
        '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=notebook1',
      language: 'fr',
    });
    await formReady();
    const button = await screen.findByRole('button', { name: 'En lancer une autre nommée notebook2' });
    // Mantine's button label is one line of fixed height; jsdom lays nothing out, so the style is what is read
    const label = button.querySelector('.mantine-Button-label');
    expect(label).toHaveAttribute('style', expect.stringContaining('white-space: normal'));
    expect(button).toHaveAttribute('style', expect.stringContaining('height: auto'));
  });
});
