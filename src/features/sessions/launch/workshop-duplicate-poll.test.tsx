import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { advanceClock, getPlatform, holdRequests } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const LINK =
  '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=my-notebook';

describe('a taken name whose session is starting', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it(
    'says the session is running, with Open, once it has started, while the form stays open',
    { timeout: 40_000 },
    async () => {
      // a start that takes as long as the test needs: the session is Running only once the clock is moved
      getPlatform().skaha.pendingMs = 600_000;
      const { user, router } = await renderApp({ route: LINK, signedInAs: 'trainee1' });
      await user.click(await screen.findByRole('button', { name: 'Launch' }, FIRST_LOAD));
      await waitFor(
        () => {
          expect(router.state.location.pathname).toBe('/sessions');
        },
        { timeout: 5_000 },
      );

      // the same link opened again
      await router.navigate(LINK);
      const notice = await screen.findByText(/^“my-notebook” is already starting/, {}, FIRST_LOAD);
      const alert = notice.closest('[role="status"]');
      if (!(alert instanceof HTMLElement)) throw new Error('the notice is not a status');
      const show = within(alert).getByRole('link', { name: 'Show my-notebook on your sessions page' });
      expect(show).toBeVisible();
      // a keyboard user on it: Open takes its place, and the focus with it
      act(() => {
        show.focus();
      });

      advanceClock(600_000);
      // the dashboard's pace while a session is starting (every 3 s at first), not the next unrelated refetch
      expect(
        await screen.findByText(/^“my-notebook” is already running\. Open it/, {}, { timeout: 6_000 }),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Open my-notebook' })).toBeVisible();
      expect(screen.getByRole('link', { name: 'Open my-notebook' })).toHaveFocus();
      expect(screen.queryByText(/is already starting/)).not.toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/sessions/launch');

      // nothing starting any more: the list is no longer polled (a poll would have come within 3 s)
      const lists = holdRequests('/v1/session');
      await new Promise((resolve) => setTimeout(resolve, 4_500));
      expect(lists.held()).toBe(0);
      lists.release();
    },
  );
});
