import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import * as webStreams from 'node:stream/web';
import { afterEach, beforeEach } from 'vitest';
import { loadAllStrings } from '../i18n/i18n';

// A test file's VM context (vitest.config.ts) has jsdom's globals only; browsers also have the stream classes
// (a fetch body, MSW's event streams). Node's are the same standard ones; `default` is the module itself.
for (const [name, value] of Object.entries(webStreams))
  if (name !== 'default' && !(name in globalThis))
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });

// The app loads French and each area's strings lazily; tests that render components on their own (with
// createI18n) find every string already there. src/i18n/i18n.test.ts checks the lazy loading itself.
await loadAllStrings();

// A wait for what the page shows next (findBy…, waitFor) gets 3 s, not the library's 1: `npm test` runs two
// test workers on two cores beside the checks, and a fake platform's answer plus the render it brings took
// longer than 1 s there (a launch's navigation to the dashboard). A wait that finds nothing still fails.
configure({ asyncUtilTimeout: 3_000 });

// jsdom lacks what Mantine measures with.
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
  class ResizeObserverStub {
    observe() {
      return undefined;
    }
    unobserve() {
      return undefined;
    }
    disconnect() {
      return undefined;
    }
  }
  window.ResizeObserver = ResizeObserverStub;
  window.HTMLElement.prototype.scrollIntoView = () => undefined;
}

// A console error or warning is a bug the test did not look for: fail the test that caused it.
const reported: string[] = [];
const original = { error: console.error, warn: console.warn };

beforeEach(() => {
  reported.length = 0;
  console.error = (...args: unknown[]) => {
    reported.push(`console.error: ${args.map(String).join(' ')}`);
  };
  console.warn = (...args: unknown[]) => {
    reported.push(`console.warn: ${args.map(String).join(' ')}`);
  };
});

afterEach(() => {
  if (typeof window !== 'undefined') cleanup();
  console.error = original.error;
  console.warn = original.warn;
  if (reported.length > 0) {
    const messages = reported.splice(0).join('\n');
    throw new Error(`The test wrote to the console:\n${messages}`);
  }
});
