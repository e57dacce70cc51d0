import { vi } from 'vitest';

const text = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));

/**
 * Lets through the console errors that carry `expected` (React reporting an error a boundary caught, which is
 * the point of the test); any other console error still fails the test (src/test/setup.ts). Returns the spy,
 * so the test can check the expected error did come.
 */
export function allowConsoleError(expected: RegExp) {
  const report = console.error;
  return vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!args.some((arg) => expected.test(text(arg)))) report(...args);
  });
}
