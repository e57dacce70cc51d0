import { runAgainstFakePlatform } from '../../mocks/test-helpers';

/**
 * Importing this module runs the test file against the fake platform: every request must be one the
 * platform answers (an unhandled request fails the test), and each test starts from a fresh seed.
 */
runAgainstFakePlatform(() => {
  sessionStorage.clear();
});

// Tests steer the platform only through its named helpers.
export {
  addStorageNode,
  advanceClock,
  failNext,
  getPlatform,
  holdRequests,
  resetFakePlatform,
  revokeTokens,
  tokenFor,
  watchLaunches,
  watchUsageQueries,
} from '../../mocks/node';
