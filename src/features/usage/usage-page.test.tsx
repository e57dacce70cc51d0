import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { skahaKeys } from '@/api/skaha/skaha-keys';
import { dayText, localDay } from '@/api/usage/date-range';
import { failNext, holdRequests, watchUsageQueries } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

/** `days` calendar days before today (one may last 23 or 25 hours), as the page's date fields hold it. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return dayText(date.getTime());
}

/** A `YYYY-MM-DD` day as the page writes it in English: `Dec 7, 2026`. */
const shownDay = (text: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(localDay(text));

const figure = async (name: string) => {
  const heading = await screen.findByRole('heading', { name }, FIRST_LOAD);
  const card = heading.parentElement;
  if (!card) throw new Error(`no card for ${name}`);
  return card;
};

describe('the usage pages', () => {
  it("shows the user's totals, a chart with its table, top sessions and home storage", async () => {
    await renderApp({ route: '/usage?window=day' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Usage' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    // jdoe's seeded sessions of the last day, and the core-hours they used
    expect(within(await figure('Sessions')).getByText('6')).toBeInTheDocument();
    expect(within(await figure('CPU core-hours')).getByText('17')).toBeInTheDocument();
    const top = await screen.findByRole('region', { name: 'Top sessions' });
    // jdoe's seeded CARTA session ran 4 h 12 min before the seed: 4.2 session-hours today
    // named as its owner named it, with its ID beside
    const carta = within(top).getByRole('row', { name: /^carta-m31 p7w1zr4c CARTA/ });
    expect(carta).toHaveTextContent('CARTA');
    expect(carta).toHaveTextContent('4.2');
    expect(screen.getByRole('region', { name: 'CPU core-hours by session type' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download CPU core-hours by session type as CSV' }),
    ).toBeEnabled();
    const home = await screen.findByRole('region', { name: 'Home storage' });
    // the same binary units as the storage pages: 20 GiB of a 100 GiB quota, labelled GB
    expect(await within(home).findByText('20 GB of 100 GB used (20%)')).toBeInTheDocument();
  });

  it('leaves out a session that never ran: not counted, no 0-hour row', async () => {
    // big-notebook has waited 7 minutes for a node: its pod has labels and requests, but never ran
    await renderApp({ route: '/usage?window=day', scenario: 'stuck-pending' });
    expect(within(await figure('Sessions')).getByText('6')).toBeInTheDocument();
    const top = await screen.findByRole('region', { name: 'Top sessions' });
    expect(within(top).getByRole('row', { name: /^carta-m31 p7w1zr4c/ })).toBeInTheDocument();
    expect(within(top).queryByText('big-notebook')).not.toBeInTheDocument();
    expect(within(top).queryByText('s7u2ck9p')).not.toBeInTheDocument();
  });

  it('lists a desktop app beside its desktop in top sessions, one session between them', async () => {
    const { user, router } = await renderApp({ route: '/usage?window=day', signedInAs: 'mchen' });
    const top = await screen.findByRole('region', { name: 'Top sessions' }, FIRST_LOAD);
    // skaha labels mchen's ds9-8-6 with its desktop's id: a row of its own, named as the app, typed Desktop app
    const desktop = within(top).getByRole('row', { name: /^desktop1 m4r8c2nt Desktop / });
    const app = within(top).getByRole('row', { name: /^ds9-8-6 m4r8c2nt Desktop app / });
    // ds9 ran 110 minutes, its desktop 2 hours (to the minute the page opened)
    const hours = (row: HTMLElement) => Number(within(row).getAllByRole('cell')[3]?.textContent);
    expect(hours(desktop)).toBeCloseTo(2, 1);
    expect(hours(app)).toBeCloseTo(110 / 60, 1);
    // a desktop and its apps are one session: the count is of distinct ids
    const rows = within(top).getAllByRole('row').slice(1);
    expect(rows.length).toBeLessThan(10);
    const ids = new Set(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent));
    expect(ids.size).toBe(rows.length - 1);
    expect(within(await figure('Sessions')).getByText(String(ids.size))).toBeInTheDocument();
    // the app's name opens its desktop's chart, which reads the desktop's pod and its apps'
    const chart = '/usage/sessions/m4r8c2nt?user=mchen&name=desktop1&window=day';
    expect(within(desktop).getByRole('link', { name: 'desktop1' })).toHaveAttribute('href', chart);
    await user.click(within(app).getByRole('link', { name: 'ds9-8-6' }));
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(chart);
    // the link went with the table: focus is on the page's heading, not lost
    expect(screen.getByRole('heading', { level: 1, name: 'Usage' })).toHaveFocus();
    expect(
      screen.getByRole('heading', { name: 'Session \u2068desktop1\u2069 over time' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'CPU cores used, table' }, FIRST_LOAD),
    ).toBeInTheDocument();
  });

  it('gives plain advice where a session asked for far more than it used', async () => {
    await renderApp({ route: '/usage?window=day' });
    const efficiency = await screen.findByRole('region', { name: 'Efficiency' });
    // the CARTA session asked for 16 GB and peaked at 4.23 GB
    expect(
      await within(efficiency).findByText(
        'Session carta-m31 (CARTA): you asked for 16 GB and used at most 4.23 GB: 8 GB would do.',
      ),
    ).toBeInTheDocument();
  });

  it('leaves the flexible sessions out of the advice, and says so, and the ones whose size the platform sets', async () => {
    const queries = watchUsageQueries();
    await renderApp({ route: '/usage?window=week' });
    const efficiency = await screen.findByRole('region', { name: 'Efficiency' }, FIRST_LOAD);
    expect(
      await within(efficiency).findByText(
        'Sessions launched without fixed resources share the node and are not judged here.',
      ),
    ).toBeInTheDocument();
    // jdoe's notebook1 and desktop1 ran with the default request; the CARTA session asked for its own
    expect(within(efficiency).queryAllByText(/^Session (notebook1|desktop1) /)).toHaveLength(0);
    expect(
      within(efficiency).getByText(/^Session carta-m31 \(CARTA\): you asked for 16 GB/),
    ).toBeInTheDocument();
    // each session's figures come with its flavor
    expect(queries.filter((query) => query.includes('label_canfar_net_flavor')).length).toBeGreaterThan(0);
    // nor is a Firefly session, however much it held: its size is the platform's template
    expect(within(efficiency).queryAllByText(/^Session \S+ \((Firefly|Desktop)\)/)).toHaveLength(0);
  });

  it('puts each figure beside the previous period of the same length', async () => {
    await renderApp({ route: '/usage?window=week' });
    const cpu = await figure('CPU core-hours');
    expect(
      await within(cpu).findByText(
        /^([+−]\d+% vs|same as|none in) the previous week$/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });

  it.each([
    ['my year', '/usage?window=year', 'jdoe'],
    ['a group’s year', '/usage/groups/survey-team?window=year', 'mchen'],
    ['200 days', `/usage?window=custom&from=${daysAgo(199)}&to=${daysAgo(0)}`, 'jdoe'],
  ])(
    'shows no comparison where the previous period starts before what the service keeps: %s',
    async (_, route, signedInAs) => {
      const { services } = await renderApp({ route, signedInAs });
      const totals = await screen.findByRole('region', { name: 'Totals' }, { timeout: 5000 });
      // every query answered: a previous period asked for would be shown by now
      await waitFor(
        () => {
          expect(services.queryClient.isFetching()).toBe(0);
        },
        { timeout: 5000 },
      );
      expect(within(totals).getByRole('heading', { name: 'CPU core-hours' })).toBeInTheDocument();
      expect(within(totals).queryAllByText(/previous/)).toHaveLength(0);
    },
  );

  it.each([
    ['week', '/usage?window=week'],
    // ending today: as many days before, up to the same time of day
    ['150 days up to the same time of day', `/usage?window=custom&from=${daysAgo(149)}&to=${daysAgo(0)}`],
  ])('compares with a previous period the service still keeps: the previous %s', async (period, route) => {
    await renderApp({ route });
    const totals = await screen.findByRole('region', { name: 'Totals' }, { timeout: 5000 });
    expect(
      await within(totals).findAllByText(
        new RegExp(`^([+−]\\d+% vs|same as|none in) the previous ${period}$`),
        {},
        { timeout: 5000 },
      ),
    ).toHaveLength(5);
  });

  it('says so in French, for 30 days', async () => {
    await renderApp({ route: '/usage?window=month', language: 'fr' });
    const hours = await figure('Heures de session');
    expect(
      await within(hours).findByText(
        /^(.+ par rapport à|autant que|rien pendant) la période de 30 jours précédente$/,
        {},
        {
          timeout: 5000,
        },
      ),
    ).toBeInTheDocument();
  });

  it('keeps the period in the URL', async () => {
    const { user, router } = await renderApp({ route: '/usage' });
    await screen.findByRole('region', { name: 'Top sessions' });
    await user.click(screen.getByRole('radio', { name: 'Month' }));
    expect(router.state.location.search).toBe('?window=month');
    expect(screen.getByText(/^Last 30 days/)).toBeInTheDocument();
  });

  it.each([
    ['a month', '?window=month'],
    ['a custom period', `?window=custom&from=${daysAgo(2)}&to=${daysAgo(0)}`],
  ])('keeps %s through the Platform view, which has none, and back', async (_, search) => {
    const { user, router } = await renderApp({ route: `/usage${search}` });
    await screen.findByRole('region', { name: 'Top sessions' }, FIRST_LOAD);
    await user.click(screen.getByRole('link', { name: 'Platform' }));
    expect(await screen.findByText('16 cores with 192 GB of memory')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My projects' })).toHaveAttribute(
      'href',
      `/usage/projects${search}`,
    );
    await user.click(screen.getByRole('link', { name: 'My usage' }));
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(`/usage${search}`);
    expect(await screen.findByRole('region', { name: 'Top sessions' }, FIRST_LOAD)).toBeInTheDocument();
  });

  it('formats numbers the French way', async () => {
    await renderApp({ route: '/usage?window=day', language: 'fr' });
    const top = await screen.findByRole('region', { name: 'Sessions principales' });
    expect(within(top).getByText('p7w1zr4c').closest('tr')).toHaveTextContent('4,2');
  });

  it('explains a failing usage service with a retry, naming it', async () => {
    await renderApp({ route: '/usage', scenario: 'usage-down' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Usage service is unavailable for the moment (503)');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('says a project label counts the sessions run under it, not a group’s members', async () => {
    await renderApp({ route: '/usage/projects/survey-team?window=day', signedInAs: 'mchen' });
    expect(
      await screen.findByText(
        'A project label’s usage is that of the sessions launched under the label, by whoever launched them: a member who never used it is not counted. A group you own lists all its members.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^A group’s usage is the sum/)).not.toBeInTheDocument();
  });

  it('shows a PI every member of a group they own, from GMS, those without usage included', async () => {
    const { user, router } = await renderApp({ route: '/usage/projects?window=day', signedInAs: 'mchen' });
    await user.click(await screen.findByRole('combobox', { name: 'Project' }, { timeout: 5000 }));
    const groups = await screen.findByRole('group', { name: 'Groups you own or administer' });
    await user.click(within(groups).getByRole('option', { name: 'survey-team' }));
    expect(router.state.location.pathname).toBe('/usage/groups/survey-team');
    expect(await screen.findByText(/5 people, owned by mchen/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(
      screen.getByText(
        'A group’s usage is the sum of its members’ usage, each read by username; its project folder is /arc/projects/<group>.',
      ),
    ).toBeInTheDocument();
    const members = await screen.findByRole('region', { name: 'Usage by member' }, { timeout: 5000 });
    for (const name of ['mchen', 'jdoe', 'akumar', 'trainee1', 'nkaur'])
      expect(within(members).getByRole('cell', { name })).toBeInTheDocument();
    // nkaur is in the group but has never run a session: a row of zeros
    expect(within(members).getByRole('cell', { name: 'nkaur' }).closest('tr')).toHaveTextContent(
      /^nkaurMember00000$/,
    );
    expect(within(members).getByRole('cell', { name: 'mchen' }).closest('tr')).toHaveTextContent('Owner');
    // each session by its name, with the member who ran it
    const top = screen.getByRole('region', { name: 'Top sessions' });
    expect(within(top).getByRole('row', { name: /^carta-m31 p7w1zr4c jdoe CARTA/ })).toBeInTheDocument();
    // advice about a member's session names the member: it is not the PI's own
    const efficiency = screen.getByRole('region', { name: 'Efficiency' });
    expect(
      within(efficiency).getByText(/^Session headless-2 of jdoe \(Headless\) asked for 4 GB/),
    ).toBeInTheDocument();
    expect(efficiency).not.toHaveTextContent(/\byou\b/i);
    const folder = await screen.findByRole('region', { name: 'Project storage' });
    // named as in a session, and as the help under the picker names it
    expect(within(folder).getByText('/arc/projects/survey-team')).toBeInTheDocument();
    expect(await within(folder).findByText('310 GB of 1 TB used (30%)')).toBeInTheDocument();
  });

  it.each([
    // the proxy hides /api/v1/rules (usage-raw lists none): the setting says the recorded series are there
    [true, 'usage-raw', '(session:', 'kube_pod_labels'],
    // the service lists the rules, but the setting says not to read them
    [false, 'default', 'kube_pod_labels{label_canfar_net_username="jdoe"}[2592000s]', 'session:'],
  ] as const)(
    "reads a group's month as usage.recordingRules %s says, whatever the service lists (%s)",
    async (recordingRules, scenario, reads, never) => {
      const queries = watchUsageQueries();
      await renderApp({
        route: '/usage/groups/survey-team?window=month',
        signedInAs: 'mchen',
        scenario,
        config: { usage: { recordingRules } },
      });
      await screen.findByRole('region', { name: 'Usage by member' }, { timeout: 5000 });
      const jdoe = queries.filter((query) => query.includes('label_canfar_net_username="jdoe"'));
      expect(jdoe.length).toBeGreaterThan(0);
      for (const query of jdoe) {
        expect(query).toContain(reads);
        expect(query).not.toContain(never);
      }
    },
  );

  it('offers the groups a PI administers, and keeps project labels other than default', async () => {
    const { user } = await renderApp({ route: '/usage/projects', signedInAs: 'mchen' });
    await user.click(await screen.findByRole('combobox', { name: 'Project' }, { timeout: 5000 }));
    const groups = await screen.findByRole('group', { name: 'Groups you own or administer' });
    expect(
      within(groups)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['lensing-lab', 'survey-team']);
    const labels = screen.getByRole('group', { name: 'Project labels of your sessions' });
    expect(within(labels).getByRole('option', { name: 'lensing-lab' })).toBeInTheDocument();
    expect(within(labels).queryByRole('option', { name: 'default' })).not.toBeInTheDocument();
  });

  it("keeps a group's members from someone who does not lead it", async () => {
    await renderApp({ route: '/usage/groups/lensing-lab', signedInAs: 'jdoe' });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'only the group’s owner and administrators can see their usage',
    );
  });

  it('names the group service when it is down, with a retry', async () => {
    await renderApp({ route: '/usage/projects', signedInAs: 'mchen', scenario: 'gms-down' });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      'Accounts and groups service is unavailable for the moment (503). Try again in a minute.',
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it.each([
    [
      'en',
      'Project',
      'Groups you own or administer',
      'Accounts and groups service: something went wrong',
      'Accounts and groups service sent an answer',
    ],
    [
      'fr',
      'Projet',
      'Groupes que vous possédez ou administrez',
      'Le service des comptes et des groupes : une erreur est survenue',
      'Le service des comptes et des groupes a envoyé',
    ],
  ] as const)(
    'names the group service when a group comes back unreadable (%s)',
    async (language, pick, led, title, text) => {
      const { user } = await renderApp({ route: '/usage/projects', signedInAs: 'mchen', language });
      const projects = await screen.findByRole('combobox', { name: pick }, { timeout: 5000 });
      // GMS then answers the group itself with a document that is not a GMS group.
      failNext('ac', { status: 200, body: '<group uri="http://example.org/not-gms"/>' });
      await user.click(projects);
      const groups = await screen.findByRole('group', { name: led });
      await user.click(within(groups).getByRole('option', { name: 'survey-team' }));
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
      expect(alert).toHaveTextContent(title);
      expect(alert).toHaveTextContent(text);
      expect(alert).toHaveTextContent('a group without a GMS URI');
    },
  );

  it("tells a member that only the PI sees the project's figures, and shows the member's own there", async () => {
    const queries = watchUsageQueries();
    await renderApp({ route: '/usage/projects/survey-team?window=day', signedInAs: 'jdoe' });
    expect(
      await screen.findByText(
        /only the project’s principal investigator can see its usage/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const own = await screen.findByRole('region', {
      name: 'Your own sessions in project \u2068survey-team\u2069',
    });
    // jdoe's CARTA session ran under survey-team; the figures are jdoe's alone, so no member column
    const top = await within(own).findByRole('region', { name: 'Top sessions' }, { timeout: 5000 });
    expect(within(top).getByRole('row', { name: /^carta-m31 p7w1zr4c CARTA/ })).toBeInTheDocument();
    expect(within(own).queryByRole('region', { name: 'Usage by member' })).not.toBeInTheDocument();
    const narrowed = queries.filter((query) => query.includes('label_canfar_net_username="jdoe"'));
    expect(narrowed.some((query) => query.includes('label_canfar_net_project="survey-team"'))).toBe(true);
  });

  it('shows the platform capacity and what is used of it', async () => {
    await renderApp({ route: '/usage/platform' });
    expect(await screen.findByText('16 cores with 192 GB of memory')).toBeInTheDocument();
    // skaha's "6144G" is 6.144 × 10^12 bytes: 5.6 TB, or 5,722 of the GB (GiB) Prometheus's figures are in
    const memory = screen.getByRole('region', { name: 'Memory' });
    expect(within(memory).getByText(/^[\d.]+ TB of 5.6 TB allocated \(\d+%\)$/)).toBeInTheDocument();
    const table = await screen.findByRole('region', { name: 'Sessions: allocated and actually used' });
    expect(within(table).getByRole('cell', { name: 'CPU cores' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Allocated to sessions' })).toBeInTheDocument();
    const memoryRow = within(table).getByRole('row', { name: /^Memory \(GB\)/ });
    expect(within(memoryRow).getAllByRole('cell').at(-1)).toHaveTextContent(/^5,722$/);
    // the two "allocated" figures come from two services: the table says why they differ
    expect(
      within(table).getByText(
        /^This table counts the sessions running now, as the usage service last saw them;/,
      ),
    ).toBeInTheDocument();
  });

  it('says at once that the platform capacity is unavailable when skaha fails it, not what failed', async () => {
    const { user, services } = await renderApp({ route: '/usage/platform', scenario: 'stats-unavailable' });
    // skaha asks to wait 30 s before asking again: the page does not wait it out before saying so
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveAccessibleName('Platform capacity unavailable');
    expect(alert).toHaveTextContent(
      'The sessions service did not give the platform’s capacity. The figures below come from the usage service and do not depend on it.',
    );
    expect(
      await screen.findByRole('region', { name: 'Sessions: allocated and actually used' }),
    ).toBeInTheDocument();
    // Try again keeps the alert, and the keyboard on its button, while skaha is asked again and after
    const held = holdRequests('/v1/session');
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    await user.click(retry);
    await waitFor(() => {
      expect(held.held()).toBe(1);
    });
    expect(retry).toHaveFocus();
    held.release();
    await waitFor(() => {
      expect(services.queryClient.getQueryState(skahaKeys.stats())?.fetchStatus).toBe('idle');
    });
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' })).toHaveFocus();
  });

  it('explains, without a Try again, why an account skaha refuses sees no capacity, in French too', async () => {
    const { unmount } = await renderApp({ route: '/usage/platform', scenario: 'no-access' });
    expect(
      await screen.findByText('Platform capacity not shown', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^The platform’s capacity is shown to accounts that can use sessions, and the sessions/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByText(/something went wrong/)).not.toBeInTheDocument();
    unmount();
    await renderApp({ route: '/usage/platform', scenario: 'no-access', language: 'fr' });
    expect(
      await screen.findByText('Capacité de la plateforme non affichée', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
  });

  it('words the largest session once, one way, and speaks of sessions rather than pods', async () => {
    await renderApp({ route: '/usage/platform' });
    const largest = await screen.findByRole('region', { name: 'Largest session allowed' });
    // skaha names one ceiling for both (the resource file's flexible limit), and the file offers larger fixed
    // sessions: the largest of those is said, once
    expect(within(largest).getAllByText(/cores/)).toHaveLength(1);
    expect(within(largest).getByText('16 cores with 192 GB of memory')).toBeInTheDocument();
    expect(
      await screen.findByText(/^Sessions use \d+% of the CPU and \d+% of the memory allocated to them\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/pods/)).not.toBeInTheDocument();
  });

  it('labels memory GB on every usage page, as the launch form and the session tiles do', async () => {
    const { unmount } = await renderApp({ route: '/usage?window=day' });
    await screen.findByRole('region', { name: 'Top sessions' }, { timeout: 5000 });
    expect(await figure('Memory GB-hours')).toBeInTheDocument();
    expect(await screen.findByText(/GB-hours requested were used/)).toBeInTheDocument();
    const top = await screen.findByRole('region', { name: 'Top sessions' });
    expect(within(top).getByRole('columnheader', { name: 'Memory requested (GB)' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/GiB/);
    unmount();
    await renderApp({ route: '/usage/platform' });
    const table = await screen.findByRole('region', { name: 'Sessions: allocated and actually used' });
    expect(within(table).getByRole('cell', { name: 'Memory (GB)' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/GiB/);
  });

  it('names headless sessions as the sessions page and launch form do, in English and French', async () => {
    const { unmount } = await renderApp({ route: '/usage?window=week' });
    const top = await screen.findByRole('region', { name: 'Top sessions' }, { timeout: 5000 });
    expect(within(top).getByRole('row', { name: /^reduce-night-3 h5c0tt9j / })).toHaveTextContent(
      /h5c0tt9jHeadless/,
    );
    expect(document.body).not.toHaveTextContent(/Batch job/);
    unmount();
    await renderApp({ route: '/usage?window=week', language: 'fr' });
    const topFr = await screen.findByRole('region', { name: 'Sessions principales' }, { timeout: 5000 });
    expect(within(topFr).getByRole('row', { name: /^reduce-night-3 h5c0tt9j / })).toHaveTextContent(
      /h5c0tt9jSans interface/,
    );
    expect(document.body).not.toHaveTextContent(/Tâche de fond/);
  });

  it('is gone when the usage feature is off', async () => {
    await renderApp({ route: '/usage', config: { features: { usage: false } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Usage' })).not.toBeInTheDocument();
  });

  describe('a custom period', () => {
    it('is picked with two date fields, kept in the URL and compared with as many days before it', async () => {
      const { user, router } = await renderApp({ route: '/usage?window=week' });
      await screen.findByRole('region', { name: 'Top sessions' }, { timeout: 5000 });
      await user.click(screen.getByRole('radio', { name: 'Custom' }));
      // a first custom period is the last seven days, to adjust from
      expect(new URLSearchParams(router.state.location.search).get('from')).toBe(daysAgo(6));
      const first = screen.getByLabelText('First day');
      await user.clear(first);
      await user.type(first, daysAgo(1));
      await user.click(screen.getByRole('button', { name: 'Show' }));
      const params = new URLSearchParams(router.state.location.search);
      expect(Object.fromEntries(params)).toEqual({ window: 'custom', from: daysAgo(1), to: daysAgo(0) });
      expect(screen.getByText(/ to .+ \(2 days\)$/)).toBeInTheDocument();
      // the form stays as it was sent: Show keeps the keyboard
      expect(screen.getByRole('button', { name: 'Show' })).toHaveFocus();
      expect(screen.getByLabelText('First day')).toHaveValue(daysAgo(1));
      // another range from the address (Back, a shared link) is what the fields then hold
      await router.navigate(`/usage?window=custom&from=${daysAgo(4)}&to=${daysAgo(3)}`);
      expect(screen.getByLabelText('First day')).toHaveValue(daysAgo(4));
      expect(screen.getByLabelText('Last day')).toHaveValue(daysAgo(3));
      await router.navigate(-1);
      expect(screen.getByLabelText('First day')).toHaveValue(daysAgo(1));
      const cpu = await figure('CPU core-hours');
      expect(
        await within(cpu).findByText(
          /^([+−]\d+% vs|same as|none in) the previous 2 days up to the same time of day$/,
          {},
          { timeout: 5000 },
        ),
      ).toBeInTheDocument();
      // the CARTA session of the last day is in it, and the table's time column names the days
      const top = screen.getByRole('region', { name: 'Top sessions' });
      expect(within(top).getByRole('row', { name: /^carta-m31 p7w1zr4c CARTA/ })).toHaveTextContent('4.2');
      expect(
        await screen.findByRole('columnheader', {
          name: `Period ending (${shownDay(daysAgo(1))} to ${shownDay(daysAgo(0))})`,
        }),
      ).toBeInTheDocument();
    });

    it('gives a month of days one bar a day, each named by its day', async () => {
      await renderApp({ route: `/usage?window=custom&from=${daysAgo(29)}&to=${daysAgo(0)}` });
      const table = await screen.findByRole(
        'region',
        { name: 'CPU core-hours by session type, table' },
        { timeout: 5000 },
      );
      expect(
        within(table).getByRole('columnheader', {
          name: `Day (${shownDay(daysAgo(29))} to ${shownDay(daysAgo(0))})`,
        }),
      ).toBeInTheDocument();
      const day = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(30);
      // the first bar is the first day's, the last today's
      const firstCell = (row: HTMLElement | undefined) => (row ? within(row).getAllByRole('cell')[0] : row);
      expect(firstCell(rows[0])).toHaveTextContent(day.format(Date.now() - 29 * 86_400_000));
      expect(firstCell(rows[29])).toHaveTextContent(day.format(Date.now()));
    });

    it('says what is wrong with a period and shows no figures for it', async () => {
      const { user } = await renderApp({ route: `/usage?window=custom&from=${daysAgo(2)}&to=${daysAgo(5)}` });
      expect(
        await screen.findByText('The first day must not be after the last day.', {}, { timeout: 5000 }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'CPU core-hours' })).not.toBeInTheDocument();
      const last = screen.getByLabelText('Last day');
      await user.clear(last);
      await user.type(last, dayText(Date.now() + 2 * 86_400_000));
      await user.click(screen.getByRole('button', { name: 'Show' }));
      expect(screen.getByText('The last day cannot be in the future.')).toBeInTheDocument();
      const first = screen.getByLabelText('First day');
      await user.clear(first);
      await user.type(first, daysAgo(400));
      await user.clear(last);
      await user.type(last, daysAgo(0));
      await user.click(screen.getByRole('button', { name: 'Show' }));
      expect(
        screen.getByText(/^Pick at most 366 days: the usage service keeps about a year/),
      ).toBeInTheDocument();
    });

    it.each([
      ['long before', '2024-01-01', '2024-01-31'],
      ['straddling', daysAgo(400), daysAgo(300)],
    ])(
      'refuses a period starting before the figures the service holds (%s), saying from which day',
      async (_, from, to) => {
        await renderApp({ route: `/usage?window=custom&from=${from}&to=${to}` });
        // the service is taken to hold 366 days up to now: the first whole day is 365 calendar days ago
        const firstHeld = shownDay(daysAgo(365));
        const first = await screen.findByLabelText('First day', {}, FIRST_LOAD);
        expect(first).toHaveAccessibleDescription(
          `Pick ${firstHeld} or a later day as the first day: the usage service holds figures from that day on.`,
        );
        expect(first).toHaveAttribute('min', daysAgo(365));
        // no figures, rather than zeros that read as nothing used
        expect(screen.queryByRole('heading', { name: 'CPU core-hours' })).not.toBeInTheDocument();
        expect(screen.queryByText('No sessions ran in this period.')).not.toBeInTheDocument();
      },
    );

    it('takes focus to the field in error, which then says what is wrong', async () => {
      const { user } = await renderApp({ route: `/usage?window=custom&from=${daysAgo(5)}&to=${daysAgo(2)}` });
      const first = await screen.findByLabelText('First day', {}, { timeout: 5000 });
      await user.clear(first);
      await user.type(first, daysAgo(1));
      await user.click(screen.getByRole('button', { name: 'Show' }));
      expect(first).toHaveFocus();
      expect(first).toBeInvalid();
      expect(first).toHaveAccessibleDescription('The first day must not be after the last day.');
      // an error of the last day's goes to that field
      const last = screen.getByLabelText('Last day');
      await user.clear(first);
      await user.type(first, daysAgo(3));
      await user.clear(last);
      await user.type(last, dayText(Date.now() + 2 * 86_400_000));
      await user.click(screen.getByRole('button', { name: 'Show' }));
      expect(last).toHaveFocus();
      expect(last).toHaveAccessibleDescription(/The last day cannot be in the future\./);
    });

    it('in French, for a PI’s group', async () => {
      await renderApp({
        route: `/usage/groups/survey-team?window=custom&from=${daysAgo(9)}&to=${daysAgo(0)}`,
        signedInAs: 'mchen',
        language: 'fr',
      });
      expect(await screen.findByText(/^Du .+ \(10\sjours\)$/, {}, { timeout: 5000 })).toBeInTheDocument();
      const hours = await figure('Heures de session');
      expect(
        // the ten days end today: compared with ten days before, up to the same time of day
        await within(hours).findByText(
          /^(.+ par rapport à|autant que|rien pendant) la période de 10\sjours précédente jusqu’à la même heure$/,
          {},
          { timeout: 5000 },
        ),
      ).toBeInTheDocument();
    });
  });

  describe("a session's usage over time", () => {
    it('opens from top sessions, with its cores and memory against its request, as a table too', async () => {
      const { user, router } = await renderApp({ route: '/usage?window=day' });
      const top = await screen.findByRole('region', { name: 'Top sessions' }, { timeout: 5000 });
      await user.click(within(top).getByRole('link', { name: 'carta-m31' }));
      expect(router.state.location.pathname).toBe('/usage/sessions/p7w1zr4c');
      expect(router.state.location.search).toBe('?user=jdoe&name=carta-m31&window=day');
      // named as on the sessions page and in Top sessions, not by its ID
      expect(
        screen.getByRole('heading', { name: 'Session \u2068carta-m31\u2069 over time' }),
      ).toBeInTheDocument();
      // the seeded CARTA session: 1.208 cores of 4 requested, at most 4.23 GiB of 16
      const cpu = await screen.findByRole('region', { name: 'CPU cores used, table' }, { timeout: 5000 });
      const cpuRows = within(cpu).getAllByRole('row').slice(1);
      // 4 h 12 min of a day, five minutes a point
      expect(cpuRows.length).toBeGreaterThanOrEqual(50);
      expect(cpuRows.length).toBeLessThanOrEqual(52);
      expect(cpuRows[0]).toHaveTextContent(/1\.214$/);
      const memory = screen.getByRole('region', { name: 'Memory used (GB), table' });
      expect(within(memory).getAllByRole('row')[1]).toHaveTextContent(/4\.2316$/);
      const chart = screen.getByRole('img', {
        name: 'CPU cores used: the table below lists the same values.',
      });
      // nothing inside the picture is read out: the table is its words
      const legendIcons = within(chart).getAllByLabelText(/legend icon$/);
      expect(legendIcons.length).toBeGreaterThan(0);
      for (const icon of legendIcons) expect(icon.closest('[aria-hidden="true"]')).not.toBeNull();
    });

    it('says so when the session has no samples in the period', async () => {
      await renderApp({ route: '/usage/sessions/zz000000?user=jdoe&window=day' });
      expect(
        await screen.findByText('This session has no usage samples in this period.', {}, { timeout: 5000 }),
      ).toBeInTheDocument();
    });
  });
});
