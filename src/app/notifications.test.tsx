import { notifications } from '@mantine/notifications';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';

describe('notifications', () => {
  it('load their container with the first one, which is then shown', { timeout: 40_000 }, async () => {
    await renderApp({ route: '/sessions' });
    await screen.findByRole('heading', { level: 1, name: 'Sessions' }, { timeout: 8_000 });
    // Nothing to show yet: the container (and its chunk) is not there.
    expect(document.querySelector('.mantine-Notifications-root')).toBeNull();
    act(() => {
      notifications.show({ title: 'Copied', message: 'The command is on the clipboard.' });
    });
    // the container's first import in a test worker: 0.7–4.3 s in CI runs, 9 s once while the whole suite ran
    expect(
      await screen.findByText('The command is on the clipboard.', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(document.querySelector('.mantine-Notifications-root')).not.toBeNull();
    act(() => {
      notifications.clean();
    });
  });
});
