import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';

const figure = async (name: string) => {
  const heading = await screen.findByRole('heading', { name });
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
    expect(await figure('Sessions')).toHaveTextContent(/\d/);
    expect(await figure('CPU core-hours')).toHaveTextContent(/\d/);
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

  it('says so in French, for 30 days', async () => {
    await renderApp({ route: '/usage?window=month', language: 'fr' });
    const hours = await figure('Heures de session');
    expect(
      await within(hours).findByText(
        /(par rapport|autant qu’|rien) à la période de 30 jours précédente$/,
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

  it('formats numbers the French way', async () => {
    await renderApp({ route: '/usage?window=day', language: 'fr' });
    const top = await screen.findByRole('region', { name: 'Sessions principales' });
    expect(within(top).getByText('p7w1zr4c').closest('tr')).toHaveTextContent('4,2');
  });

  it('explains a failing usage service with a retry, naming it', async () => {
    await renderApp({ route: '/usage', scenario: 'usage-down' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Usage service answered 503');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows a PI every member of a group they own, from GMS, those without usage included', async () => {
    const { user, router } = await renderApp({ route: '/usage/projects?window=day', signedInAs: 'mchen' });
    await user.click(await screen.findByRole('combobox', { name: 'Project' }, { timeout: 5000 }));
    const groups = await screen.findByRole('group', { name: 'Groups you own or administer' });
    await user.click(within(groups).getByRole('option', { name: 'survey-team' }));
    expect(router.state.location.pathname).toBe('/usage/groups/survey-team');
    expect(await screen.findByText(/5 people, owned by mchen/, {}, { timeout: 5000 })).toBeInTheDocument();
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
    const folder = await screen.findByRole('region', { name: 'Project storage' });
    expect(within(folder).getByText('/projects/survey-team')).toBeInTheDocument();
    expect(await within(folder).findByText('310 GB of 1 TB used (30%)')).toBeInTheDocument();
  });

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
    expect(alert).toHaveTextContent('Transient Exception: LDAP server unavailable');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it("tells a member that only the PI sees the project's figures", async () => {
    await renderApp({ route: '/usage/projects/survey-team', signedInAs: 'jdoe' });
    expect(
      await screen.findByText(/only the project’s principal investigator can see its usage/),
    ).toBeInTheDocument();
  });

  it('shows the platform capacity and what is used of it', async () => {
    await renderApp({ route: '/usage/platform' });
    expect(await screen.findByText('16 cores with 64 GB of memory')).toBeInTheDocument();
    const table = await screen.findByRole('region', { name: 'Allocated and actually used' });
    expect(within(table).getByRole('cell', { name: 'CPU cores' })).toBeInTheDocument();
  });

  it('is gone when the usage feature is off', async () => {
    await renderApp({ route: '/usage', config: { features: { usage: false } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Usage' })).not.toBeInTheDocument();
  });
});
