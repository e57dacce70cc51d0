import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { advanceClock, failNext, getPlatform, holdRequests } from '@/test/fake-platform';
import { skahaKeys } from '@/api/skaha/skaha-keys';
import { renderApp } from '@/test/render-app';
import { launchedState } from './launched-arrival';

// The first render loads the route module; give it time on a busy machine.
const SLOW_FIRST_LOAD = { timeout: 8_000 };

const tile = (name: string) => screen.getByRole('article', { name });

describe('the sessions dashboard', () => {
  it('answers an unknown address under /sessions with the not-found page', async () => {
    await renderApp({ route: '/sessions/nowhere' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }, SLOW_FIRST_LOAD),
    ).toBeInTheDocument();
    expect(screen.getByText('There is no page at /sessions/nowhere.')).toBeInTheDocument();
  });

  it('takes the keyboard to the heading of a page reached by a link that left with the last page', async () => {
    const { router } = await renderApp({ route: '/sessions' });
    const link = await screen.findByRole('link', { name: 'New session' }, SLOW_FIRST_LOAD);
    // the visit's first page leaves focus where the browser put it
    expect(document.body).toHaveFocus();
    // the link's own navigation (a click suspends on the form's module, which a test cannot await)
    link.focus();
    await router.navigate('/sessions/launch');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Launch a session' }, SLOW_FIRST_LOAD),
    ).toHaveFocus();
    // a link that stays on the page (the navigation's) keeps focus
    const nav = screen.getByRole('link', { name: 'Sessions' });
    nav.focus();
    await router.navigate('/sessions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
    expect(nav).toHaveFocus();
  });

  it('gives a just-launched session’s tile the keyboard only while the user has not moved on', async () => {
    const { router } = await renderApp({ route: '/sessions/nowhere' });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' }, SLOW_FIRST_LOAD);
    // arriving with focus lost: the heading takes it, then the tile once shown
    await router.navigate('/sessions', launchedState('p7w1zr4c'));
    const carta = await screen.findByRole('article', { name: 'carta-m31' }, SLOW_FIRST_LOAD);
    await waitFor(() => {
      expect(carta).toHaveFocus();
    });

    // arriving while the user is somewhere else on the page (here the navigation): focus stays there
    await router.navigate('/sessions/nowhere');
    const nav = await screen.findByRole('link', { name: 'Sessions' });
    nav.focus();
    await router.navigate('/sessions', launchedState('p7w1zr4c'));
    expect(await screen.findByRole('article', { name: 'carta-m31' })).toBeInTheDocument();
    expect(nav).toHaveFocus();
  });

  it('shows one tile per live session with its type, status, image and resources', async () => {
    await renderApp({ route: '/sessions' });
    const carta = await screen.findByRole('article', { name: 'carta-m31' }, SLOW_FIRST_LOAD);
    expect(within(carta).getByText('CARTA')).toBeInTheDocument();
    expect(within(carta).getByText('Running')).toBeInTheDocument();
    // the reference is laid out in parts that wrap after "/" and ":", so it is one text across several elements
    expect(within(carta).getByTitle('images.canfar.net/skaha/carta:5.1.0')).toHaveTextContent(
      'images.canfar.net/skaha/carta:5.1.0',
    );
    // fixed resources: used of requested; skaha reports 16 Gi as 17.18 (decimal GB), shown as the 16 GB asked for
    expect(carta).toHaveTextContent('CPU: 1.21 cores of 4 cores');
    expect(carta).toHaveTextContent('RAM: 2.8 GB of 16 GB');
    const open = within(carta).getByRole('link', { name: 'Open carta-m31' });
    expect(open).toHaveAttribute('href', expect.stringContaining('/session/carta/p7w1zr4c/'));
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', expect.stringContaining('noopener'));

    const notebook = tile('notebook1');
    expect(within(notebook).getByText('Flexible')).toBeInTheDocument();
    expect(notebook).toHaveTextContent(/Time left:\s*2 d 21 h/);

    const desktop = tile('desktop1');
    expect(within(desktop).getByText('Pending')).toBeInTheDocument();
    expect(within(desktop).queryByRole('link', { name: /Open/ })).not.toBeInTheDocument();
    // skaha renews only a job with an active pod; the portal offers Renew to Running sessions alone
    expect(within(desktop).queryByRole('button', { name: /^Renew/ })).not.toBeInTheDocument();
    expect(within(desktop).getByRole('button', { name: 'Cancel launch desktop1' })).toBeInTheDocument();
  });

  it('shows a Firefly session as skaha reports it: fixed, with the requests of its template', async () => {
    await renderApp({ route: '/sessions', signedInAs: 'mchen' });
    const firefly = await screen.findByRole('article', { name: 'firefly1' }, SLOW_FIRST_LOAD);
    expect(within(firefly).getByText('Firefly')).toBeInTheDocument();
    // launch-firefly.yaml requests 0.1 core and 4Gi (equal to its limit), which skaha sends as "0.100" and "4.29"
    expect(firefly).toHaveTextContent(/CPU: [\d.]+ cores? of 0\.1 cores/);
    expect(firefly).toHaveTextContent(/RAM: [\d.]+ [MG]B of 4 GB/);
    expect(within(firefly).queryByText('Flexible')).not.toBeInTheDocument();
    expect(within(firefly).getByRole('button', { name: 'Renew firefly1' })).toBeInTheDocument();
  });

  it('keeps failed and completed sessions apart, with the reason and a prefilled relaunch', async () => {
    await renderApp({ route: '/sessions' });
    const section = await screen.findByRole('region', { name: 'Failed and completed' }, SLOW_FIRST_LOAD);
    const old = within(section).getByRole('article', { name: 'old-analysis' });
    expect(old).toHaveTextContent('Reached the end of its time.');
    // skaha says Failed; its user sees a session that ran its time out, not an error
    expect(within(old).getByText('Expired')).toBeInTheDocument();
    expect(within(old).queryByText('Failed')).not.toBeInTheDocument();
    const relaunch = within(old).getByRole('link', { name: 'Relaunch old-analysis' });
    const url = new URL(relaunch.getAttribute('href') ?? '', 'http://portal.test');
    expect(url.pathname).toBe('/sessions/launch');
    expect(url.searchParams.get('type')).toBe('notebook');
    expect(url.searchParams.get('image')).toBe('images.canfar.net/skaha/astroml-notebook:25.11');
  });

  it('lists headless jobs in their own table', async () => {
    await renderApp({ route: '/sessions' });
    const jobs = await screen.findByRole(
      'region',
      { name: 'Headless jobs (1)', busy: false },
      SLOW_FIRST_LOAD,
    );
    expect(within(jobs).getByRole('cell', { name: 'reduce-night-3' })).toBeInTheDocument();
  });

  it('shows a failed bulk delete inside its dialog, where the user is looking', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const jobs = await screen.findByRole(
      'region',
      { name: 'Headless jobs (1)', busy: false },
      SLOW_FIRST_LOAD,
    );
    expect(within(jobs).getByRole('button', { name: 'Delete selected jobs' })).toBeDisabled();
    await user.click(within(jobs).getByRole('checkbox', { name: 'Select reduce-night-3' }));
    await user.click(within(jobs).getByRole('button', { name: 'Delete 1 job' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 1 job?' });
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toBeInTheDocument();
    failNext('skaha', { status: 403, body: 'forbidden\n', times: 3 });
    await user.click(within(dialog).getByRole('button', { name: 'Delete 1 job' }));
    expect(await within(dialog).findByText('Sessions service answered 403: forbidden')).toBeInTheDocument();
  });

  it('filters as you type, in the words shown', async () => {
    const { user, router } = await renderApp({ route: '/sessions' });
    await screen.findByRole('article', { name: 'notebook1' }, SLOW_FIRST_LOAD);
    // the filter's code comes after the tiles on a first visit
    await user.type(await screen.findByRole('textbox', { name: 'Filter sessions' }), 'pending');
    expect(tile('desktop1')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'notebook1' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=pending');
    // what is left is read out as the user types
    const counts = () =>
      screen.getAllByRole('status').filter((region) => /^\d+ sessions?$/.test(region.textContent));
    expect(counts().map((region) => region.textContent)).toEqual(['1 session']);
    await user.clear(screen.getByRole('textbox', { name: 'Filter sessions' }));
    await user.type(screen.getByRole('textbox', { name: 'Filter sessions' }), 'zzz');
    expect(screen.getByText('No session matches “\u2068zzz\u2069”.')).toBeInTheDocument();
    expect(counts().map((region) => region.textContent)).toEqual(['0 sessions']);
  });

  it('quotes a filter from the address isolated, its override shown, so a link cannot reverse the sentence', async () => {
    await renderApp({ route: '/sessions?q=abc%E2%80%AEexe.fdp' });
    expect(
      await screen.findByText('No session matches “\u2068abc<U+202E>exe.fdp\u2069”.', {}, SLOW_FIRST_LOAD),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('\u202E');
  });

  it('deletes after a confirmation and shows Terminating until the session is gone', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const carta = await screen.findByRole('article', { name: 'carta-m31' }, SLOW_FIRST_LOAD);
    await user.click(within(carta).getByRole('button', { name: 'Delete carta-m31' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete carta-m31?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(within(tile('carta-m31')).getByText('Terminating')).toBeInTheDocument();
    });
    // The announcement follows the tile by a render: it is set once the new list has been drawn.
    await waitFor(() => {
      expect(screen.getByText('carta-m31 is now Terminating.')).toHaveAttribute('role', 'status');
    });
  });

  it('renews and shows the new expiry', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const notebook = await screen.findByRole('article', { name: 'notebook1' }, SLOW_FIRST_LOAD);
    await user.click(within(notebook).getByRole('button', { name: 'Renew notebook1' }));
    expect(await within(notebook).findByText(/^Renewed: now ends /)).toBeInTheDocument();
    await waitFor(() => {
      expect(tile('notebook1')).toHaveTextContent(/Time left:\s*(3 d 23 h|4 d 0 h)/);
    });
  });

  it('says a session that ended before its Renew went through is no longer running, with nothing to retry', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const notebook = await screen.findByRole('article', { name: 'notebook1' }, SLOW_FIRST_LOAD);
    failNext('skaha', {
      status: 400,
      method: 'POST',
      body: 'No active job for user PosixPrincipal [uidNumber=20001,20001,jdoe] with session k3x9q2ma\n',
    });
    await user.click(within(notebook).getByRole('button', { name: 'Renew notebook1' }));
    const alert = await within(notebook).findByRole('alert');
    expect(alert).toHaveTextContent('Could not renew notebook1');
    expect(alert).toHaveTextContent('notebook1 is no longer running, so there is nothing to renew.');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers to renew again when skaha could not answer', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const notebook = await screen.findByRole('article', { name: 'notebook1' }, SLOW_FIRST_LOAD);
    failNext('skaha', { status: 503, method: 'POST', body: 'unavailable' });
    await user.click(within(notebook).getByRole('button', { name: 'Renew notebook1' }));
    const alert = await within(notebook).findByRole('alert', {}, { timeout: 10_000 });
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(notebook).findByText(/^Renewed: now ends /)).toBeInTheDocument();
  });

  it('renews a session about to end from its one Renew, which keeps the focus and confirms', async () => {
    const { user } = await renderApp({ route: '/sessions', scenario: 'ending-soon' });
    const ending = await screen.findByRole('article', { name: 'notebook-ending' }, SLOW_FIRST_LOAD);
    expect(
      within(ending).getByText(/^Less than an hour left \((29|30) minutes\)\. Renew to keep working\.$/),
    ).toBeInTheDocument();
    expect(within(ending).getAllByRole('button', { name: 'Renew notebook-ending' })).toHaveLength(1);
    const renew = within(ending).getByRole('button', { name: 'Renew notebook-ending' });
    await user.click(renew);
    expect(await within(ending).findByText(/^Renewed: now ends /)).toBeInTheDocument();
    await waitFor(() => {
      expect(within(tile('notebook-ending')).queryByText(/Less than an hour left/)).not.toBeInTheDocument();
    });
    expect(tile('notebook-ending')).toHaveTextContent(/Time left:\s*(3 d 23 h|4 d 0 h)/);
    expect(within(tile('notebook-ending')).getByText(/^Renewed: now ends /)).toBeInTheDocument();
    // the button that was pressed is still there and still holds the focus
    expect(document.activeElement).toBe(renew);
  });

  it('says why a session is stuck Pending, from its latest event', async () => {
    await renderApp({ route: '/sessions', scenario: 'stuck-pending' });
    const stuck = await screen.findByRole('article', { name: 'big-notebook' }, SLOW_FIRST_LOAD);
    const reason = await within(stuck).findByText(
      /Waiting for room on the platform: 0\/12 nodes are available/,
    );
    // Kubernetes' words, then what they mean for the user
    expect(reason).toHaveTextContent(
      /12 Insufficient cpu\. No node has room for what it asks now: it starts when room frees up, or delete it and launch it smaller\.$/,
    );
  });

  it('says each step of a start in the user’s words alone, not with the service’s English after them', async () => {
    // a start of ten minutes, its clock moved into the pull of the image: no poll can miss the step
    getPlatform().skaha.pendingMs = 600_000;
    const { user } = await renderApp({
      route: '/sessions/launch?type=desktop&image=images.canfar.net%2Fskaha%2Fdesktop%3A1.2.0&name=fresh',
      language: 'fr',
    });
    await user.click(await screen.findByRole('button', { name: 'Lancer' }, SLOW_FIRST_LOAD));
    const desktop = await screen.findByRole('article', { name: 'fresh' }, SLOW_FIRST_LOAD);
    advanceClock(300_000);
    const step = await within(desktop).findByText('Téléchargement de l’image', {}, { timeout: 10_000 });
    expect(step.textContent).toBe('Téléchargement de l’image');
    // the last step, past the container's start (seven eighths of the way), still Pending
    advanceClock(240_000);
    const started = await within(desktop).findByText('Démarrée, presque prête', {}, { timeout: 10_000 });
    expect(started.textContent).toBe('Démarrée, presque prête');
    expect(desktop).not.toHaveTextContent(/Started/);
  });

  it('says why a session is stuck Pending in French typography', async () => {
    await renderApp({ route: '/sessions', scenario: 'stuck-pending', language: 'fr' });
    const stuck = await screen.findByRole('article', { name: 'big-notebook' }, SLOW_FIRST_LOAD);
    const reason = await within(stuck).findByText(/^En attente de place sur la plateforme/);
    // textContent, not a Testing Library matcher: those fold the non-breaking space into a plain one
    expect(reason.textContent).toMatch(
      /^En attente de place sur la plateforme\u00a0: 0\/12 nodes are available/,
    );
  });

  it('shows the platform load', async () => {
    await renderApp({ route: '/sessions' });
    const load = await screen.findByRole('region', { name: 'Platform load' }, SLOW_FIRST_LOAD);
    expect(await within(load).findByText('Largest session allowed')).toBeInTheDocument();
    // skaha's ceiling here is the resource file's flexible limit (8, "32Gi"), below the fixed sizes the same file
    // offers: the largest session is the largest of those, as the launch form offers them
    expect(within(load).getByText('16 cores with 192 GB')).toBeInTheDocument();
    // Its capacity "6144G" is 6.144 × 10^12 bytes: 5.6 TB in the portal's units (TB past 1,024 GB), not "6 TB".
    expect(within(load).getByText(/^[\d.]+ TB of 5.6 TB$/)).toBeInTheDocument();
  });

  it('reads every G of the older statistics as GiB, as skaha ≤ 1.1.3 wrote them', async () => {
    await renderApp({ route: '/sessions', scenario: 'legacy-stats' });
    const load = await screen.findByRole('region', { name: 'Platform load' }, SLOW_FIRST_LOAD);
    // "64G" is the form's 64 GB choice
    expect(await within(load).findByText('16 cores with 64 GB')).toBeInTheDocument();
    // "5722.046G", GiB: the 5.6 TB today's "6144G" (10^9 bytes each) says, not 5.2 TB
    expect(within(load).getByText(/^[\d.]+ TB of 5.6 TB$/)).toBeInTheDocument();
  });

  it('keeps the page working when statistics are unavailable (503)', async () => {
    await renderApp({ route: '/sessions', scenario: 'stats-unavailable' });
    const load = await screen.findByRole('region', { name: 'Platform load' }, SLOW_FIRST_LOAD);
    const alert = await within(load).findByRole('alert');
    expect(alert).toHaveTextContent('Statistics unavailable');
    // what failed in the user's terms: the sessions service answers for the tiles below
    expect(alert).toHaveTextContent(
      'The sessions service did not give the platform’s figures. This card asks again later.',
    );
    // skaha's text for it is cadc-rest's "temporarily unavailable: null", which says nothing to a person
    expect(alert).toHaveTextContent(
      'Sessions service is unavailable for the moment (503). Try again in a minute.',
    );
    expect(alert).not.toHaveTextContent('null');
    expect(await screen.findByRole('article', { name: 'notebook1' }, SLOW_FIRST_LOAD)).toBeInTheDocument();
  });

  it('keeps the statistics’ alert, and the keyboard on Try again, while they are asked again', async () => {
    const { user, services } = await renderApp({ route: '/sessions', scenario: 'stats-unavailable' });
    const load = await screen.findByRole('region', { name: 'Platform load' }, SLOW_FIRST_LOAD);
    const retry = within(await within(load).findByRole('alert')).getByRole('button', { name: 'Try again' });
    const held = holdRequests('/v1/session');
    await user.click(retry);
    await waitFor(() => {
      expect(held.held()).toBeGreaterThan(0);
    });
    expect(retry).toHaveFocus();
    held.release();
    await waitFor(() => {
      expect(services.queryClient.getQueryState(skahaKeys.stats())?.fetchStatus).toBe('idle');
    });
    expect(within(within(load).getByRole('alert')).getByRole('button', { name: 'Try again' })).toHaveFocus();
  });

  it('shows French labels and numbers', async () => {
    await renderApp({ route: '/sessions', language: 'fr' });
    const desktop = await screen.findByRole('article', { name: 'desktop1' }, SLOW_FIRST_LOAD);
    expect(desktop).toHaveTextContent('En attente');
    expect(tile('carta-m31')).toHaveTextContent('CPU : 1,21 cœur sur 4 cœurs');
  });

  it('shows what a queued session asked for, as nothing is in use yet', async () => {
    for (const [language, cpu, ram] of [
      ['en', /CPU: \d+ cores requested/, /RAM: \d+ GB requested/],
      ['fr', /CPU : \d+ cœurs demandés/, /Mémoire : \d+ Go demandés/],
    ] as const) {
      const { unmount } = await renderApp({ route: '/sessions', scenario: 'queued', language });
      const queued = await screen.findByRole('article', { name: 'queued-notebook' }, SLOW_FIRST_LOAD);
      expect(queued).toHaveTextContent(cpu);
      expect(queued).toHaveTextContent(ram);
      expect(queued).not.toHaveTextContent(/unknown|inconnue/);
      unmount();
    }
  });

  it('puts “in use” in French in agreement with the amount shown, in Mo as in Go', async () => {
    await renderApp({ route: '/sessions', scenario: 'ending-soon', language: 'fr' });
    const ending = await screen.findByRole('article', { name: 'notebook-ending' }, SLOW_FIRST_LOAD);
    expect(ending).toHaveTextContent(/Mémoire : [\d\s\u202f]+,\d Mo utilisés/);
  });

  it('says when there are no sessions', async () => {
    await renderApp({ route: '/sessions', scenario: 'empty' });
    expect(await screen.findByText('You have no sessions yet.', {}, SLOW_FIRST_LOAD)).toBeInTheDocument();
    // where to start, for someone on their first visit
    expect(screen.getByText(/^Start one with New session: a notebook \(JupyterLab\)/)).toBeInTheDocument();
  });

  it('names the failing service, shows its message and retries', async () => {
    failNext('skaha', { status: 503, body: 'Service unavailable\n' });
    const { user } = await renderApp({ route: '/sessions' });
    const alert = await screen.findByText(
      'Sessions service is unavailable for the moment (503). Try again in a minute.',
      {},
      SLOW_FIRST_LOAD,
    );
    await user.click(
      within(alert.closest('[role="alert"]') ?? document.body).getByRole('button', { name: 'Try again' }),
    );
    expect(await screen.findByRole('article', { name: 'notebook1' }, SLOW_FIRST_LOAD)).toBeInTheDocument();
  });

  it('announces a status change from a poll', async () => {
    await renderApp({ route: '/sessions' });
    await screen.findByRole('article', { name: 'desktop1' }, SLOW_FIRST_LOAD);
    advanceClock(10_000);
    await waitFor(
      () => {
        expect(screen.getByText('desktop1 is now Running.')).toHaveAttribute('role', 'status');
      },
      { timeout: 6_000 },
    );
  });
});
