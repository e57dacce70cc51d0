// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isApiError } from '../http/api-error';
import { putFile } from './upload-file';

/** An XMLHttpRequest that sends nothing until the test says so. */
class StalledRequest extends EventTarget {
  static last: StalledRequest | undefined;
  upload = new EventTarget();
  status = 0;
  statusText = '';
  responseText = '';
  aborted = false;
  constructor() {
    super();
    StalledRequest.last = this;
  }
  open = () => undefined;
  setRequestHeader = () => undefined;
  getResponseHeader() {
    return null;
  }
  send = () => undefined;
  abort() {
    this.aborted = true;
    this.dispatchEvent(new Event('abort'));
  }
  progress(loaded: number) {
    this.upload.dispatchEvent(Object.assign(new Event('progress'), { loaded }));
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function start(stallMs: number) {
  vi.useFakeTimers();
  vi.stubGlobal('XMLHttpRequest', StalledRequest);
  const sent: number[] = [];
  const result = putFile({
    url: '/arc/files/home/jdoe/big.fits',
    token: 'token',
    file: new Blob(['x'.repeat(100)]),
    contentType: 'application/fits',
    onProgress: (bytes) => sent.push(bytes),
    signal: new AbortController().signal,
    stallMs,
  });
  result.catch(() => undefined);
  return { result, sent, request: () => StalledRequest.last };
}

describe('putFile', () => {
  it('fails as a storage timeout when the upload stops making progress, and ends the request', async () => {
    const { result, sent, request } = start(1000);
    vi.advanceTimersByTime(900);
    request()?.progress(40);
    // Progress keeps it going...
    vi.advanceTimersByTime(900);
    expect(sent).toEqual([40]);
    // ...and a second without any ends it.
    vi.advanceTimersByTime(200);
    const error: unknown = await result.catch((caught: unknown) => caught);
    expect(isApiError(error) && error.service === 'storage' && error.kind === 'timeout').toBe(true);
    expect(request()?.aborted).toBe(true);
  });
});
