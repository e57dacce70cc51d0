import { describe, expect, it, vi } from 'vitest';
import { tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { isApiError } from '../http/api-error';
import { FileChangedError, readTextFile, writeTextFile } from './text-file';

const AUTHORITY = 'cadc.nrc.ca~arc';
const PATH = '/home/jdoe/.canfar/launch-presets.json';
const api = () => createTestApi(tokenFor('jdoe'));

describe('a small text file written only over the version read', () => {
  it('creates the file and its folder, then reads it back with its version', async () => {
    expect(await readTextFile(api(), PATH)).toBeUndefined();
    await writeTextFile(api(), AUTHORITY, PATH, '{"version":1}\n', undefined);
    const read = await readTextFile(api(), PATH);
    expect(read?.text).toBe('{"version":1}\n');
    expect(read?.md5).toMatch(/^[0-9a-f]{32}$/);
  });

  it('writes nothing when the file appeared, changed or went since it was read', async () => {
    await writeTextFile(api(), AUTHORITY, PATH, 'first\n', undefined);
    const first = await readTextFile(api(), PATH);
    // appeared: the caller read no file
    await expect(writeTextFile(api(), AUTHORITY, PATH, 'mine\n', undefined)).rejects.toBeInstanceOf(
      FileChangedError,
    );
    // changed: another tab wrote since
    await writeTextFile(api(), AUTHORITY, PATH, 'theirs\n', first);
    await expect(writeTextFile(api(), AUTHORITY, PATH, 'mine\n', first)).rejects.toBeInstanceOf(
      FileChangedError,
    );
    expect((await readTextFile(api(), PATH))?.text).toBe('theirs\n');
  });

  it('fails with the service’s refusal when its folder cannot be made', async () => {
    const send = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const request = new Request(input, init);
      return request.method === 'PUT' && new URL(request.url).pathname.includes('/nodes/')
        ? Promise.resolve(new Response('PermissionDenied: /home/jdoe/.canfar\n', { status: 403 }))
        : send(request);
    });
    const error: unknown = await writeTextFile(api(), AUTHORITY, PATH, 'x\n', undefined).catch(
      (caught: unknown) => caught,
    );
    expect(isApiError(error) && [error.status, error.message]).toEqual([
      403,
      'PermissionDenied: /home/jdoe/.canfar',
    ]);
    vi.restoreAllMocks();
    expect(await readTextFile(api(), PATH)).toBeUndefined();
  });
});
