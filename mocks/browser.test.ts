import { describe, expect, it, vi } from 'vitest';
import { ignoreWorkerUpdateFailure } from './browser';

describe('the fake platform in the page', () => {
  it('does not report its own worker’s failed update, and reports everything else', () => {
    const failedUpdate = {
      reason: new TypeError(
        "Failed to update a ServiceWorker for scope ('http://127.0.0.1:4173/') with script ('http://127.0.0.1:4173/mockServiceWorker.js'): Not found",
      ),
      preventDefault: vi.fn(),
    };
    ignoreWorkerUpdateFailure(failedUpdate);
    expect(failedUpdate.preventDefault).toHaveBeenCalledOnce();

    for (const reason of [new TypeError('Failed to fetch'), 'mockServiceWorker.js', undefined]) {
      const other = { reason, preventDefault: vi.fn() };
      ignoreWorkerUpdateFailure(other);
      expect(other.preventDefault).not.toHaveBeenCalled();
    }
  });
});
