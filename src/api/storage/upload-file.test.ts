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
  /** The whole body has gone out. */
  sent() {
    this.upload.dispatchEvent(new Event('load'));
  }
  answer(status: number, body = '', statusText = '') {
    Object.assign(this, { status, statusText, responseText: body });
    this.dispatchEvent(new Event('load'));
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function start(stallMs: number, signal = new AbortController().signal, answerMs = 10_000) {
  vi.useFakeTimers();
  vi.stubGlobal('XMLHttpRequest', StalledRequest);
  const sent: number[] = [];
  const result = putFile({
    url: '/arc/files/home/jdoe/big.fits',
    token: 'token',
    file: new Blob(['x'.repeat(100)]),
    contentType: 'application/fits',
    onProgress: (bytes) => sent.push(bytes),
    signal,
    stallMs,
    answerMs,
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

  it('waits longer for the answer once the whole file is out, then fails saying so', async () => {
    const { result, request } = start(1000, undefined, 10_000);
    request()?.progress(100);
    request()?.sent();
    // the service writes and checksums the file: no stall after a second
    vi.advanceTimersByTime(5000);
    expect(request()?.aborted).toBe(false);
    vi.advanceTimersByTime(5000);
    const error: unknown = await result.catch((caught: unknown) => caught);
    expect(isApiError(error) && error.kind === 'timeout' && error.message).toBe(
      'the whole file was sent, but the storage service did not answer within 10 s',
    );
    expect(request()?.aborted).toBe(true);
  });

  it('ends with the whole file counted when the service stores it', async () => {
    const { result, sent, request } = start(1000);
    request()?.progress(60);
    request()?.answer(201);
    await expect(result).resolves.toBeUndefined();
    expect(sent).toEqual([60, 100]);
  });

  it('fails with the service’s own words when it refuses the file', async () => {
    const { result, request } = start(1000);
    request()?.answer(403, 'PermissionDenied: read-only node', 'Forbidden');
    const error: unknown = await result.catch((caught: unknown) => caught);
    expect(isApiError(error) && [error.kind, error.status, error.message]).toEqual([
      'http',
      403,
      'PermissionDenied: read-only node',
    ]);
  });

  it('fails with the reason it was cancelled for, and ends the request', async () => {
    const controller = new AbortController();
    const { result, request } = start(1000, controller.signal);
    const reason = new Error('cancelled by the user');
    controller.abort(reason);
    await expect(result).rejects.toBe(reason);
    expect(request()?.aborted).toBe(true);
    // no stall is reported afterwards for a request already ended
    vi.advanceTimersByTime(5000);
    await expect(result).rejects.toBe(reason);
  });
});
