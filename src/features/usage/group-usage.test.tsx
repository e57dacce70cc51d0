import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

describe("a group's usage, from a link anyone can write", () => {
  it('says there is no such group in its own words, the name isolated with its override shown', async () => {
    await renderApp({ route: '/usage/groups/no%E2%80%AEpe', signedInAs: 'mchen' });
    expect(
      await screen.findByText(
        'The group service has no group named “\u2068no<U+202E>pe\u2069”.',
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('\u202E');
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveValue('no<U+202E>pe');
  });

  it('says plainly that a group does not exist, with the way back to My projects, the period kept', async () => {
    const { user, router } = await renderApp({
      route: '/usage/groups/nosuch?window=month',
      signedInAs: 'mchen',
    });
    expect(
      await screen.findByText('The group service has no group named “\u2068nosuch\u2069”.', {}, FIRST_LOAD),
    ).toBeInTheDocument();
    // no service failing, nothing to try again
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/something went wrong/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'See all your projects' }));
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
      '/usage/projects?window=month',
    );
  });

  it('says so in French', async () => {
    await renderApp({ route: '/usage/groups/nosuch', signedInAs: 'mchen', language: 'fr' });
    expect(
      await screen.findByText(
        // (the no-break spaces inside « » are matched as the spaces they are normalised to)
        'Le service des groupes n’a aucun groupe nommé « \u2068nosuch\u2069 ».',
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir tous vos projets' })).toHaveAttribute(
      'href',
      '/usage/projects?window=week',
    );
  });

  it('names a group it may not show isolated, in French too', async () => {
    await renderApp({ route: '/usage/groups/lensing-lab', signedInAs: 'jdoe', language: 'fr' });
    expect(await screen.findByRole('alert', {}, FIRST_LOAD)).toHaveTextContent(
      'ne vous montre pas les membres du groupe \u2068lensing-lab\u2069',
    );
  });
});

describe('a member’s session opened from a group’s top sessions', () => {
  it('goes back to the group, in the period chosen since; opened on its own, back to my usage', async () => {
    const { user, router } = await renderApp({
      route: '/usage/groups/survey-team?window=month',
      signedInAs: 'mchen',
    });
    const top = await screen.findByRole('region', { name: 'Top sessions' }, FIRST_LOAD);
    const [first] = within(top).getAllByRole('link');
    if (!first) throw new Error('no session in the top sessions');
    await user.click(first);
    await user.click(await screen.findByRole('radio', { name: 'Week' }));
    const back = await screen.findByRole('link', { name: 'Back to the group \u2068survey-team\u2069' });
    expect(back).toHaveAttribute('href', '/usage/groups/survey-team?window=week');
    await user.click(back);
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
      '/usage/groups/survey-team?window=week',
    );
  });

  it('opened from a shared address, goes back to my usage', async () => {
    await renderApp({ route: '/usage/sessions/d2n8vb0e?user=jdoe&window=week', signedInAs: 'mchen' });
    expect(await screen.findByRole('link', { name: 'Back to my usage' }, FIRST_LOAD)).toHaveAttribute(
      'href',
      '/usage?window=week',
    );
  });
});
