import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failNext } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** The skaha reads the page makes, by kind: the session list, and the events of one session. */
function watchSkaha() {
  const requests = vi.spyOn(globalThis, 'fetch');
  const urls = () =>
    requests.mock.calls.map(([input]) => new URL(input instanceof Request ? input.url : String(input)));
  return {
    list: () =>
      urls().filter((url) => url.pathname.endsWith('/skaha/v1/session') && url.search === '').length,
    events: (id: string) =>
      urls().filter(
        (url) =>
          url.pathname.endsWith(`/skaha/v1/session/${id}`) && url.searchParams.get('view') === 'events',
      ).length,
  };
}

/** Fake time, a second at a time, so each poll's answer arrives before the next second. */
async function wait(ms: number) {
  for (let waited = 0; waited < ms; waited += SECOND) await vi.advanceTimersByTimeAsync(SECOND);
}

describe('the dashboard’s polls', () => {
  beforeEach(() => {
    // time runs as usual until a test jumps ahead
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(
    'slow down while a session waits in the queue, after the first seconds of a launch',
    { timeout: 60_000 },
    async () => {
      const skaha = watchSkaha();
      await renderApp({ route: '/sessions', scenario: 'queued' });
      const tile = await screen.findByRole('article', { name: 'queued-notebook' }, FIRST_LOAD);
      expect(
        await within(tile).findByText('Waiting in the platform’s queue for room to start.'),
      ).toBeInTheDocument();
      const start = { list: skaha.list(), events: skaha.events('q2u8e5dx') };
      // the first seconds stay live: desktop1 starts within them and its tile says so at once
      await wait(12 * SECOND);
      expect(skaha.list() - start.list).toBeGreaterThanOrEqual(3);
      expect(
        within(screen.getByRole('article', { name: 'desktop1' })).getByText('Running'),
      ).toBeInTheDocument();
      await wait(5 * MINUTE - 12 * SECOND);
      // every 3 s would be 100 reads of the list and every 5 s 60 of the events
      expect(skaha.list() - start.list).toBeLessThanOrEqual(30);
      expect(skaha.events('q2u8e5dx') - start.events).toBeLessThanOrEqual(15);
      // by now the list is read every 30 s, and the events of a session with no pod every 2 min
      const settled = { list: skaha.list(), events: skaha.events('q2u8e5dx') };
      await wait(2 * MINUTE);
      expect(skaha.list() - settled.list).toBeLessThanOrEqual(5);
      expect(skaha.events('q2u8e5dx') - settled.events).toBeLessThanOrEqual(2);
      expect(within(tile).getByText('Pending')).toBeInTheDocument();
    },
  );

  it('keep to their schedule while the page renders between them', { timeout: 60_000 }, async () => {
    const skaha = watchSkaha();
    await renderApp({ route: '/sessions', scenario: 'queued' });
    const tile = await screen.findByRole('article', { name: 'queued-notebook' }, FIRST_LOAD);
    await within(tile).findByText('Waiting in the platform’s queue for room to start.');
    // desktop1 starts in the first seconds; from then on the list stays the same and its poll slows
    await wait(12 * SECOND);
    const filter = await screen.findByRole('textbox', { name: 'Filter sessions' });
    const start = skaha.list();
    // A render of the dashboard every second (the filter changing) for 48 s: the slowing poll's next read is
    // due 3 s, then a quarter of the time the list has not changed, after the last, whatever renders between.
    for (let second = 0; second < 48; second += 1) {
      act(() => {
        fireEvent.change(filter, { target: { value: second % 2 === 0 ? 'queued' : '' } });
      });
      await wait(SECOND);
    }
    // 8 reads here; 2 when each render put the next read off again
    expect(skaha.list() - start).toBeGreaterThanOrEqual(5);
    expect(skaha.list() - start).toBeLessThanOrEqual(16);
  });

  it('wait longer and longer while skaha keeps failing', { timeout: 60_000 }, async () => {
    const skaha = watchSkaha();
    await renderApp({ route: '/sessions', scenario: 'queued' });
    await screen.findByRole('article', { name: 'queued-notebook' }, FIRST_LOAD);
    failNext('skaha', { status: 503, path: '/v1/session', times: 1_000 });
    const before = skaha.list();
    await wait(4 * MINUTE);
    // 3, 6, 12, 24, 48, 96 s…: seven reads at most, where a steady 3 s would have been 80
    expect(skaha.list() - before).toBeLessThanOrEqual(8);
    // the list stays, under the failure
    expect(
      screen.getAllByText('Sessions service is unavailable for the moment (503). Try again in a minute.')[0],
    ).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'queued-notebook' })).toBeInTheDocument();
  });

  it('wait at least what a failing skaha asks for', { timeout: 60_000 }, async () => {
    const skaha = watchSkaha();
    await renderApp({ route: '/sessions', scenario: 'queued' });
    await screen.findByRole('article', { name: 'queued-notebook' }, FIRST_LOAD);
    failNext('skaha', { status: 503, path: '/v1/session', times: 1_000, retryAfter: '100' });
    const before = skaha.list();
    await wait(4 * MINUTE);
    expect(skaha.list() - before).toBeLessThanOrEqual(3);
  });
});
