import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { failNext, holdRequests } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

// Whole tables rendered in jsdom on a loaded machine can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

const MOCK_MODE = { mocks: true, auth: { mode: 'mock' } };

describe('the image browser', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('browses a project, filters its repositories and opens an artifact whose launch link carries the image', async () => {
    const { user, router } = await renderApp({ route: '/images', config: MOCK_MODE });
    const projects = await screen.findByRole('table');
    await user.click(within(projects).getByRole('link', { name: 'myproject' }));
    expect(router.state.location.pathname).toBe('/images/myproject');
    const crumbs = await screen.findByRole('navigation', { name: 'Where you are in the registry' });
    await user.click(within(crumbs).getByRole('link', { name: 'Images' }));
    await user.click(await screen.findByRole('link', { name: 'skaha' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'skaha' })).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: 'Filter repositories by name' }));
    await user.paste('notebook');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?name=notebook');
    });
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'carta' })).not.toBeInTheDocument();
    });
    await user.click(screen.getByRole('link', { name: 'astroml-notebook' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'skaha/astroml-notebook' }),
    ).toBeInTheDocument();
    const artifacts = await screen.findByRole('table');
    await user.click(within(artifacts).getByRole('link', { name: '26.03' }));
    expect(router.state.location.pathname).toBe('/images/skaha/astroml-notebook/-/26.03');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'astroml-notebook:26.03' }),
    ).toBeInTheDocument();
    const launch = await screen.findByRole('link', { name: 'Launch as notebook' });
    expect(launch).toHaveAttribute(
      'href',
      '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03',
    );
    // its label wraps on a phone (« Lancer en tâche sans interface ») rather than being cut; jsdom lays nothing
    // out, so the style is what is read
    const label = launch.querySelector('.mantine-Button-label');
    expect(label).toHaveAttribute('style', expect.stringContaining('white-space: normal'));
    expect(
      screen.getByText('docker pull images.canfar.net/skaha/astroml-notebook:26.03'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy the pull reference' })).toBeInTheDocument();
    expect(screen.getByText('start-notebook.sh')).toBeInTheDocument();
    expect(screen.getByText('CANFAR Team')).toBeInTheDocument();
    const tags = within(screen.getByRole('region', { name: 'Tags' }));
    expect(await tags.findByText('latest')).toBeInTheDocument();
  }, 30_000);

  it('pages a repository of 5,000 artifacts from the server and remembers the page size', async () => {
    const { user, router } = await renderApp({ route: '/images/skaha/astro-nightly', config: MOCK_MODE });
    expect(await screen.findByText('1–25 of 5,000')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('26–50 of 5,000')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2&size=25');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(await screen.findByText('1–50 of 5,000')).toBeInTheDocument();
    expect(localStorage.getItem('science-portal.user.jdoe.images.pageSize')).toBe('50');
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    expect(await screen.findByText('4,951–5,000 of 5,000')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'build-1' })).toBeInTheDocument();
  }, 30_000);

  it('shows a shared page with the size it was shared with, whatever the viewer’s own size', async () => {
    localStorage.setItem('science-portal.user.jdoe.images.pageSize', '50');
    await renderApp({ route: '/images/skaha/astro-nightly?page=5&size=10', config: MOCK_MODE });
    expect(await screen.findByText('41–50 of 5,000')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page 5' })).toHaveAttribute('aria-current', 'page');
    // the viewer's own size stays theirs
    expect(localStorage.getItem('science-portal.user.jdoe.images.pageSize')).toBe('50');
  }, 30_000);

  it('says when a shared page is past the end of the list, and goes to the last page', async () => {
    // the skaha project has 12 repositories: two pages of 10
    const { user, router } = await renderApp({ route: '/images/skaha?page=9&size=10', config: MOCK_MODE });
    expect(
      await screen.findByText('There is no page 9: this list has 2 pages.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to the last page' }));
    expect(await screen.findByText('11–12 of 12')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2&size=10');
  }, 30_000);

  it('filters artifacts by session-type label and by tag, keeping both in the URL', async () => {
    const { user, router } = await renderApp({ route: '/images/skaha/astro-nightly', config: MOCK_MODE });
    await screen.findByText('1–25 of 5,000');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Session type' }), 'notebook');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?type=notebook');
    });
    const table = await screen.findByRole('table');
    await waitFor(() => {
      expect(screen.queryByText(/of 5,000$/)).not.toBeInTheDocument();
    });
    for (const row of within(table).getAllByRole('row').slice(1)) expect(row).toHaveTextContent('Notebook');
    await user.click(screen.getByRole('textbox', { name: 'Filter by tag' }));
    await user.paste('build-4999');
    expect(await screen.findByText('1–1 of 1')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?type=notebook&tag=build-4999');
  });

  it('says capitals count when a tag filter finds nothing, as Harbor matches tags case-sensitively', async () => {
    const { user } = await renderApp({ route: '/images/skaha/astro-nightly', config: MOCK_MODE });
    await screen.findByRole('table');
    await user.click(screen.getByRole('textbox', { name: 'Filter by tag' }));
    await user.paste('BUILD-4999');
    expect(
      await screen.findByText('No artifact matches these filters. Capitals count in tag names.'),
    ).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Filter by tag' }));
    await user.paste('9.9.9');
    // no letter to capitalise: nothing to say about capitals
    expect(await screen.findByText('No artifact matches these filters.')).toBeInTheDocument();
  });

  it('names session types as the launch form does, in the type filter and on the chips', async () => {
    await renderApp({ route: '/images/skaha/astroml-notebook', config: MOCK_MODE });
    const filter = await screen.findByRole('combobox', { name: 'Session type' });
    await waitFor(() => {
      expect(within(filter).getAllByRole('option').length).toBeGreaterThan(2);
    });
    const names = within(filter)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(names).toEqual(expect.arrayContaining(['Notebook', 'Desktop', 'CARTA', 'Firefly']));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByText('Notebook').length).toBeGreaterThan(0);
    expect(within(table).queryByText('notebook')).not.toBeInTheDocument();
  });

  it('takes the keyboard to the heading when Back leaves the page that held it', async () => {
    const { user, router } = await renderApp({ route: '/images', config: MOCK_MODE });
    await user.click(within(await screen.findByRole('table')).getByRole('link', { name: 'skaha' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'skaha' })).toBeInTheDocument();
    await act(() => router.navigate(-1));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Images' });
    await waitFor(() => {
      expect(document.activeElement).toBe(heading);
    });
  });

  it('holds the Launch place while the registry’s address is read, then fills it', async () => {
    const info = holdRequests('/systeminfo');
    const { container } = await renderApp({ route: '/images/skaha/casa', config: MOCK_MODE });
    const table = await screen.findByRole('table');
    const row = within(table)
      .getAllByRole('row')
      .find((candidate) => candidate.textContent.includes('6.6.5'));
    if (!row) throw new Error('no 6.6.5 row');
    expect(row.querySelector('.mantine-Skeleton-root')).not.toBeNull();
    expect(within(row).queryByRole('button', { name: 'Launch 6.6.5 as…' })).not.toBeInTheDocument();
    info.release();
    expect(await within(row).findByRole('button', { name: 'Launch 6.6.5 as…' })).toBeInTheDocument();
    expect(container.querySelector('tr .mantine-Skeleton-root')).toBeNull();
  });

  it('launches straight from an artifact row, by its labels', async () => {
    const { user } = await renderApp({ route: '/images/skaha/casa', config: MOCK_MODE });
    await user.click(await screen.findByRole('button', { name: 'Launch 6.6.5 as…' }));
    const item = await screen.findByRole('menuitem', { name: 'Launch as headless' });
    expect(item).toHaveAttribute(
      'href',
      '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fcasa%3A6.6.5',
    );
    // desktop-app is shown as a chip but is not a session type of its own.
    expect(screen.getAllByRole('menuitem')).toHaveLength(1);
  });

  it('says before the launch form does that an image the platform does not list needs registry credentials', async () => {
    // skaha's list never holds a repository below a sub-path
    const { user } = await renderApp({ route: '/images/skaha/team%2Fastroml-gpu', config: MOCK_MODE });
    await user.click(await screen.findByRole('button', { name: 'Launch 26.03-cuda12 as…' }));
    expect(
      await screen.findByText(
        'Not in the platform’s list of images: the launch form will ask for your registry user name and CLI secret.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('menuitem').length).toBeGreaterThan(0);
  });

  it('says when the platform does not list an artifact, so its launch needs registry credentials', async () => {
    // skaha's list never holds a repository below a sub-path, under any tag
    const { router } = await renderApp({
      route: '/images/skaha/team/astroml-gpu/-/26.03-cuda12',
      config: MOCK_MODE,
    });
    expect(
      await screen.findByText(
        /^Opens the launch form with this image filled in\. The platform’s list of images does not have it/,
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Launch as notebook' })).toHaveAttribute(
      'href',
      '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fteam%2Fastroml-gpu%3A26.03-cuda12',
    );
    await router.navigate('/images/skaha/astroml-notebook/-/26.03');
    expect(await screen.findByText('Opens the launch form with this image filled in.')).toBeInTheDocument();
  });

  it('launches a secondary tag’s artifact as the tag the platform lists it under, and says so', async () => {
    // skaha lists this artifact by its first tag only, 26.03: launched as latest it would need credentials
    await renderApp({ route: '/images/skaha/astroml-notebook/-/latest', config: MOCK_MODE });
    expect(
      await screen.findByText(
        'Opens the launch form with this image as \u206826.03\u2069, the tag the platform lists it under: the same image.',
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Launch as notebook' })).toHaveAttribute(
      'href',
      '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03',
    );
    expect(screen.queryByText(/does not have it/)).not.toBeInTheDocument();
    // pulling goes by the tag the user came by, which docker takes
    expect(
      screen.getByText('docker pull images.canfar.net/skaha/astroml-notebook:latest'),
    ).toBeInTheDocument();
  });

  it('says in French that a secondary tag’s artifact launches as its listed tag', async () => {
    await renderApp({ route: '/images/skaha/astroml-notebook/-/latest', config: MOCK_MODE, language: 'fr' });
    const hint = await screen.findByText(
      /^Ouvre le formulaire de lancement avec cette image sous/,
      {},
      FIRST_LOAD,
    );
    // textContent, not a Testing Library matcher: those fold the no-break space into a plain one
    expect(hint.textContent).toBe(
      'Ouvre le formulaire de lancement avec cette image sous l’étiquette \u206826.03\u2069, celle que liste la plateforme\u00a0: c’est la même image.',
    );
    expect(screen.getByRole('link', { name: 'Lancer en notebook' })).toHaveAttribute(
      'href',
      '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03',
    );
  });

  it('says a desktop app is attached to a desktop, not launched, on its artifact page', async () => {
    await renderApp({ route: '/images/skaha/ds9/-/8.6', config: MOCK_MODE });
    expect(
      await screen.findByText(
        'A desktop app runs inside a desktop session: launch a desktop, then attach this image from the Desktop apps of its tile.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/carries no session-type label/)).not.toBeInTheDocument();
  });

  it('offers no launch for an image built for a platform the nodes cannot run, and says why', async () => {
    const { user } = await renderApp({ route: '/images/skaha/carta', config: MOCK_MODE });
    expect(await screen.findByRole('button', { name: 'Launch 5.1.0 as…' })).toBeInTheDocument();
    // the fake's 4.0.0 is a linux/arm64 image labelled carta
    expect(screen.queryByRole('button', { name: 'Launch 4.0.0 as…' })).not.toBeInTheDocument();
    // the row says why, where its Launch would be
    const row = screen.getByRole('link', { name: '4.0.0' }).closest('tr');
    if (!row) throw new Error('no row for 4.0.0');
    expect(row).toHaveTextContent('Built for linux/arm64: not for this platform’s nodes');
    await user.click(screen.getByRole('link', { name: '4.0.0' }));
    expect(
      await screen.findByText(
        /This image is built for linux\/arm64: the platform’s nodes run linux\/amd64 images/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Launch as CARTA' })).not.toBeInTheDocument();
  });

  it('searches across projects and repositories, with private ones for a member', async () => {
    const { user } = await renderApp({ route: '/images', config: MOCK_MODE });
    await user.type(
      await screen.findByRole('searchbox', { name: 'Search projects and repositories' }),
      'survey-',
    );
    const repositories = await screen.findByRole('region', { name: 'Repositories' });
    expect(within(repositories).getByRole('link', { name: 'survey-team/survey-notebook' })).toHaveAttribute(
      'href',
      '/images/survey-team/survey-notebook',
    );
    expect(
      screen.getByText(
        'Signed in to the registry: public projects and the private ones you belong to are shown.',
      ),
    ).toBeInTheDocument();
  });

  it('says a private project is for its members when Harbor knows the user but they are not one (403)', async () => {
    await renderApp({ route: '/images/lensing-lab', config: MOCK_MODE });
    expect(
      await screen.findByText(
        'This project is private: Harbor shows it only to its members. Ask its owner to add you, or browse the public projects.',
      ),
    ).toBeInTheDocument();
    // a refusal, said once: no failure beside it, nor a retry that cannot help; the way to the other projects
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // nor controls for a list there is none of
    expect(screen.queryByRole('textbox', { name: 'Filter repositories by name' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Order' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('note')).getByRole('link', { name: 'See all projects' })).toHaveAttribute(
      'href',
      '/images',
    );
  });

  it('orders repositories, and a link that clears the search empties the box', async () => {
    const { user, router } = await renderApp({ route: '/images/skaha', config: MOCK_MODE });
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'name');
    await waitFor(() => {
      expect(within(screen.getByRole('table')).getAllByRole('link')[0]).toHaveTextContent('astro-nightly');
    });
    expect(router.state.location.search).toBe('?sort=name');
    await router.navigate('/images?q=carta');
    expect(await screen.findByRole('link', { name: 'skaha/carta' })).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', {
        name: 'Images',
      }),
    );
    await waitFor(() => {
      expect(screen.getByRole('searchbox', { name: 'Search projects and repositories' })).toHaveValue('');
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Projects' })).toBeInTheDocument();
  });

  it('browses anonymously in cadc mode and says so', async () => {
    const { user } = await renderApp({ route: '/images' });
    expect(await screen.findByText(/You are browsing the registry anonymously/)).toBeInTheDocument();
    await user.type(
      screen.getByRole('searchbox', { name: 'Search projects and repositories' }),
      'survey-team',
    );
    expect(
      await screen.findByText('No project or repository name contains “\u2068survey-team\u2069”.'),
    ).toBeInTheDocument();
  });

  it('finds a project whatever the case of the search, as Harbor matches project names case-sensitively', async () => {
    const { user } = await renderApp({ route: '/images', config: MOCK_MODE });
    await user.type(
      await screen.findByRole('searchbox', { name: 'Search projects and repositories' }),
      'Survey-Team',
    );
    const projects = await screen.findByRole('region', { name: 'Projects' });
    expect(await within(projects).findByRole('link', { name: 'survey-team' })).toHaveAttribute(
      'href',
      '/images/survey-team',
    );
  });

  it('tells a 401 from Harbor as a project it will not show, never as an expired sign-in', async () => {
    // Harbor answers a token it does not take, or a user it does not know, as anonymous: 401 on the project
    failNext('harbor', {
      status: 401,
      body: '{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized"}]}',
      times: 10,
    });
    await renderApp({ route: '/images/survey-team', config: MOCK_MODE });
    expect(
      await screen.findByText(/^Harbor did not recognise your sign-in for this project/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // it may know the user once they have signed in on the registry's site: that can be tried again
    expect(within(screen.getByRole('note')).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('Your sign-in has expired')).not.toBeInTheDocument();
  });

  it('names the registry when it fails, and retries', async () => {
    failNext('harbor', { status: 503, body: 'registry down' });
    const { user } = await renderApp({ route: '/images', config: MOCK_MODE });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Image registry answered 503');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'skaha' })).toBeInTheDocument();
  });

  it('says an address names a project, repository or image the registry does not have, with the way back up', async () => {
    const { user, router } = await renderApp({ route: '/images/nope-lab', config: MOCK_MODE });
    expect(
      await screen.findByText('The registry has no project named “\u2068nope-lab\u2069”.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'See all projects' }));
    expect(router.state.location.pathname).toBe('/images');

    await router.navigate('/images/skaha/nope');
    expect(
      await screen.findByText('The project \u2068skaha\u2069 has no repository named “\u2068nope\u2069”.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'See the repositories of \u2068skaha\u2069' }));
    expect(router.state.location.pathname).toBe('/images/skaha');

    await router.navigate('/images/skaha/carta/-/9.9.9');
    expect(
      await screen.findByText(
        'The repository \u2068carta\u2069 has no image “\u20689.9.9\u2069”: the tag may have been removed or renamed.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the images of \u2068carta\u2069' })).toHaveAttribute(
      'href',
      '/images/skaha/carta',
    );
  });

  describe('names that would spoof the page', () => {
    const RLO = '\u202E';
    const rawControls = () =>
      [...document.querySelectorAll('[title]')]
        .map((element) => element.getAttribute('title') ?? '')
        .concat(document.body.textContent)
        .filter((text) => text.includes(RLO));

    it("shows a repository description's override as what it is, in the text and in the label chips' titles", async () => {
      const { user } = await renderApp({ route: '/images', config: MOCK_MODE, scenario: 'hostile' });
      await user.click(await screen.findByRole('link', { name: /^hostile_lab_/ }));
      await user.click(await screen.findByRole('link', { name: 'rtl_and_emoji' }));
      const heading = await screen.findByRole('heading', { level: 1 });
      await screen.findByRole('table');
      expect(heading.parentElement).toHaveTextContent('שמיים <U+202E>txt.exe');
      expect(rawControls()).toEqual([]);
    });

    it('shows a project and a repository from the address isolated, with their overrides shown', async () => {
      const { router } = await renderApp({ route: '/images/abc%E2%80%AEexe.fdp', config: MOCK_MODE });
      expect(
        await screen.findByText('The registry has no project named “\u2068abc<U+202E>exe.fdp\u2069”.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^abc<U\+202E>exe\.fdp$/);
      expect(document.title).toBe('\u2068abc<U+202E>exe.fdp\u2069 · Science Portal');
      expect(rawControls()).toEqual([]);

      await router.navigate('/images/skaha/no%E2%80%AEpe');
      expect(
        await screen.findByText(
          'The project \u2068skaha\u2069 has no repository named “\u2068no<U+202E>pe\u2069”.',
        ),
      ).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Where you are in the registry' })).toHaveTextContent(
        'no<U+202E>pe',
      );
      expect(rawControls()).toEqual([]);
    });

    it('quotes a long address name cut short, not as words of the page', async () => {
      const said = `Your session expired. Sign in again at evil.example ${'x'.repeat(100)}`;
      await renderApp({ route: `/images/skaha/${encodeURIComponent(said)}`, config: MOCK_MODE });
      const message = await screen.findByText(/^The project \u2068skaha\u2069 has no repository named “/);
      expect(message.textContent).toMatch(/“\u2068Your session expired\. Sign in .+…x+\u2069”\.$/);
      expect(message.textContent).not.toContain('x'.repeat(50));
    });
  });

  it('speaks French', async () => {
    await renderApp({ route: '/images/skaha/astroml-notebook/-/26.03', config: MOCK_MODE, language: 'fr' });
    expect(await screen.findByRole('link', { name: 'Lancer en notebook' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copier la référence de l’image' })).toBeInTheDocument();
    expect(screen.getByText(/5,7\s?Go/)).toBeInTheDocument();
  });
});
