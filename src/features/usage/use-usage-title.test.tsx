import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const titled = async (title: string) => {
  await waitFor(() => {
    expect(document.title).toBe(title);
  }, FIRST_LOAD);
};

describe('the usage views’ document titles', () => {
  it.each([
    ['/usage?window=day', 'My usage'],
    ['/usage/projects?window=day', 'Usage of my projects'],
    ['/usage/groups/survey-team?window=day', 'Usage of group \u2068survey-team\u2069'],
    ['/usage/projects/lensing-lab?window=day', 'Usage of project \u2068lensing-lab\u2069'],
    ['/usage/sessions/m4r8c2nt?user=mchen&name=desktop1&window=day', 'Usage of session \u2068desktop1\u2069'],
    ['/usage/platform', 'Platform capacity and usage'],
    ['/usage/nowhere', 'No such usage page'],
  ])('names the view at %s', async (route, title) => {
    await renderApp({ route, signedInAs: 'mchen' });
    await titled(`${title} · Science Portal`);
    // the area keeps its one heading
    expect(screen.getByRole('heading', { level: 1, name: 'Usage' })).toBeInTheDocument();
  });

  it('follows the user from one view to the next', async () => {
    const { user } = await renderApp({ route: '/usage?window=day', signedInAs: 'mchen' });
    await titled('My usage · Science Portal');
    const views = screen.getByRole('navigation', { name: 'Usage views' });
    await user.click(within(views).getByRole('link', { name: 'My projects' }));
    await titled('Usage of my projects · Science Portal');
    await user.click(await screen.findByRole('link', { name: 'Group \u2068survey-team\u2069' }));
    await titled('Usage of group \u2068survey-team\u2069 · Science Portal');
  });

  it('shows a name from the address isolated, its override shown, in French too', async () => {
    await renderApp({ route: '/usage/projects/abc%E2%80%AEexe.fdp?window=day', language: 'fr' });
    await titled('Utilisation du projet \u2068abc<U+202E>exe.fdp\u2069 · Portail scientifique');
  });
});
