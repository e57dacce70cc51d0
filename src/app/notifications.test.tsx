import { notifications } from '@mantine/notifications';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';

describe('notifications', () => {
  it('load their container with the first one, which is then shown', async () => {
    await renderApp({ route: '/sessions' });
    await screen.findByRole('heading', { level: 1, name: 'Sessions' }, { timeout: 8_000 });
    // Nothing to show yet: the container (and its chunk) is not there.
    expect(document.querySelector('.mantine-Notifications-root')).toBeNull();
    act(() => {
      notifications.show({ title: 'Copied', message: 'The command is on the clipboard.' });
    });
    expect(
      await screen.findByText('The command is on the clipboard.', {}, { timeout: 8_000 }),
    ).toBeInTheDocument();
    expect(document.querySelector('.mantine-Notifications-root')).not.toBeNull();
    act(() => {
      notifications.clean();
    });
  });
});
