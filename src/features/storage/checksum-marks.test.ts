// @vitest-environment node
import { storageEntry } from '@/test/storage-entry';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http/api-error';
import type { StorageEntry } from '@/api/storage/listing';
import { checksumMismatches, hasChecksumMismatch } from './checksum-marks';
import { ChecksumMismatchError, type UploadItem } from './upload-queue';

const failure = (message: string) =>
  new ApiError({ service: 'storage', kind: 'network', status: 0, message });

const item = (patch: Partial<UploadItem>): UploadItem => ({
  id: 1,
  path: '/home/jdoe/a.txt',
  name: 'a.txt',
  size: 1,
  sentBytes: 1,
  status: 'failed',
  error: new ChecksumMismatchError('sent', 'stored'),
  md5: undefined,
  written: undefined,
  fileMd5: undefined,
  replace: false,
  ...patch,
});

const entry = (path: string, md5: string | undefined, kind: StorageEntry['kind'] = 'data'): StorageEntry =>
  storageEntry({ path, md5, kind, size: 1 });

describe('checksum marks', () => {
  it('keeps the paths whose latest upload failed its checksum, with the MD5 stored', () => {
    const marks = checksumMismatches([
      item({ id: 1, path: '/h/bad' }),
      item({ id: 2, path: '/h/network', error: failure('offline') }),
      item({ id: 3, path: '/h/fixed' }),
      item({ id: 4, path: '/h/fixed', status: 'done', error: undefined }),
      item({ id: 5, path: '/h/running', status: 'uploading', error: undefined }),
    ]);
    expect([...marks]).toEqual([['/h/bad', 'stored']]);
  });

  it('marks a row only while the file is still the one that did not match', () => {
    const marks = new Map([['/h/bad', 'stored']]);
    expect(hasChecksumMismatch(entry('/h/bad', 'stored'), marks)).toBe(true);
    expect(hasChecksumMismatch(entry('/h/bad', 'replaced-since'), marks)).toBe(false);
    expect(hasChecksumMismatch(entry('/h/other', 'stored'), marks)).toBe(false);
    expect(hasChecksumMismatch(entry('/h/bad', 'stored', 'container'), marks)).toBe(false);
  });
});
