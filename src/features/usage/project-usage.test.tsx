import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

describe("a project's usage, from a link anyone can write", () => {
  it('names the project of the address isolated, its override shown, in the refusal, the heading and the picker', async () => {
    await renderApp({ route: '/usage/projects/abc%E2%80%AEexe.fdp?window=day', signedInAs: 'jdoe' });
    expect(
      await screen.findByText(
        /^The usage service does not show \u2068abc<U\+202E>exe\.fdp\u2069 to you:/,
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Your own sessions in project \u2068abc<U+202E>exe.fdp\u2069' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveValue('abc<U+202E>exe.fdp');
    expect(document.body.textContent).not.toContain('\u202E');
  });
});

describe('the project usage page before a project is picked', () => {
  it('offers each of a PI’s groups and projects one click away, rather than an empty picker', async () => {
    const { user, router } = await renderApp({ route: '/usage/projects?window=day', signedInAs: 'mchen' });
    const choices = await screen.findByRole('navigation', { name: 'Your groups and projects' }, FIRST_LOAD);
    await user.click(within(choices).getByRole('link', { name: 'Group \u2068lensing-lab\u2069' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/usage/groups/lensing-lab');
    });
    expect(router.state.location.search).toBe('?window=day');
    expect(screen.queryByRole('navigation', { name: 'Your groups and projects' })).not.toBeInTheDocument();
  });

  it('names a group and a project label of the same name apart, as the pages they lead to differ', async () => {
    // mchen owns the groups lensing-lab and survey-team, and her sessions ran under labels of the same names
    await renderApp({ route: '/usage/projects?window=day', signedInAs: 'mchen' });
    const choices = await screen.findByRole('navigation', { name: 'Your groups and projects' }, FIRST_LOAD);
    const links = within(choices).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Group \u2068lensing-lab\u2069', '/usage/groups/lensing-lab?window=day'],
      ['Group \u2068survey-team\u2069', '/usage/groups/survey-team?window=day'],
      ['Project \u2068lensing-lab\u2069', '/usage/projects/lensing-lab?window=day'],
      ['Project \u2068survey-team\u2069', '/usage/projects/survey-team?window=day'],
    ]);
  });

  it('explains only what a user who leads no group can pick, and offers a single choice’s link too', async () => {
    // jdoe owns and administers no group; her sessions ran under the label survey-team
    await renderApp({ route: '/usage/projects?window=day', signedInAs: 'jdoe' });
    const choices = await screen.findByRole('navigation', { name: 'Your groups and projects' }, FIRST_LOAD);
    expect(
      within(choices)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([['Project \u2068survey-team\u2069', '/usage/projects/survey-team?window=day']]);
    expect(
      screen.getByText(
        'A project label’s usage is that of the sessions launched under the label, by whoever launched them: a member who never used it is not counted.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/group’s usage|A group you own/)).not.toBeInTheDocument();
  });

  it('explains both kinds to a PI who can pick both, naming the folder as a session sees it', async () => {
    await renderApp({ route: '/usage/projects?window=day', signedInAs: 'mchen' });
    expect(
      await screen.findByText(
        /^A group’s usage is the sum of its members’ usage, each read by username; its project folder is \/arc\/projects\/<group>\. A project label’s usage is that of the sessions launched under the label/,
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
  });
});
