import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { failNext, getPlatform, holdRequests } from '@/test/fake-platform';
import { ApiError } from '@/api/http/api-error';
import { renderApp } from '@/test/render-app';
import { isMissingHome } from './use-presets';

const formReady = () => screen.findByRole('form', { name: 'Launch a session' }, { timeout: 15_000 });

const MINE = '/home/jdoe/.canfar/launch-presets.json';
const WORKSHOP = '/projects/survey-team/.canfar/launch-presets.json';

/** The seeded workshop file with other text, still readable by the project's members. */
function rewriteWorkshop(text: string) {
  const stored = getPlatform().storage.nodes[WORKSHOP];
  if (!stored) throw new Error('the seed has no workshop presets');
  getPlatform().storage.nodes[WORKSHOP] = { ...stored, text, length: text.length, md5: 'f'.repeat(32) };
}

/** A folder where a presets file should be: reading it fails, as a broken file on cavern would. */
function breakFile(path: string) {
  getPlatform().storage.nodes[path] = {
    kind: 'container',
    creator: 'jdoe',
    date: Date.now(),
    isPublic: false,
    groupRead: ['ivo://cadc.nrc.ca/gms?survey-team'],
    groupWrite: [],
  };
}

/** The launch form of `username`, with the presets menu opened (presets are read only then). */
async function openPresets(username: string) {
  const { user } = await renderApp({ route: '/sessions/launch?type=notebook', signedInAs: username });
  await formReady();
  await user.click(screen.getByRole('button', { name: 'Presets' }));
  return screen.findByRole('menu');
}

describe('where presets come from', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it(
    'names a workshop presets file that cannot be read, and keeps the form working',
    { timeout: 40_000 },
    async () => {
      breakFile(WORKSHOP);
      const menu = await openPresets('trainee1');
      expect(
        await screen.findByText(
          'The presets file /arc/projects/survey-team/.canfar/launch-presets.json could not be read.',
        ),
      ).toBeInTheDocument();
      expect(within(menu).queryByText('Published for survey-team')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Launch' })).toBeEnabled();
    },
  );

  it('names a workshop presets file that cannot be used, and why', { timeout: 40_000 }, async () => {
    rewriteWorkshop('{"version": 1, "presets": [{"name": "x"}]}');
    await openPresets('trainee1');
    expect(
      await screen.findByText(
        /^The presets file \/arc\/projects\/survey-team\/\.canfar\/launch-presets\.json cannot be used: presets\.0\.type /,
      ),
    ).toBeInTheDocument();
  });

  it(
    'says it is loading until the workshop’s file has come, not that there are no presets',
    { timeout: 40_000 },
    async () => {
      const workshop = holdRequests(WORKSHOP);
      const menu = await openPresets('trainee1');
      await vi.waitFor(() => {
        expect(workshop.held()).toBe(1);
      });
      // the user's own file has answered (none), the workshop's has not
      expect(within(menu).getByRole('menuitem', { name: 'Loading presets…' })).toBeInTheDocument();
      expect(within(menu).queryByRole('menuitem', { name: 'No saved presets yet' })).not.toBeInTheDocument();
      workshop.release();
      expect(await within(menu).findByText('Published for survey-team')).toBeInTheDocument();
      expect(within(menu).getByRole('menuitem', { name: 'No saved presets yet' })).toBeInTheDocument();
    },
  );

  it('shows no heading for a workshop that publishes an empty list', { timeout: 40_000 }, async () => {
    rewriteWorkshop('{"version": 1, "presets": []}');
    const menu = await openPresets('trainee1');
    // Loaded (the workshop's file included), and nothing of the workshop's to show.
    expect(await within(menu).findByRole('menuitem', { name: 'No saved presets yet' })).toBeInTheDocument();
    expect(within(menu).queryByText('Published for survey-team')).not.toBeInTheDocument();
  });

  it('names the user’s own presets file when it cannot be read', { timeout: 40_000 }, async () => {
    breakFile(MINE);
    await openPresets('jdoe');
    expect(
      await screen.findByText(
        'The presets file /arc/home/jdoe/.canfar/launch-presets.json could not be read.',
      ),
    ).toBeInTheDocument();
  });

  it('reads the presets of no more than 40 of the user’s groups', { timeout: 40_000 }, async () => {
    const { user } = await renderApp({ route: '/sessions/launch?type=notebook', signedInAs: 'trainee1' });
    await formReady();
    // GMS names 40 groups that sort before survey-team: its presets are past the limit, and not read.
    const groups = Array.from({ length: 40 }, (_, index) => `aa-group-${String(index).padStart(2, '0')}`);
    failNext('ac', { status: 200, body: `${[...groups, 'survey-team'].join('\n')}\n` });
    await user.click(screen.getByRole('button', { name: 'Presets' }));
    const menu = await screen.findByRole('menu');
    expect(
      await within(menu).findByRole('menuitem', { name: 'No saved presets yet' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(within(menu).queryByText('Published for survey-team')).not.toBeInTheDocument();
  });

  it(
    'reads a workshop’s file again by itself after a failure that may pass (503)',
    { timeout: 40_000 },
    async () => {
      failNext('storage', { status: 503, path: `/nodes${WORKSHOP}` });
      const menu = await openPresets('trainee1');
      expect(
        await within(menu).findByText('Published for survey-team', {}, { timeout: 10_000 }),
      ).toBeInTheDocument();
      expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
    },
  );

  it(
    'reads a workshop’s file that still failed again when the menu is opened again',
    { timeout: 40_000 },
    async () => {
      // the first read and both retries fail
      failNext('storage', { status: 503, path: `/nodes${WORKSHOP}`, times: 3 });
      const { user } = await renderApp({ route: '/sessions/launch?type=notebook', signedInAs: 'trainee1' });
      await formReady();
      const presetsButton = screen.getByRole('button', { name: 'Presets' });
      await user.click(presetsButton);
      const problem =
        'The presets file /arc/projects/survey-team/.canfar/launch-presets.json could not be read.';
      expect(await screen.findByText(problem, {}, { timeout: 10_000 })).toBeInTheDocument();
      await user.keyboard('{Escape}');
      await user.click(presetsButton);
      const menu = await screen.findByRole('menu');
      expect(await within(menu).findByText('Published for survey-team')).toBeInTheDocument();
      expect(screen.queryByText(problem)).not.toBeInTheDocument();
    },
  );

  it('reads no presets file until the menu is opened', { timeout: 40_000 }, async () => {
    // Most users have no file: a form that read it on opening would log a 404 every time.
    const requests = vi.spyOn(globalThis, 'fetch');
    const presetReads = () =>
      requests.mock.calls
        .map(([input]) => new URL(input instanceof Request ? input.url : input).pathname)
        .filter((url) => url.includes('launch-presets.json'));
    const { user } = await renderApp({ route: '/sessions/launch?type=notebook', signedInAs: 'trainee1' });
    await formReady();
    expect(presetReads()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Presets' }));
    const menu = await screen.findByRole('menu');
    expect(await within(menu).findByText('Published for survey-team')).toBeInTheDocument();
    expect(presetReads()).toContain('/arc/nodes/home/trainee1/.canfar/launch-presets.json');
  });
});

describe('a new account’s home that is not there yet', () => {
  const storage404 = (message: string) =>
    new ApiError({ service: 'storage', kind: 'http', status: 404, message });

  it('is cavern’s 404 naming the user’s own home as not found', () => {
    expect(isMissingHome(storage404('NodeNotFound: ContainerNotFound: /home/jdoe'), 'jdoe')).toBe(true);
    expect(isMissingHome(storage404('ContainerNotFound: /home/jdoe\n'), 'jdoe')).toBe(true);
    expect(isMissingHome(storage404('NodeNotFound: vos://cadc.nrc.ca~arc/home/jdoe/'), 'jdoe')).toBe(true);
  });

  it('is not another folder missing, another user’s home, another status or another service', () => {
    expect(isMissingHome(storage404('NodeNotFound: ContainerNotFound: /home/jdoe/.canfar'), 'jdoe')).toBe(
      false,
    );
    expect(isMissingHome(storage404('NodeNotFound: ContainerNotFound: /home/jdoe2'), 'jdoe')).toBe(false);
    expect(isMissingHome(storage404('NodeNotFound: ContainerNotFound: /home/ada'), 'jdoe')).toBe(false);
    expect(isMissingHome(storage404('NodeNotFound: /projects/home/jdoe'), 'jdoe')).toBe(false);
    // a proxy's 404 page that happens to name the path
    expect(isMissingHome(storage404('Not Found: /home/jdoe'), 'jdoe')).toBe(false);
    expect(
      isMissingHome(
        new ApiError({
          service: 'storage',
          kind: 'http',
          status: 403,
          message: 'PermissionDenied: /home/jdoe',
        }),
        'jdoe',
      ),
    ).toBe(false);
    expect(
      isMissingHome(
        new ApiError({ service: 'skaha', kind: 'http', status: 404, message: 'NodeNotFound: /home/jdoe' }),
        'jdoe',
      ),
    ).toBe(false);
    expect(isMissingHome(new Error('NodeNotFound: /home/jdoe'), 'jdoe')).toBe(false);
  });
});
