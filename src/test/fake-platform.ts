import { afterAll, afterEach, beforeAll } from 'vitest';
import { fakePlatformServer, resetFakePlatform } from '../../mocks/node';

/**
 * Importing this module runs the test file against the fake platform: every request must be one the
 * platform answers (an unhandled request fails the test), and each test starts from a fresh seed.
 */
beforeAll(() => {
  fakePlatformServer.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  fakePlatformServer.resetHandlers();
  resetFakePlatform();
  sessionStorage.clear();
});
afterAll(() => {
  fakePlatformServer.close();
});

// Tests steer the platform only through its named helpers.
export { advanceClock, failNext, getPlatform, revokeTokens } from '../../mocks/node';
