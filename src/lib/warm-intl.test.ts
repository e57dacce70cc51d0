import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntl } from './warm-intl';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The languages of the number and date formatters made from now on. */
function watchFormatters() {
  const made: string[] = [];
  const { NumberFormat, DateTimeFormat } = Intl;
  vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (locales, options) {
    made.push(`number ${String(locales)}`);
    return new NumberFormat(locales, options);
  });
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locales, options) {
    made.push(`date ${String(locales)}`);
    return new DateTimeFormat(locales, options);
  });
  return made;
}

describe('warmIntl', () => {
  it('makes a number and a date formatter in the language once the thread is idle, not before', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn((callback: IdleRequestCallback) => idle.push(callback)),
    );
    const made = watchFormatters();

    warmIntl('fr');
    expect(made).toEqual([]);
    expect(idle).toHaveLength(1);
    idle[0]?.({ didTimeout: false, timeRemaining: () => 50 });
    expect(made).toEqual(['number fr', 'date fr']);
  });

  it('waits for the next task where the browser has no idle callbacks', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.stubGlobal('requestIdleCallback', undefined);
    const made = watchFormatters();

    warmIntl('en');
    expect(made).toEqual([]);
    vi.runAllTimers();
    expect(made).toEqual(['number en', 'date en']);
  });
});
