// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MD5_SLICE_BYTES, md5OfBlob, ReadAllowance } from './md5';

/** A blob that records the end of each slice read from it. */
function recordedBlob(bytes: Uint8Array<ArrayBuffer>) {
  const blob = new Blob([bytes]);
  const readTo: number[] = [];
  const slice = blob.slice.bind(blob);
  blob.slice = (start?: number, end?: number) => {
    readTo.push(end ?? blob.size);
    return slice(start, end);
  };
  return { blob, readTo };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('md5OfBlob', () => {
  it('hashes a blob slice by slice, reporting each slice, to the same MD5 as the whole', async () => {
    const bytes = new Uint8Array(MD5_SLICE_BYTES * 2 + 1000).map((_, index) => index % 251);
    const hashed: number[] = [];
    await expect(md5OfBlob(new Blob([bytes]), (count) => hashed.push(count))).resolves.toBe(
      createHash('md5').update(bytes).digest('hex'),
    );
    expect(hashed).toEqual([MD5_SLICE_BYTES, MD5_SLICE_BYTES * 2, bytes.length]);
  });

  it('reads no slice before its allowance reaches the slice’s end, and finishes once it is let', async () => {
    const bytes = new Uint8Array(MD5_SLICE_BYTES * 3).map((_, index) => index % 253);
    const { blob, readTo } = recordedBlob(bytes);
    const allowance = new ReadAllowance();
    const hashed: number[] = [];
    const md5 = md5OfBlob(blob, (count) => hashed.push(count), undefined, allowance);

    await flush();
    expect(readTo).toEqual([]);
    allowance.allow(MD5_SLICE_BYTES + 1);
    await flush();
    expect(readTo).toEqual([MD5_SLICE_BYTES]);
    expect(hashed).toEqual([MD5_SLICE_BYTES]);
    // an allowance never moves back
    allowance.allow(10);
    allowance.allow(Infinity);
    await expect(md5).resolves.toBe(createHash('md5').update(bytes).digest('hex'));
    expect(readTo).toEqual([MD5_SLICE_BYTES, MD5_SLICE_BYTES * 2, MD5_SLICE_BYTES * 3]);
  });

  it('stops waiting for its allowance when aborted', async () => {
    const controller = new AbortController();
    const md5 = md5OfBlob(new Blob([new Uint8Array(10)]), undefined, controller.signal, new ReadAllowance());
    // waiting for the first slice's allowance by now
    await flush();
    controller.abort(new Error('cancelled'));
    await expect(md5).rejects.toThrow('cancelled');
  });
});
