import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a download whose transfer points away from the portal', () => {
  it.each(['javascript:alert(document.domain)', 'https://evil.example/notes.txt'])(
    'is refused with the storage service named, and %s is never opened',
    async (endpoint) => {
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      getPlatform().storage.downloadEndpoint = endpoint;
      const { user } = await renderApp({ route: '/storage/home/jdoe' });
      const grid = await screen.findByRole('grid', { name: /^Contents of/ }, { timeout: 8000 });
      await user.click(within(grid).getByText('notes.txt'));
      await user.click(screen.getByRole('button', { name: 'Download' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Storage service');
      expect(alert).toHaveTextContent(/sent an answer the portal does not understand \(the download address/);
      expect(click).not.toHaveBeenCalled();
      expect(
        fetchSpy.mock.calls.map(([input]) => (input instanceof Request ? input.url : input.toString())),
      ).not.toContainEqual(expect.stringMatching(/^(javascript:|https:\/\/evil)/));
    },
  );
});
