import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { failNext, getPlatform, revokeTokens, watchLaunches } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';
import type * as LaunchOutcome from './launch-outcome';

// After a launch that got no answer the form reads the session list at once and again after 2 s and 3 s. The
// tests here check what it concludes from each read, not the pauses (launch-outcome.ts holds them), so the
// pauses are cut to milliseconds instead of waiting 5 s of real time per test.
vi.mock('./launch-outcome', async (importOriginal) => ({
  ...(await importOriginal<typeof LaunchOutcome>()),
  CHECK_PAUSES_MS: [0, 20, 30],
}));

// The first render loads the route module; give it time on a busy machine.
const formReady = () =>
  screen.findByRole('form', { name: /Launch a session|Lancer une session/ }, { timeout: 8_000 });

const launched = (name: string) => getPlatform().skaha.sessions.filter((record) => record.name === name);

describe('the launch form', () => {
  // remembered launches live in localStorage: each test starts without them
  beforeEach(() => {
    localStorage.clear();
  });

  it('honours the type and image of a link, suggests a unique name, and launches flexible by default', async () => {
    const { user, router } = await renderApp({
      route: '/sessions/launch?type=carta&image=images.canfar.net%2Fskaha%2Fcarta%3A5.1.0',
    });
    await formReady();
    expect(await screen.findByRole('radio', { name: 'CARTA' })).toBeChecked();
    const image = await screen.findByRole('combobox', { name: 'Image' });
    await waitFor(() => {
      expect(image).toHaveValue('carta:5.1.0 · 0e1d2c3b4a5f');
    });
    expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('carta1');
    expect(screen.getByText('It will be called “carta1”.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Flexible' })).toBeChecked();
    expect(await screen.findByText('3 of 5 interactive sessions in use.')).toBeInTheDocument();
    expect(
      screen.getByText(/^canfar create --name carta1 carta images.canfar.net\/skaha\/carta:5.1.0$/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Launch' }));
    // the first test to leave for the dashboard loads its code
    await waitFor(
      () => {
        expect(router.state.location.pathname).toBe('/sessions');
      },
      { timeout: 5_000 },
    );
    const [record] = launched('carta1');
    expect(record).toMatchObject({ type: 'carta', image: 'images.canfar.net/skaha/carta:5.1.0', gpus: 0 });
    expect(record?.fixed).toBeUndefined();
    const tile = await screen.findByRole('article', { name: 'carta1' }, { timeout: 5_000 });
    expect(tile).toHaveTextContent('Pending');
    // the new session's tile has the keyboard, and Back to the dashboard later would not send it there again
    await waitFor(() => {
      expect(tile).toHaveFocus();
    });
    await waitFor(() => {
      expect(router.state.location.state).toBeNull();
    });
    expect(router.state.location.pathname).toBe('/sessions');
    expect(tile).toHaveFocus();
  });

  it('takes the first image matching what was typed on Enter, without sending the form', async () => {
    const { user, router } = await renderApp({ route: '/sessions/launch?type=notebook' });
    await formReady();
    const sessions = getPlatform().skaha.sessions.length;
    const image = await screen.findByRole('combobox', { name: 'Image' });
    await user.click(image);
    await user.clear(image);
    await user.keyboard('scipy');
    const first = (await screen.findAllByRole('option'))[0];
    expect(first).toHaveTextContent(/scipy/);
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(image).toHaveValue(first?.textContent);
    });
    expect(screen.queryByText('Choose an image')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sessions/launch');
    expect(getPlatform().skaha.sessions).toHaveLength(sessions);
    // the chosen image picked again stays chosen: the field is required
    await user.click(image);
    await user.click(await screen.findByRole('option', { name: first?.textContent ?? '' }));
    expect(image).toHaveValue(first?.textContent);
  });

  it('shows an override in a link’s image as what it is, in the notice and the CLI line, which it does not copy', async () => {
    await renderApp({
      route:
        '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3Aabc%E2%80%AEexe.fdp&name=stale',
    });
    await formReady();
    expect(
      await screen.findByText(/^The platform lists no tag “\u2068abc<U\+202E>exe\.fdp\u2069” of /),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^canfar create --name stale .*'images\.canfar\.net\/skaha\/astroml-notebook:abc<U\+202E>exe\.fdp'$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy as CLI' })).toBeDisabled();
    expect(document.body.textContent).not.toContain('\u202E');
  });

  it('says a link’s tag is not on the platform, and offers the repository’s newest', async () => {
    const { user } = await renderApp({
      route:
        '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A99.99&name=stale',
    });
    await formReady();
    expect(
      await screen.findByText(
        'The platform lists no tag “\u206899.99\u2069” of \u2068astroml-notebook\u2069 for Notebook: it may have been removed, or mistyped. The newest is 26.03. Launched anyway, this tag is pulled as an unlisted image, with your registry user name and secret below.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use astroml-notebook:26.03' }));
    expect(await screen.findByRole('combobox', { name: 'Image' })).toHaveValue(
      'astroml-notebook:26.03 · 5b0f7c2e9d3a',
    );
    expect(screen.queryByRole('textbox', { name: 'Registry user name' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('stale');
  });

  it('says what the platform has free in the units of its RAM choices', async () => {
    const { user } = await renderApp({ route: '/sessions/launch?type=notebook' });
    await formReady();
    // the decimal-GB capacity is shown in the units of the RAM choices, and the largest session is the largest
    // fixed one offered (skaha's own figure is the flexible limit of the resource file: largest-session.ts)
    expect(
      await screen.findByText(
        /^Free now: [\d,.]+ cores and [\d.]+ TB\. Largest session: 16 cores with 192 GB\.$/,
      ),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: 'Fixed' }));
    await user.click(screen.getByRole('combobox', { name: 'RAM' }));
    expect(await screen.findByRole('option', { name: '32 GB' })).toBeInTheDocument();
  });

  it('says the image list failed in the picker, and keeps a link’s image as chosen, not unlisted', async () => {
    failNext('skaha', { status: 503, path: '/v1/image', times: 1_000 });
    const { user } = await renderApp({
      route: '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03',
    });
    await formReady();
    expect(await screen.findByRole('alert', { name: /Sessions service/ }, { timeout: 8_000 })).toBeVisible();
    const image = screen.getByRole('combobox', { name: 'Image' });
    expect(image).toHaveValue('images.canfar.net/skaha/astroml-notebook:26.03');
    // no unlisted-image notice, no credential fields: nothing says the image is unlisted
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Registry user name' })).not.toBeInTheDocument();
    await user.clear(image);
    await user.type(image, 'carta');
    expect(
      await screen.findByText(
        'The image list could not be loaded (see above); a private or unlisted image can still be given below.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('No image matches')).not.toBeInTheDocument();
  });

  it('warns that an image built for another platform than the nodes’ would never start', async () => {
    // the fake Harbor's carta 4.0.0 is linux/arm64, and skaha lists it all the same
    const { user } = await renderApp({
      route: '/sessions/launch?type=carta&image=images.canfar.net%2Fskaha%2Fcarta%3A4.0.0',
    });
    await formReady();
    const note = await screen.findByRole('note', { name: 'This image will not run here' });
    expect(note).toHaveTextContent(
      'It is built for linux/arm64, and the platform’s nodes run linux/amd64 images: its session would never start.',
    );
    const image = screen.getByRole('combobox', { name: 'Image' });
    await user.click(image);
    await user.click(await screen.findByRole('option', { name: /^carta:5\.1\.0/ }));
    await waitFor(() => {
      expect(screen.queryByRole('note', { name: 'This image will not run here' })).not.toBeInTheDocument();
    });
  });

  it('sends cores, RAM and GPUs only when chosen, and remembers them for the next launch of that type', async () => {
    const { user, router } = await renderApp({ route: '/sessions/launch?type=notebook' });
    await formReady();
    await user.click(await screen.findByRole('radio', { name: 'Fixed' }));
    await user.click(screen.getByRole('combobox', { name: 'Cores' }));
    await user.click(await screen.findByRole('option', { name: '4' }));
    await user.click(screen.getByRole('combobox', { name: 'RAM' }));
    await user.click(await screen.findByRole('option', { name: '16 GB' }));
    await user.click(screen.getByRole('combobox', { name: 'GPUs' }));
    await user.click(await screen.findByRole('option', { name: '2' }));
    await user.click(screen.getByRole('combobox', { name: 'Image' }));
    await user.click(await screen.findByRole('option', { name: /^astroml-notebook:26.03/ }));
    expect(screen.getByText(/--cpu 4 --memory 16 --gpu 2 notebook/)).toBeInTheDocument();
    expect(router.state.location.search).toContain('resources=fixed');
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    expect(launched('notebook2')[0]).toMatchObject({ fixed: { cores: 4, ramGB: 16 }, gpus: 2 });

    await router.navigate('/sessions/launch?type=notebook');
    expect(await screen.findByRole('radio', { name: 'Fixed' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Cores' })).toHaveValue('4');
    expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('notebook3');
  });

  it('says the platform sets desktop resources, and hides GPUs where there are none', async () => {
    const { user } = await renderApp({ route: '/sessions/launch?type=desktop', scenario: 'no-gpu' });
    await formReady();
    expect(
      await screen.findByText('The platform sets the resources of Desktop sessions, without GPUs.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Fixed' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'GPUs' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Notebook' }));
    expect(await screen.findByText('This platform has no GPUs to offer.')).toBeInTheDocument();
  });

  it('offers no GPUs for Firefly, whose template fixes its resources', async () => {
    await renderApp({ route: '/sessions/launch?type=firefly' });
    await formReady();
    expect(
      await screen.findByText('The platform sets the resources of Firefly sessions, without GPUs.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'GPUs' })).not.toBeInTheDocument();
  });

  it('has no GPU field when the deployment turns the gpu feature off', async () => {
    await renderApp({ route: '/sessions/launch?type=notebook', config: { features: { gpu: false } } });
    await formReady();
    await screen.findByRole('radio', { name: 'Fixed' });
    expect(screen.queryByRole('combobox', { name: 'GPUs' })).not.toBeInTheDocument();
    expect(screen.queryByText('This platform has no GPUs to offer.')).not.toBeInTheDocument();
  });

  it('validates the name as skaha does, without sending anything', async () => {
    const { user } = await renderApp({ route: '/sessions/launch?type=notebook' });
    await formReady();
    const name = await screen.findByRole('textbox', { name: 'Session name' });
    await user.clear(name);
    await user.type(name, 'my_session');
    expect(screen.getByText('Use only letters, digits and hyphens')).toBeInTheDocument();
    const before = getPlatform().skaha.sessions.length;
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    expect(getPlatform().skaha.sessions).toHaveLength(before);
    // skaha would list `run-` as `run`, and refuse `-run` outright: its label must start and end so
    for (const edge of ['run-', '-run']) {
      await user.clear(name);
      await user.type(name, edge);
      expect(screen.getByText('Start and end with a letter or digit')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Launch' }));
      expect(getPlatform().skaha.sessions).toHaveLength(before);
    }
    await user.clear(name);
    await user.type(name, 'My-Analysis');
    expect(screen.getByText('It will be called “my-analysis”.')).toBeInTheDocument();
  });

  it('at the session limit, offers no canfar line to copy, and says why', async () => {
    const image = 'images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03';
    await renderApp({
      route: `/sessions/launch?type=notebook&image=${image}&name=my_session`,
      scenario: 'busy',
    });
    await formReady();
    // the line stays to read; the limit, met first, is the reason given
    expect(await screen.findByText(/^canfar create --name my_session/)).toBeInTheDocument();
    expect(
      await screen.findByText(
        'The sessions service would refuse this line now: you are at your limit of interactive sessions. It can be copied once one of them has ended.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy as CLI' })).toBeDisabled();
  });

  it('offers the canfar line to copy once a name skaha refuses is corrected', async () => {
    const image = 'images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03';
    const badName = 'The sessions service would refuse this session name: correct it above to copy the line.';
    const { user } = await renderApp({
      route: `/sessions/launch?type=notebook&image=${image}&name=my_session`,
    });
    await formReady();
    expect(await screen.findByText(badName)).toBeInTheDocument();
    const copy = screen.getByRole('button', { name: 'Copy as CLI' });
    expect(copy).toBeDisabled();
    const name = screen.getByRole('textbox', { name: 'Session name' });
    await user.clear(name);
    await user.type(name, 'my-session');
    expect(screen.queryByText(/^The sessions service would refuse/)).not.toBeInTheDocument();
    expect(copy).toBeEnabled();
  });

  it("shows a rejected launch's message beside the form and keeps every field", async () => {
    const { user, router } = await renderApp({
      route:
        '/sessions/launch?type=headless&image=images.canfar.net%2Fsurvey-team%2Fprivate-pipeline%3A1.0&name=fit&cmd=python&args=fit.py',
    });
    await formReady();
    expect(await screen.findByText(/This image is not in the list for Headless/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Image path' })).toHaveValue(
      'survey-team/private-pipeline:1.0',
    );
    // skaha refuses an unlisted image without credentials: the form says so first, at the first empty field
    const registryUser = screen.getByRole('textbox', { name: 'Registry user name' });
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    expect(
      screen.getByText(
        'Fill in your registry user name: the platform needs it to pull an image that is not in its list.',
      ),
    ).toBeInTheDocument();
    expect(registryUser).toHaveFocus();
    expect(launched('fit')).toHaveLength(0);

    await user.type(registryUser, 'jdoe');
    await user.type(screen.getByLabelText('Registry secret'), 'cli-s3cret');
    failNext('skaha', { status: 400, body: 'Unable to pull the image: access denied\n', method: 'POST' });
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The launch was refused');
    expect(alert).toHaveTextContent('Unable to pull the image: access denied');
    expect(router.state.location.pathname).toBe('/sessions/launch');
    expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('fit');
    expect(screen.getByRole('textbox', { name: 'Command' })).toHaveValue('python');
    expect(screen.getByRole('textbox', { name: 'Arguments' })).toHaveValue('fit.py');
  });

  it('shows no registry for a link whose image only starts like the platform’s, and sends nothing until one is chosen', async () => {
    const { user } = await renderApp({
      route:
        '/sessions/launch?type=notebook&custom=1&name=look&registryUser=jdoe&image=images.canfar.net.example.org%2Fskaha%2Fastroml%3A26.03',
    });
    await formReady();
    const path = await screen.findByRole('textbox', { name: 'Image path' });
    expect(path).toHaveValue('images.canfar.net.example.org/skaha/astroml:26.03');
    const registry = screen.getByRole('combobox', { name: 'Registry' });
    expect(registry).toHaveValue('');
    expect(
      await screen.findByText(
        'This image is not on images.canfar.net, where sessions start from: choose the registry above, then give the image’s path in it.',
      ),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Registry secret'), 'cli-s3cret');
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    expect(launched('look')).toHaveLength(0);

    // the registry chosen, the rest of the reference is plainly the path on it, for the user to correct
    await user.click(registry);
    await user.click(await screen.findByRole('option', { name: 'images.canfar.net' }));
    expect(path).toHaveValue('images.canfar.net.example.org/skaha/astroml:26.03');
    await user.clear(path);
    await user.type(path, 'skaha/astroml:26.03');
    expect(screen.queryByText(/This image is not on/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(() => {
      expect(launched('look')).toHaveLength(1);
    });
    expect(launched('look')[0]).toMatchObject({ image: 'images.canfar.net/skaha/astroml:26.03' });
  });

  it('launches a private image with registry credentials, keeping the secret out of the URL and storage', async () => {
    const { user, router } = await renderApp({
      route:
        '/sessions/launch?type=headless&image=images.canfar.net%2Fsurvey-team%2Fprivate-pipeline%3A1.0&name=fit',
    });
    await formReady();
    await user.type(await screen.findByRole('textbox', { name: 'Registry user name' }), 'jdoe');
    await user.type(screen.getByLabelText('Registry secret'), 'cli-s3cret');
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    expect(launched('fit')).toHaveLength(1);
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      }).join('\n');
    const everywhere = `${dump(localStorage)}\n${dump(sessionStorage)}`;
    expect(everywhere).toContain('launch.headless');
    expect(everywhere).not.toContain('cli-s3cret');
  });

  it('refuses a registry user name or secret holding a “:”, which skaha cannot split back, before sending', async () => {
    const { user, router } = await renderApp({
      route:
        '/sessions/launch?type=headless&image=images.canfar.net%2Fsurvey-team%2Fprivate-pipeline%3A1.0&name=fit',
    });
    await formReady();
    const registryUser = await screen.findByRole('textbox', { name: 'Registry user name' });
    await user.type(registryUser, 'jdoe:robot');
    await user.type(screen.getByLabelText('Registry secret'), 'cli:s3cret');
    expect(screen.getByText('A registry user name cannot contain “:”')).toBeInTheDocument();
    expect(
      screen.getByText(
        'The platform cannot take a secret that contains “:”; set a CLI secret without one in Harbor',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    expect(launched('fit')).toHaveLength(0);
    await user.clear(registryUser);
    await user.type(registryUser, 'jdoe');
    await user.clear(screen.getByLabelText('Registry secret'));
    await user.type(screen.getByLabelText('Registry secret'), 'cli-s3cret');
    expect(screen.queryByText('A registry user name cannot contain “:”')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    expect(launched('fit')).toHaveLength(1);
  });

  it('launches 3 headless replicas named name-1..3 with REPLICA_ID and REPLICA_COUNT', async () => {
    const { user, router } = await renderApp({
      route:
        '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&name=sweep&cmd=env&env=FIELD%3Dcosmos',
    });
    await formReady();
    const replicas = await screen.findByRole('textbox', { name: 'Replicas' });
    await user.clear(replicas);
    await user.type(replicas, '3');
    expect(
      screen.getByText(
        /--env FIELD=cosmos --replicas 3 headless images.canfar.net\/skaha\/terminal:1.1.2 -- env/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Launch 3 replicas' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    for (const index of [1, 2, 3]) {
      expect(launched(`sweep-${index}`)[0]?.command?.env).toEqual([
        'FIELD=cosmos',
        `REPLICA_ID=${index}`,
        'REPLICA_COUNT=3',
      ]);
    }
    // the jobs have no tiles: their table's heading has the keyboard, and says how many there are
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: /^Headless jobs/ },
      { timeout: 5_000 },
    );
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
  });

  it('holds Launch while the user’s sessions cannot be read, rather than suggest a name in use', async () => {
    // the first read and its two retries
    failNext('skaha', { status: 500, method: 'GET', path: '/v1/session', times: 3 });
    const launches = watchLaunches();
    const { user } = await renderApp({
      route: '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03',
    });
    await formReady();
    const launch = screen.getByRole('button', { name: 'Launch' });
    await waitFor(() => {
      expect(launch).toBeDisabled();
    }, FIRST_LOAD);
    expect(launch).toHaveAccessibleDescription(
      /^Launch waits for the sessions service: without your sessions/,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => {
      expect(launch).toBeEnabled();
    }, FIRST_LOAD);
    // read at last, notebook1 is running: the name offered is the next free one
    expect(screen.getByText(/It will be called .*notebook2/)).toBeInTheDocument();
    expect(launches).toEqual([]);
  });

  it('holds Launch while the platform’s options cannot be read, so a link’s resources are not sent unseen', async () => {
    failNext('skaha', { status: 500, method: 'GET', path: '/v1/context', times: 3 });
    await renderApp({
      route:
        '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&resources=fixed&cores=4&ram=16',
    });
    await formReady();
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Launch' })).toBeDisabled();
    }, FIRST_LOAD);
    expect(screen.getByText(/^Launch waits for the sessions service/)).toBeInTheDocument();
  });

  it('disables Launch at the interactive session limit and says why, but not for headless', async () => {
    const { user } = await renderApp({ route: '/sessions/launch?type=notebook', scenario: 'busy' });
    await formReady();
    const limit = await screen.findByText(/^You have reached the limit of 3 interactive sessions\./);
    expect(limit).toHaveTextContent(
      'You have reached the limit of 3 interactive sessions. Delete one to launch another. Go to your sessions',
    );
    // the way to the sessions to delete
    expect(within(limit).getByRole('link', { name: 'Go to your sessions' })).toHaveAttribute(
      'href',
      '/sessions',
    );
    expect(screen.getByRole('button', { name: 'Launch' })).toBeDisabled();
    expect(screen.getByText('3 of 3 interactive sessions in use.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Headless' }));
    expect(screen.getByRole('button', { name: 'Launch' })).toBeEnabled();
    // headless jobs do not count towards the limit, so the form does not count sessions for them
    expect(screen.queryByText(/interactive sessions in use/)).not.toBeInTheDocument();
  });

  it('at the limit, offers a taken name’s free alternative without launching, and keeps the keyboard on the name', async () => {
    const sent = watchLaunches();
    const { user } = await renderApp({
      route: '/sessions/launch?type=notebook&name=notebook1',
      scenario: 'busy',
    });
    await formReady();
    expect(screen.queryByRole('button', { name: /^Launch another as/ })).not.toBeInTheDocument();
    const useName = await screen.findByRole('button', { name: 'Use the name notebook2 instead' });
    // the error says the name is taken; no preview above it says the session will be called so
    expect(screen.queryByText('It will be called “notebook1”.')).not.toBeInTheDocument();
    await user.click(useName);
    const name = screen.getByRole('textbox', { name: 'Session name' });
    expect(name).toHaveValue('notebook2');
    expect(name).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Launch' })).toBeDisabled();
    expect(sent).toEqual([]);
  });

  it('blocks a launch when the home folder is full, and warns when it is nearly full', async () => {
    await renderApp({ route: '/sessions/launch?type=notebook', scenario: 'home-full' });
    await formReady();
    expect(
      await screen.findByText('Your home folder is full: sessions cannot start until you free some space.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Launch' })).toBeDisabled();
    // where the space is freed: Storage opens at the home folder
    expect(screen.getByRole('link', { name: 'Free space in Storage' })).toHaveAttribute('href', '/storage');
  });

  it('warns at 90 % of the home quota without blocking', async () => {
    await renderApp({ route: '/sessions/launch?type=notebook', scenario: 'home-nearly-full' });
    await formReady();
    expect(await screen.findByText(/^Your home folder is \d+% full/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Launch' })).toBeEnabled();
    const link = screen.getByRole('link', { name: 'Free space in Storage' });
    expect(link).toHaveAttribute('href', '/storage');
    // the theme's link blue is 3.9:1 on the dark yellow alert: the alert's own text colour, underlined
    expect(link).toHaveAttribute('style', expect.stringContaining('color: inherit'));
    expect(link).toHaveAttribute('data-underline', 'always');
  });

  it(
    'does not launch a link twice: a live name is said, with Open and a launch under a free name',
    { timeout: 45_000 },
    async () => {
      const { user, router } = await renderApp({
        route:
          '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=notebook1',
      });
      await formReady();
      expect(
        await screen.findByText(
          '“notebook1” is already running. Open it, or give the new session another name.',
        ),
      ).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveAccessibleDescription(
        /You already have a session called “notebook1”/,
      );
      expect(screen.getByRole('link', { name: 'Open notebook1' })).toHaveAttribute(
        'href',
        expect.stringMatching(/^https:/),
      );
      const launch = screen.getByRole('button', { name: 'Launch' });
      expect(launch).toBeDisabled();
      const before = launched('notebook1').length;
      await user.click(screen.getByRole('button', { name: 'Launch another as notebook2' }));
      await waitFor(
        () => {
          expect(router.state.location.pathname).toBe('/sessions');
        },
        { timeout: 5_000 },
      );
      expect(launched('notebook1')).toHaveLength(before);
      expect(launched('notebook2')).toHaveLength(1);
    },
  );

  it(
    'keeps the keyboard on Launch when a launch under the free name is refused and the form stays',
    { timeout: 45_000 },
    async () => {
      const { user } = await renderApp({
        route:
          '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=notebook1',
      });
      await formReady();
      const launchAs = await screen.findByRole('button', { name: 'Launch another as notebook2' });
      failNext('skaha', { status: 400, body: 'image not found\n', method: 'POST', path: '/v1/session' });
      launchAs.focus();
      await user.keyboard('{Enter}');
      expect(screen.queryByRole('button', { name: 'Launch another as notebook2' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Launch' })).toHaveFocus();
      expect(await screen.findByRole('alert', { name: 'The launch was refused' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Launch' })).toHaveFocus();
    },
  );

  it(
    "says a known refusal in the user's terms and keeps the service's words under Details",
    { timeout: 45_000 },
    async () => {
      const { user } = await renderApp({
        route:
          '/sessions/launch?type=headless&image=images.canfar.net%2Fsurvey-team%2Fprivate-pipeline%3A1.0&name=fit2',
      });
      await formReady();
      await screen.findByRole('textbox', { name: 'Image path' });
      // skaha's refusal of an image it does not list, where the credentials did not reach it
      await user.type(screen.getByRole('textbox', { name: 'Registry user name' }), 'jdoe');
      await user.type(screen.getByLabelText('Registry secret'), 'cli-s3cret');
      failNext('skaha', {
        status: 400,
        body: 'No authentication provided for unknown or private image.  Use x-skaha-registry-auth request header with base64Encode(username:secret).\n',
        method: 'POST',
      });
      await user.click(screen.getByRole('button', { name: 'Launch' }));
      const alert = await screen.findByRole('alert', { name: 'The launch was refused' }, { timeout: 5_000 });
      expect(alert).toHaveTextContent(
        'This image’s registry needs your Harbor user name and CLI secret: fill in Registry user name and Registry secret under Private or unlisted image, then launch again.',
      );
      const details = within(alert).getByText('Details from the service');
      expect(details.closest('details')).not.toHaveAttribute('open');
      await user.click(details);
      expect(details.closest('details')).toHaveAttribute('open');
      expect(
        within(alert).getByText(/Sessions service answered 400: No authentication provided/),
      ).toBeVisible();
      expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('fit2');
    },
  );

  it(
    'says when it restores the last launch, and Reset to defaults really resets',
    { timeout: 45_000 },
    async () => {
      const { user, router } = await renderApp({
        route:
          '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&resources=fixed&cores=4&ram=16&gpus=1&name=heavy',
      });
      await formReady();
      await user.click(await screen.findByRole('button', { name: 'Launch' }));
      await waitFor(
        () => {
          expect(router.state.location.pathname).toBe('/sessions');
        },
        { timeout: 5_000 },
      );
      await router.navigate(
        '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03',
      );
      expect(await screen.findByRole('radio', { name: 'Flexible' })).toBeChecked();
      expect(screen.queryByText(/shows your last Notebook launch/)).not.toBeInTheDocument();

      await router.navigate('/sessions');
      await router.navigate('/sessions/launch');
      const restored = await screen.findByText(
        'This form shows your last Notebook launch instead of its defaults.',
      );
      // announced: the notice is a status region
      expect(restored.closest('[role="status"]')).not.toBeNull();
      // under the type cards, so its coming and going as types are switched does not move them
      const types = screen.getByRole('radiogroup', { name: 'Session type' });
      expect(types.compareDocumentPosition(restored) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(types).not.toContainElement(restored);
      expect(screen.getByRole('radio', { name: 'Fixed' })).toBeChecked();
      await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
      expect(screen.getByRole('radio', { name: 'Flexible' })).toBeChecked();
      expect(screen.queryByText(/shows your last Notebook launch/)).not.toBeInTheDocument();
      // the button is gone with the notice: the keyboard is on the type whose defaults now show
      expect(screen.getByRole('radio', { name: 'Notebook' })).toHaveFocus();
      await waitFor(() => {
        expect(router.state.location.search).toBe('?type=notebook');
      });
    },
  );

  it('speaks French, naming Harbor’s label as it is, untranslated', async () => {
    const { user } = await renderApp({ route: '/sessions/launch?type=notebook', language: 'fr' });
    await formReady();
    expect(await screen.findByRole('heading', { level: 1, name: 'Lancer une session' })).toBeInTheDocument();
    expect(await screen.findByText('Sessions interactives utilisées : 3 sur 5.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('radiogroup', { name: 'Ressources' })).getByRole('radio', {
        name: 'Flexibles',
      }),
    ).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Sans interface' }));
    expect(
      screen.getByText(
        'Images portant le libellé Harbor « headless », par projet ; cherchez par nom ou empreinte.',
      ),
    ).toBeInTheDocument();
  });
});

describe('what skaha cannot take', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const terminal = 'image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2';

  it('blocks a headless job whose fields skaha would refuse, drop or change, and says why', async () => {
    const { user } = await renderApp({
      route: `/sessions/launch?type=headless&${terminal}&name=blocked&cmd=python+run.py&args=-c+print%28%24x%29&env=HF_TOKEN&env=NOTE%3Da%5Cb`,
    });
    await formReady();
    expect(
      await screen.findByText(
        'skaha runs the whole command as one program name: put only the program here and the rest in Arguments.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'skaha cannot pass “$” through to the job: it takes it for a reference and refuses the launch. Write the value in a script and run that.',
      ),
    ).toBeInTheDocument();
    // a value not given yet is said at Launch, not before
    expect(screen.queryByText(/^Give HF_TOKEN a value/)).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'skaha cannot pass “\\” through to the job: it silently removes it. Write the value in a script and run that.',
      ),
    ).toBeInTheDocument();
    const launchButton = screen.getByRole('button', { name: 'Launch' });
    expect(launchButton).toBeDisabled();
    expect(launchButton).toHaveAccessibleDescription(
      'The job’s command, arguments or variables need fixing before it can launch: see the messages under them.',
    );

    await user.clear(screen.getByRole('textbox', { name: 'Command' }));
    await user.type(screen.getByRole('textbox', { name: 'Command' }), 'python');
    await user.clear(screen.getByRole('textbox', { name: 'Arguments' }));
    await user.type(screen.getByRole('textbox', { name: 'Arguments' }), 'run.py');
    await user.type(screen.getByLabelText('Value 1'), 'hf_abc123');
    await user.clear(screen.getByRole('textbox', { name: 'Value 2' }));
    await user.type(screen.getByRole('textbox', { name: 'Value 2' }), 'ab');
    expect(launchButton).toBeEnabled();
    expect(launched('blocked')).toHaveLength(0);
  });

  it('sends one space between arguments, as the copied command shows', async () => {
    const { user, router } = await renderApp({
      route: `/sessions/launch?type=headless&${terminal}&name=spaced&cmd=python&args=-m++http.server+++8000`,
    });
    await formReady();
    expect(
      await screen.findByText(
        /headless images.canfar.net\/skaha\/terminal:1.1.2 -- python -m http.server 8000$/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    expect(launched('spaced')[0]?.command?.args).toBe('-m http.server 8000');
  });

  it('drops a GPU count and cores the platform does not offer, says so, and launches without them', async () => {
    const { user, router } = await renderApp({
      route:
        '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=offered&resources=fixed&cores=24&gpus=2',
      scenario: 'no-gpu',
    });
    await formReady();
    expect(
      await screen.findByText('24 cores are not offered here: the session gets the default, 2.'),
    ).toBeInTheDocument();
    // Mantine's yellow title is 2.7:1 on its light background: it takes the text colour
    expect(screen.getByText('Not offered on this platform').closest('.mantine-Alert-title')).toHaveAttribute(
      'style',
      expect.stringContaining('color: var(--mantine-color-text)'),
    );
    expect(
      screen.getByText('2 GPUs are not offered here: the session launches without GPUs.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Cores' })).toHaveValue('2');
    expect(
      screen.getByText(/^canfar create --name offered --cpu 2 --memory \d+ notebook /),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    expect(launched('offered')[0]).toMatchObject({ gpus: 0, fixed: { cores: 2 } });
  });
});

describe('a launch whose answer is lost', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const notebookLink =
    '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03';
  /**
   * Launch meeting `fault`, once the form has read what it needs (which the fault must not meet) and knows the
   * sessions, so the name it suggests is final.
   */
  async function launchWhenReady(
    user: Awaited<ReturnType<typeof renderApp>>['user'],
    fault: Parameters<typeof failNext>[1],
  ) {
    await formReady();
    expect(await screen.findByText('3 of 5 interactive sessions in use.')).toBeInTheDocument();
    failNext('skaha', fault);
    await user.click(screen.getByRole('button', { name: 'Launch' }));
  }
  const unknownAlert = () =>
    screen.findByRole(
      'alert',
      { name: 'Not confirmed: the launch may or may not have gone through' },
      { timeout: 15_000 },
    );

  it(
    'says a session that skaha made after all was started, and sends nothing twice',
    { timeout: 30_000 },
    async () => {
      const { user, router } = await renderApp({ route: `${notebookLink}&name=lost` });
      const sent = watchLaunches();
      // the connection drops after skaha has created the session
      await launchWhenReady(user, { status: 0, method: 'POST', path: '/v1/session', afterWork: true });
      const found = await screen.findByRole(
        'status',
        { name: 'Your session “lost” was started after all' },
        { timeout: 10_000 },
      );
      expect(found).toHaveTextContent('Nothing was sent twice.');
      expect(within(found).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      expect(screen.queryByRole('alert', { name: 'The launch was refused' })).not.toBeInTheDocument();
      expect(launched('lost')).toHaveLength(1);
      await user.click(within(found).getByRole('link', { name: 'Go to your sessions' }));
      await waitFor(() => {
        expect(router.state.location.pathname).toBe('/sessions');
      });
      expect(sent).toEqual(['lost']);
      expect(launched('lost')).toHaveLength(1);
    },
  );

  it('never sends an unnamed launch again under the next suggested name', { timeout: 30_000 }, async () => {
    const { user } = await renderApp({ route: notebookLink });
    const sent = watchLaunches();
    // a proxy gives up (504) while skaha goes on and creates the session
    await launchWhenReady(user, { status: 504, method: 'POST', path: '/v1/session', afterWork: true });
    const found = await screen.findByRole(
      'status',
      { name: 'Your session “notebook2” was started after all' },
      { timeout: 10_000 },
    );
    expect(within(found).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    // the list now has notebook2, so the form suggests notebook3: nothing was sent under it
    expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('notebook3');
    expect(sent).toEqual(['notebook2']);
    expect(launched('notebook2')).toHaveLength(1);
    expect(launched('notebook3')).toHaveLength(0);
  });

  it(
    'sends exactly the same launch again, under its first name, when skaha made nothing',
    { timeout: 45_000 },
    async () => {
      const { user, router } = await renderApp({ route: notebookLink });
      const sent = watchLaunches();
      await launchWhenReady(user, { status: 504, method: 'POST', path: '/v1/session' });
      const checking = await screen.findByRole('status', {
        name: 'Not confirmed yet: checking whether the launch went through',
      });
      // an answer of the gateway's, said as it is: not a connection that failed
      expect(checking).toHaveTextContent(
        'The sessions service answered 504 to the launch of “notebook2”, which does not say whether it was started.',
      );
      const alert = await unknownAlert();
      expect(alert).toHaveTextContent(
        'The sessions service did not confirm the launch of “notebook2” (see below why)',
      );
      expect(alert).toHaveTextContent('Your list of sessions, read again just now, does not have it yet.');
      expect(alert).toHaveTextContent(
        'Sessions service is unavailable for the moment (504). Try again in a minute.',
      );
      expect(screen.queryByText(/refused/)).not.toBeInTheDocument();
      // Launch would send the form blindly: only Try again, which reads the list first, sends it again
      expect(screen.getByRole('button', { name: 'Launch' })).toBeDisabled();
      expect(launched('notebook2')).toHaveLength(0);
      // the keyboard, on Launch when it was pressed, is not left on a disabled button (nor dropped to the page)
      const retry = within(alert).getByRole('button', { name: 'Try again' });
      await waitFor(() => {
        expect(retry).toHaveFocus();
      });

      await user.click(retry);
      await waitFor(
        () => {
          expect(router.state.location.pathname).toBe('/sessions');
        },
        { timeout: 10_000 },
      );
      expect(sent).toEqual(['notebook2', 'notebook2']);
      expect(launched('notebook2')).toHaveLength(1);
    },
  );

  it(
    'keeps a definite refusal a refusal, also for the launch sent again after a lost answer',
    { timeout: 45_000 },
    async () => {
      const { user } = await renderApp({ route: `${notebookLink}&name=refused` });
      const sent = watchLaunches();
      await launchWhenReady(user, { status: 400, body: 'image not found\n' });
      let alert = await screen.findByRole('alert', { name: 'The launch was refused' });
      expect(alert).toHaveTextContent('Sessions service answered 400: image not found');
      expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('refused');
      expect(screen.getByRole('button', { name: 'Launch' })).toBeEnabled();

      // answer lost, nothing made; then the resend, after one more read of the list, is refused
      failNext('skaha', { status: 502, method: 'POST', path: '/v1/session' });
      await user.click(screen.getByRole('button', { name: 'Launch' }));
      const unknown = await unknownAlert();
      failNext('skaha', { status: 400, body: 'image not found\n', method: 'POST', path: '/v1/session' });
      await user.click(within(unknown).getByRole('button', { name: 'Try again' }));
      alert = await screen.findByRole('alert', { name: 'The launch was refused' });
      expect(alert).toHaveTextContent('Sessions service answered 400: image not found');
      expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      expect(sent).toEqual(['refused', 'refused', 'refused']);
      expect(launched('refused')).toHaveLength(0);
    },
  );

  it(
    'does not send again a replica that went through when its answer was lost, and offers the rest',
    { timeout: 45_000 },
    async () => {
      const { user, router } = await renderApp({
        route:
          '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&name=sweep&cmd=env&replicas=3',
      });
      await formReady();
      const sent = watchLaunches();
      // the second replica's answer is lost, after skaha created it
      failNext('skaha', { status: 504, method: 'POST', path: '/v1/session', afterWork: true, skip: 1 });
      await user.click(await screen.findByRole('button', { name: 'Launch 3 replicas' }));
      const found = await screen.findByRole(
        'status',
        { name: 'Your session “sweep-2” was started after all' },
        { timeout: 10_000 },
      );
      expect(found).toHaveTextContent('2 of 3 replicas are launched.');
      await user.click(within(found).getByRole('button', { name: 'Launch the remaining replica' }));
      await waitFor(
        () => {
          expect(router.state.location.pathname).toBe('/sessions');
        },
        { timeout: 10_000 },
      );
      expect(sent).toEqual(['sweep-1', 'sweep-2', 'sweep-3']);
      for (const index of [1, 2, 3]) {
        const [record, ...more] = launched(`sweep-${index}`);
        expect(more).toHaveLength(0);
        expect(record?.command?.env).toEqual([`REPLICA_ID=${index}`, 'REPLICA_COUNT=3']);
      }
    },
  );
});

describe('what the form knows after a launch is refused', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const link =
    '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=kept';

  it(
    'gives the keyboard back to Launch after signing in again, and says the launch was not sent',
    { timeout: 30_000 },
    async () => {
      const { user, router } = await renderApp({ route: link });
      await formReady();
      expect(await screen.findByText('3 of 5 interactive sessions in use.')).toBeInTheDocument();
      const launch = screen.getByRole('button', { name: 'Launch' });
      revokeTokens();
      await user.click(launch);
      const dialog = await screen.findByRole('dialog', { name: 'Your sign-in has expired' });
      // while the dialog is open, it alone says what happened
      expect(screen.queryByText(/the launch was not sent/)).not.toBeInTheDocument();
      await user.type(within(dialog).getByLabelText(/Password/), 'demo-jdoe');
      await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      });
      await waitFor(() => {
        expect(launch).toHaveFocus();
      });
      const note = screen.getByRole('status', { name: 'Your sign-in had expired: the launch was not sent' });
      expect(note).toHaveTextContent('Nothing was started. Launch sends it now, as the form shows it.');
      expect(launch).toHaveAccessibleDescription(
        'Your sign-in had expired: the launch was not sent Nothing was started. Launch sends it now, as the form shows it.',
      );
      expect(launched('kept')).toHaveLength(0);
      await user.keyboard('{Enter}');
      await waitFor(
        () => {
          expect(router.state.location.pathname).toBe('/sessions');
        },
        { timeout: 5_000 },
      );
      expect(launched('kept')).toHaveLength(1);
    },
  );

  it('after skaha refuses a launch at its limit, reads the sessions again and does not contradict it', async () => {
    const { user } = await renderApp({ route: link });
    await formReady();
    expect(await screen.findByText('3 of 5 interactive sessions in use.')).toBeInTheDocument();
    // meanwhile another tab starts a notebook, and skaha counts one more still ending, which no list shows
    const platform = getPlatform();
    const running = platform.skaha.sessions.find(
      (record) => record.userid === 'jdoe' && record.name === 'notebook1',
    );
    if (!running) throw new Error('the seed has no notebook1 of jdoe');
    platform.skaha.sessions.push({
      ...running,
      id: 'othertab',
      name: 'other-tab',
      pod: `${running.pod}-other`,
    });
    failNext('skaha', {
      status: 400,
      body: 'User jdoe has reached the maximum of 5 active sessions.\n',
      method: 'POST',
      path: '/v1/session',
    });
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    const alert = await screen.findByRole('alert', { name: 'The launch was refused' });
    expect(alert).toHaveTextContent('You already have 5 interactive sessions, the most allowed.');
    expect(
      await screen.findByText(
        'The sessions service counted 5 of 5 interactive sessions in use; your list, read again, shows 4. Sessions still ending are counted until they are gone: try again in a minute, or end one.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^\d of 5 interactive sessions in use\.$/)).not.toBeInTheDocument();
  });
});
