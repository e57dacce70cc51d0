import { act, screen, within } from '@testing-library/react';
import { focusManager, onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failNext, watchUsageQueries } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const figure = async (name: string) => {
  const heading = await screen.findByRole('heading', { name }, FIRST_LOAD);
  const card = heading.parentElement;
  if (!card) throw new Error(`no card for ${name}`);
  return card;
};

/** Every figure of the page is on it: totals, the chart and the top sessions. */
async function figuresShown() {
  expect(within(await figure('CPU core-hours')).getByText('17')).toBeInTheDocument();
  await screen.findByRole('region', { name: 'Top sessions' });
  await screen.findByRole('region', { name: 'CPU core-hours by session type' });
}

describe('the usage figures, which are for an instant fixed when the page opened', () => {
  afterEach(() => {
    vi.useRealTimers();
    focusManager.setFocused(undefined);
    onlineManager.setOnline(true);
  });

  it('are not asked for again when the tab comes back or the network returns, however much later', async () => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    await renderApp({ route: '/usage?window=day' });
    await figuresShown();
    const sent = watchUsageQueries();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
      onlineManager.setOnline(false);
      onlineManager.setOnline(true);
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual([]);
    expect(within(await figure('CPU core-hours')).getByText('17')).toBeInTheDocument();
  });

  it('send again, on Try again, only the query that failed, not the ones of its batch that answered', async () => {
    // the page's first instant query: one of the eight totals
    failNext('usage', { status: 503, path: '/api/v1/query' });
    const { user } = await renderApp({ route: '/usage?window=day' });
    const alert = await screen.findByRole('alert', {}, FIRST_LOAD);
    expect(alert).toHaveTextContent('Usage service is unavailable for the moment (503)');
    const sent = watchUsageQueries();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await figuresShown();
    expect(sent).toHaveLength(1);
  });
});
