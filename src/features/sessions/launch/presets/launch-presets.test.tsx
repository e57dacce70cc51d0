import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

const formReady = () =>
  screen.findByRole('form', { name: /Launch a session|Lancer une session/ }, { timeout: 15_000 });

const MINE = '/home/jdoe/.canfar/launch-presets.json';

function storedText(path: string): string | undefined {
  return getPlatform().storage.nodes[path]?.text;
}

const storedJson = (path: string): unknown => JSON.parse(storedText(path) ?? '');

function putFile(path: string, text: string) {
  const { storage } = getPlatform();
  storage.nodes[path] = {
    kind: 'data',
    creator: 'jdoe',
    date: Date.now(),
    isPublic: false,
    groupRead: [],
    groupWrite: [],
    length: text.length,
    contentType: 'application/json',
    md5: 'f'.repeat(32),
    text,
  };
}

describe('launch presets', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it(
    'applies a preset a workshop publishes to its members, marked with the project',
    { timeout: 40_000 },
    async () => {
      const { user, router } = await renderApp({
        route: '/sessions/launch?type=notebook',
        signedInAs: 'trainee1',
      });
      await formReady();
      await user.click(screen.getByRole('button', { name: 'Presets' }));
      const menu = await screen.findByRole('menu');
      expect(within(menu).getByText('Published for survey-team')).toBeInTheDocument();
      await user.click(
        await within(menu).findByRole('menuitem', {
          name: 'Exercise 2: parameter sweep survey-team, read-only',
        }),
      );
      expect(await screen.findByText(/Preset “Exercise 2: parameter sweep” applied/)).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: /Headless/ })).toBeChecked();
      expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('sweep');
      await waitFor(() => {
        expect(new URLSearchParams(router.state.location.search).get('replicas')).toBe('4');
      });
    },
  );

  it(
    'saves the form as a preset in the user’s home, then renames and deletes it',
    { timeout: 40_000 },
    async () => {
      const { user } = await renderApp({
        route:
          '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&resources=fixed&cores=4&ram=16',
      });
      await formReady();
      expect(storedText(MINE)).toBeUndefined();
      await user.click(screen.getByRole('button', { name: 'Presets' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Save the form as a preset…' }));
      const dialog = await screen.findByRole('dialog', { name: 'Save the form as a preset' });
      await user.type(within(dialog).getByRole('textbox', { name: 'Preset name' }), 'Big notebook');
      await user.click(within(dialog).getByRole('button', { name: 'Save preset' }));
      expect(await screen.findByText('Preset “Big notebook” saved.')).toBeInTheDocument();
      expect(storedJson(MINE)).toEqual({
        version: 1,
        presets: [
          {
            name: 'Big notebook',
            type: 'notebook',
            image: 'images.canfar.net/skaha/astroml-notebook:26.03',
            resources: 'fixed',
            cores: 4,
            ram: 16,
          },
        ],
      });

      await user.click(screen.getByRole('button', { name: 'Presets' }));
      expect(await screen.findByRole('menuitem', { name: 'Big notebook' })).toBeInTheDocument();
      await user.click(screen.getByRole('menuitem', { name: 'Rename or delete presets…' }));
      const manage = await screen.findByRole('dialog', { name: 'Your presets' });
      await user.click(within(manage).getByRole('button', { name: 'Rename Big notebook' }));
      const field = within(manage).getByRole('textbox', { name: 'New name for Big notebook' });
      await user.clear(field);
      await user.type(field, 'Large notebook');
      await user.click(within(manage).getByRole('button', { name: 'Save the name' }));
      expect(await screen.findByText('Preset “Big notebook” renamed “Large notebook”.')).toBeInTheDocument();
      expect(storedJson(MINE)).toMatchObject({ presets: [{ name: 'Large notebook' }] });

      await user.click(await within(manage).findByRole('button', { name: 'Delete Large notebook' }));
      expect(await screen.findByText('Preset “Large notebook” deleted.')).toBeInTheDocument();
      expect(storedJson(MINE)).toEqual({ version: 1, presets: [] });
    },
  );

  it(
    'names a file it cannot use, keeps the form working, and never writes over it',
    { timeout: 40_000 },
    async () => {
      putFile(MINE, '{"version": 1, "presets": [{"name": "x"}]}');
      const { user } = await renderApp({ route: '/sessions/launch?type=notebook' });
      await formReady();
      // Presets are read when the menu opens: most users have no file, and a 404 on every form load is noise.
      await user.click(screen.getByRole('button', { name: 'Presets' }));
      expect(
        await screen.findByText(
          'The presets file /arc/home/jdoe/.canfar/launch-presets.json cannot be used: presets.0.type expected one of "notebook", "desktop", "carta", "firefly", "contributed", "headless"',
        ),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Launch' })).toBeEnabled();
      expect(await screen.findByRole('menuitem', { name: 'Save the form as a preset…' })).toBeDisabled();
    },
  );

  it(
    'says the projects’ presets are missing when the group service cannot list the projects',
    { timeout: 40_000 },
    async () => {
      const { user } = await renderApp({
        route: '/sessions/launch?type=notebook',
        signedInAs: 'trainee1',
        scenario: 'gms-down',
      });
      await formReady();
      await user.click(screen.getByRole('button', { name: 'Presets' }));
      expect(
        await screen.findByText(
          'The presets your projects publish are missing: the group service could not list your projects. Open Presets again to try again.',
          undefined,
          { timeout: 15_000 },
        ),
      ).toBeInTheDocument();
      const menu = screen.getByRole('menu');
      expect(within(menu).queryByText('Published for survey-team')).not.toBeInTheDocument();
      // said in the open menu too, which covers the message below its button
      expect(
        within(menu).getByRole('menuitem', { name: 'Your projects’ presets could not be listed' }),
      ).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Launch' })).toBeEnabled();
    },
  );

  it(
    'does not overwrite a presets file another tab changed since it was read',
    { timeout: 40_000 },
    async () => {
      const { user } = await renderApp({ route: '/sessions/launch?type=carta' });
      await formReady();
      await user.click(screen.getByRole('button', { name: 'Presets' }));
      expect(await screen.findByRole('menuitem', { name: 'No saved presets yet' })).toBeInTheDocument();
      await user.click(screen.getByRole('menuitem', { name: 'Save the form as a preset…' }));
      // meanwhile, another tab saves a preset
      putFile(MINE, '{"version": 1, "presets": [{"name": "From the other tab", "type": "desktop"}]}');
      const dialog = await screen.findByRole('dialog', { name: 'Save the form as a preset' });
      await user.type(within(dialog).getByRole('textbox', { name: 'Preset name' }), 'Mine');
      await user.click(within(dialog).getByRole('button', { name: 'Save preset' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'The presets file /arc/home/jdoe/.canfar/launch-presets.json changed since this page read it',
      );
      expect(storedText(MINE)).toContain('From the other tab');
      expect(storedText(MINE)).not.toContain('Mine');
    },
  );

  it(
    'does not delete from a presets file another tab changed, and offers Reload in the manage dialog too',
    { timeout: 40_000 },
    async () => {
      putFile(MINE, '{"version": 1, "presets": [{"name": "Mine", "type": "desktop"}]}');
      const { user } = await renderApp({ route: '/sessions/launch?type=carta' });
      await formReady();
      await user.click(screen.getByRole('button', { name: 'Presets' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Rename or delete presets…' }));
      const manage = await screen.findByRole('dialog', { name: 'Your presets' });
      // meanwhile, another tab adds a preset
      const changed =
        '{"version": 1, "presets": [{"name": "Mine", "type": "desktop"}, {"name": "Theirs", "type": "carta"}]}';
      putFile(MINE, changed);
      await user.click(within(manage).getByRole('button', { name: 'Delete Mine' }));
      const alert = await within(manage).findByRole('alert');
      expect(alert).toHaveTextContent(
        'The presets file /arc/home/jdoe/.canfar/launch-presets.json changed since this page read it',
      );
      expect(storedText(MINE)).toBe(changed);
      await user.click(within(alert).getByRole('button', { name: 'Reload the presets' }));
      expect(await within(manage).findByText('Theirs')).toBeInTheDocument();
      expect(within(manage).queryByRole('alert')).not.toBeInTheDocument();
    },
  );
});

describe('focus after a presets dialog', () => {
  it('goes back to the Presets button when Save or Manage closes', { timeout: 40_000 }, async () => {
    const { user } = await renderApp({ route: '/sessions/launch?type=notebook' });
    await formReady();
    const menuButton = screen.getByRole('button', { name: 'Presets' });
    await user.click(menuButton);
    await user.click(await screen.findByRole('menuitem', { name: 'Save the form as a preset…' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    await waitFor(() => {
      expect(menuButton).toHaveFocus();
    });
    // saved: the dialog closes on its own, and focus goes back there too
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitem', { name: 'Save the form as a preset…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the form as a preset' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Preset name' }), 'Quick notebook');
    await user.click(within(dialog).getByRole('button', { name: 'Save preset' }));
    expect(await screen.findByText('Preset “Quick notebook” saved.')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(menuButton).toHaveFocus();
  });
});
