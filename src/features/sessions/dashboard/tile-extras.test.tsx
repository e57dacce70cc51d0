import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { renderApp } from '@/test/render-app';
import { ExpiryWarning } from './expiry-warning';
import { NotifyButton } from './notify-button';

/** Just what the warning needs: translations and Mantine. */
function renderWarning(children: ReactNode) {
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <MantineProvider env="test">{children}</MantineProvider>
    </I18nextProvider>,
  );
}

describe('desktop apps', () => {
  it('lists, attaches and removes apps of a running desktop, each by app and version', async () => {
    const { user } = await renderApp({ route: '/sessions', signedInAs: 'mchen' });
    const desktop = await screen.findByRole('article', { name: 'desktop1' }, { timeout: 8_000 });
    expect(await within(desktop).findByText('ds9:8.6', {}, { timeout: 8_000 })).toBeInTheDocument();
    await user.click(within(desktop).getByRole('combobox', { name: 'App to attach' }));
    // named by app and version, grouped by project (the registry is every app's), each app's newest first
    const topcat = await screen.findByRole('option', { name: 'topcat:4.10' });
    const skaha = topcat.closest<HTMLElement>('[role="group"]');
    if (!skaha) throw new Error('the option is in no group');
    expect(skaha).toHaveAccessibleName('skaha');
    const names = within(skaha)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(names.indexOf('topcat:4.10')).toBe(names.indexOf('topcat:4.9') - 1);
    expect(names.indexOf('ds9:8.6')).toBe(names.indexOf('ds9:8.5') - 1);
    await user.click(topcat);
    await user.click(within(desktop).getByRole('button', { name: 'Attach' }));
    expect(await within(desktop).findByText('topcat:4.10')).toBeInTheDocument();
    await user.click(within(desktop).getByRole('button', { name: 'Remove ds9:8.6 from desktop1' }));
    await waitFor(() => {
      const ds9 = within(desktop).queryByText('ds9:8.6')?.closest('li');
      expect(ds9 ? ds9.textContent : 'gone').toMatch(/Terminating|gone/);
    });
    expect(within(desktop).getByText('topcat:4.10')).toBeInTheDocument();
  });
});

describe('the expiry warning', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('warns under an hour, leaving Renew to the tile, and notifies once when notifications are allowed', async () => {
    const shown: { title: string; body: string | undefined }[] = [];
    vi.stubGlobal(
      'Notification',
      Object.assign(
        function FakeNotification(title: string, options?: { body?: string }) {
          shown.push({ title, body: options?.body });
        },
        { permission: 'granted' },
      ),
    );
    renderWarning(<ExpiryWarning id="k3x9q2ma" name="notebook1" expiry={Date.now() + 30 * 60_000} />);
    expect(
      await screen.findByText(/^Less than an hour left \((29|30) minutes\)\. Renew to keep working\.$/),
    ).toBeInTheDocument();
    // a renew ends the warning: a button of its own would vanish with the focus (the tile's Renew stays)
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('notebook1 ends soon');
    expect(shown[0]?.body).toMatch(/^Less than an hour left \((29|30) minutes\)\. Renew to keep working\.$/);
  });

  it('still warns in the tile where the browser refuses to show a notification itself', async () => {
    // Chrome on Android: permission granted, but the constructor throws without a service worker
    vi.stubGlobal(
      'Notification',
      Object.assign(
        function RefusedNotification() {
          throw new TypeError("Failed to construct 'Notification': Illegal constructor.");
        },
        { permission: 'granted' },
      ),
    );
    renderWarning(<ExpiryWarning id="android1" name="notebook2" expiry={Date.now() + 20 * 60_000} />);
    expect(await screen.findByText(/Less than an hour left \((19|20) minutes\)/)).toBeInTheDocument();
  });

  it('says nothing while more than an hour is left', () => {
    renderWarning(<ExpiryWarning id="a" name="nb" expiry={Date.now() + 2 * 3_600_000} />);
    expect(screen.queryByText(/Less than an hour left/)).not.toBeInTheDocument();
  });
});

describe('the notify button', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function stubPermission(answer: NotificationPermission) {
    vi.stubGlobal('Notification', {
      permission: 'default',
      requestPermission: () => Promise.resolve(answer),
    });
  }

  function renderButton() {
    return render(
      <I18nextProvider i18n={createI18n('en')}>
        <MantineProvider env="test">
          <Notifications />
          <NotifyButton />
        </MantineProvider>
      </I18nextProvider>,
    );
  }

  it('says notifications are on once the browser allows them', async () => {
    stubPermission('granted');
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Notify me before a session expires' }));
    expect(
      await screen.findByText('You will be notified when a session has less than an hour left.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Notify me before a session expires' }),
    ).not.toBeInTheDocument();
  });

  it('says what still warns when the browser refuses', async () => {
    stubPermission('denied');
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Notify me before a session expires' }));
    expect(await screen.findByText(/^Notifications are off for this site/)).toBeInTheDocument();
  });
});
