// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MD5_SLICE_BYTES, md5OfBlob } from './md5';

describe('md5OfBlob', () => {
  it('hashes a blob slice by slice, reporting each slice, to the same MD5 as the whole', async () => {
    const bytes = new Uint8Array(MD5_SLICE_BYTES * 2 + 1000).map((_, index) => index % 251);
    const hashed: number[] = [];
    await expect(md5OfBlob(new Blob([bytes]), (count) => hashed.push(count))).resolves.toBe(
      createHash('md5').update(bytes).digest('hex'),
    );
    expect(hashed).toEqual([MD5_SLICE_BYTES, MD5_SLICE_BYTES * 2, bytes.length]);
  });
});
