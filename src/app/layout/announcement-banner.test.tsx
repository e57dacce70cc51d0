import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

const DISMISSED = 'science-portal.user.jdoe.announcement.dismissed';

// The first render of a route loads its lazy module.
const slow = { timeout: 5000 };

const announcement = (level: string, extra: Record<string, unknown> = {}) => ({
  mocks: true,
  announcement: {
    id: `2026-11-${level}`,
    level,
    message: {
      en: 'Storage is read-only on 28 November, 08:00–12:00 UTC.',
      fr: 'Le stockage sera en lecture seule le 28 novembre, de 8 h à 12 h UTC.',
    },
    ...extra,
  },
});

afterEach(() => {
  localStorage.clear();
});

describe('the announcement banner', () => {
  it('shows an info announcement as a status above the page, and remembers its dismissal by id', async () => {
    const first = await renderApp({ route: '/sessions', config: announcement('info') });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sessions' }, slow);
    const banner = screen.getByRole('status', { name: 'Announcement' });
    expect(banner).toHaveTextContent('Information: Storage is read-only on 28 November, 08:00–12:00 UTC.');
    // above the page's content
    expect(banner.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await first.user.click(within(banner).getByRole('button', { name: 'Dismiss this announcement' }));
    expect(screen.queryByRole('status', { name: 'Announcement' })).not.toBeInTheDocument();
    expect(localStorage.getItem(DISMISSED)).toBe('2026-11-info');
    first.unmount();

    // a later visit: still dismissed, on any page
    const again = await renderApp({ route: '/storage', config: announcement('info') });
    await screen.findByRole('heading', { level: 1, name: 'Storage' }, slow);
    expect(screen.queryByRole('status', { name: 'Announcement' })).not.toBeInTheDocument();
    again.unmount();

    // another user of the same browser has not dismissed it
    const other = await renderApp({ route: '/storage', config: announcement('info'), signedInAs: 'mchen' });
    expect(await screen.findByRole('status', { name: 'Announcement' }, slow)).toBeInTheDocument();
    other.unmount();

    // a new announcement (another id) shows again
    await renderApp({
      route: '/storage',
      config: {
        ...announcement('info'),
        announcement: { ...announcement('info').announcement, id: '2026-12-info' },
      },
    });
    expect(await screen.findByRole('status', { name: 'Announcement' }, slow)).toBeInTheDocument();
  });

  it('shows a warning as a dismissible status', async () => {
    await renderApp({ route: '/sessions', config: announcement('warning') });
    const banner = await screen.findByRole('status', { name: 'Announcement' }, slow);
    expect(banner).toHaveTextContent(/^Warning: Storage is read-only/);
    expect(within(banner).getByRole('button', { name: 'Dismiss this announcement' })).toBeInTheDocument();
  });

  it('shows maintenance as an alert that cannot be dismissed, even if an old copy was', async () => {
    localStorage.setItem(DISMISSED, '2026-11-maintenance');
    await renderApp({
      route: '/sessions',
      config: announcement('maintenance', {
        link: { href: 'https://status.canfar.net/', label: { en: 'Status page', fr: 'Page d’état' } },
      }),
    });
    const banner = await screen.findByRole('alert', { name: 'Announcement' }, slow);
    expect(banner).toHaveTextContent(/^Maintenance: Storage is read-only/);
    expect(within(banner).queryByRole('button')).not.toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'Status page' })).toHaveAttribute(
      'href',
      'https://status.canfar.net/',
    );
  });

  it('speaks French, and falls back to English where the French text is missing', async () => {
    await renderApp({
      route: '/sessions',
      language: 'fr',
      config: announcement('maintenance', {
        link: { href: 'https://status.canfar.net/', label: { en: 'Status page' } },
      }),
    });
    const banner = await screen.findByRole('alert', { name: 'Annonce' }, slow);
    expect(banner.textContent).toBe(
      'Maintenance\u00a0: Le stockage sera en lecture seule le 28 novembre, de 8 h à 12 h UTC. Status page',
    );
    expect(within(banner).getByRole('link', { name: 'Status page' })).toBeInTheDocument();
  });

  it('shows the message as text, never as markup', async () => {
    await renderApp({
      route: '/sessions',
      config: {
        mocks: true,
        announcement: { id: 'x', level: 'info', message: { en: '<img src=x onerror=alert(1)> <b>bold</b>' } },
      },
    });
    const banner = await screen.findByRole('status', { name: 'Announcement' }, slow);
    expect(banner).toHaveTextContent('Information: <img src=x onerror=alert(1)> <b>bold</b>');
    expect(banner.querySelector('img, b')).toBeNull();
  });

  it('shows nothing without an announcement', async () => {
    await renderApp({ route: '/sessions' });
    await screen.findByRole('heading', { level: 1, name: 'Sessions' }, slow);
    expect(screen.queryByRole('status', { name: 'Announcement' })).not.toBeInTheDocument();
  });
});
