// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countsTowardsLimit, sessionListSchema, sessionSchema } from './session-schemas';

describe('sessionSchema', () => {
  it('accepts a session with every optional field absent', () => {
    const session = sessionSchema.parse({ id: 'abc12345', type: 'desktop', status: 'Pending' });
    expect(session).toMatchObject({
      name: '',
      image: '',
      connectURL: '',
      requestedGPUCores: 0,
      isFixedResources: false,
    });
  });

  it('accepts every status ever sent, case-insensitively, and keeps an unknown one as sent', () => {
    for (const status of ['Pending', 'Running', 'Terminating', 'Succeeded', 'Completed', 'Error', 'Failed']) {
      expect(sessionSchema.parse({ id: 'a', type: 'notebook', status }).status).toBe(status);
    }
    expect(sessionSchema.parse({ id: 'a', type: 'notebook', status: 'running' }).status).toBe('Running');
    expect(sessionSchema.parse({ id: 'a', type: 'notebook', status: 'Evicted' }).status).toBe('Evicted');
  });

  it('accepts the legacy resource formats', () => {
    const session = sessionSchema.parse({
      id: 'a',
      type: 'notebook',
      status: 'Running',
      cpuCoresInUse: '0m',
      ramInUse: '101Mi',
      requestedRAM: '16G',
      requestedGPUCores: '<none>',
    });
    expect(session).toMatchObject({ cpuCoresInUse: 0, requestedRAM: 16, requestedGPUCores: 0 });
    expect(session.ramInUse).toBeCloseTo(0.106, 3);
    const withGpus = { id: 'a', type: 'notebook', status: 'Running' };
    expect(sessionSchema.parse({ ...withGpus, requestedGPUCores: '2' }).requestedGPUCores).toBe(2);
    expect(sessionSchema.parse({ ...withGpus, requestedGPUCores: 1 }).requestedGPUCores).toBe(1);
    expect(sessionSchema.parse(withGpus).requestedGPUCores).toBe(0);
  });

  it('rejects a session without an id', () => {
    expect(sessionSchema.safeParse({ type: 'notebook', status: 'Running' }).success).toBe(false);
  });

  it('keeps a type skaha added after this portal as sent, and spells a known one canonically', () => {
    expect(sessionSchema.parse({ id: 'a', type: 'visualizer', status: 'Running' }).type).toBe('visualizer');
    expect(sessionSchema.parse({ id: 'a', type: 'Notebook', status: 'Running' }).type).toBe('notebook');
    expect(
      sessionListSchema.parse([
        { id: 'a', type: 'notebook', status: 'Running' },
        { id: 'b', type: 'desktop-app', status: 'Queued' },
      ]),
    ).toHaveLength(2);
  });

  it('keeps a session’s address only as https without credentials: nothing else is offered to Open', () => {
    const connect = (connectURL: unknown) =>
      sessionSchema.parse({ id: 'a', type: 'notebook', status: 'Running', connectURL }).connectURL;
    const real = 'https://ws-uv.canfar.net/session/notebook/a/lab/tree/arc/home/jdoe?token=a';
    expect(connect(real)).toBe(real);
    expect(connect(undefined)).toBe('');
    for (const unsafe of [
      'http://ws-uv.canfar.net/session/notebook/a/lab?token=a',
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'https://user:pw@ws-uv.canfar.net/session/notebook/a/',
      '/session/notebook/a/',
      'not a url',
    ])
      expect(connect(unsafe), unsafe).toBe('');
  });

  it('counts interactive sessions as skaha does for its limit', () => {
    expect(countsTowardsLimit({ type: 'notebook', status: 'Running' })).toBe(true);
    expect(countsTowardsLimit({ type: 'carta', status: 'Pending' })).toBe(true);
    expect(countsTowardsLimit({ type: 'notebook', status: 'Failed' })).toBe(false);
    expect(countsTowardsLimit({ type: 'headless', status: 'Running' })).toBe(false);
    expect(countsTowardsLimit({ type: 'desktop-app', status: 'Running' })).toBe(false);
  });
});
