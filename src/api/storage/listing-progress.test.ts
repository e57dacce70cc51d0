import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listingDone, listingProgressKey, readListingBody, useListingProgress } from './listing-progress';

const encoder = new TextEncoder();

/** A response whose body arrives in these pieces, each read by the test in its own turn. */
function streamed(pieces: string[]) {
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces[next++];
      if (piece === undefined) controller.close();
      else controller.enqueue(encoder.encode(piece));
    },
  });
  return new Response(body);
}

/** The pieces of text `readListingBody` hands over, each as it arrives. */
async function read(response: Response, key: string) {
  const pieces: string[] = [];
  await readListingBody(response, key, (text) => {
    pieces.push(text);
  });
  return pieces;
}

const child = (name: string) => `<vos:node uri="vos://a!cavern/home/x/${name}" xsi:type="vos:DataNode"/>`;

describe('a listing read as it streams', () => {
  it('counts the children received, a tag cut between two pieces included, and says when it is reading', async () => {
    const key = listingProgressKey('a!cavern', '/home/x/');
    const { result } = renderHook(() => useListingProgress(key));
    const padding = ' '.repeat(1024 * 1024);
    const first = `<vos:node uri="vos://a!cavern/home/x" xsi:type="vos:ContainerNode"><vos:nodes>${child('a')}${padding}<vos:no`;
    const second = `de uri="vos://a!cavern/home/x/b" xsi:type="vos:DataNode"/>${child('c')}</vos:nodes></vos:node>`;
    const seen: unknown[] = [];
    const reading = read(streamed([first, second]), key);
    const pieces = await act(async () => {
      const value = await reading;
      seen.push(result.current);
      return value;
    });
    // Each piece as it came (the decoder's last word is empty here), not the whole text at the end.
    expect(pieces).toEqual([first, second, '']);
    expect(seen).toEqual([{ entries: 3, bytes: encoder.encode(first + second).length, reading: true }]);
    act(() => {
      listingDone(key);
    });
    expect(result.current).toBeUndefined();
  });

  it('shows nothing for a listing too small to wait on', async () => {
    const key = listingProgressKey('a!cavern', '/home/y');
    const { result } = renderHook(() => useListingProgress(key));
    const pieces = await act(() => read(streamed([`<vos:node>${child('a')}</vos:node>`]), key));
    expect(pieces.join('')).toContain('/a"');
    expect(result.current).toBeUndefined();
  });

  it('keeps a character whose bytes are cut between two pieces', async () => {
    // "é" and "星" are two and three bytes in UTF-8: the network may cut anywhere inside them.
    const bytes = encoder.encode(child('données-星.fits'));
    const cut = bytes.indexOf(0xa9); // the second byte of "é"
    let next = 0;
    const parts = [bytes.slice(0, cut), bytes.slice(cut, cut + 5), bytes.slice(cut + 5)]; // and inside "星"
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const part = parts[next++];
        if (part === undefined) controller.close();
        else controller.enqueue(part);
      },
    });
    const pieces = await read(new Response(body), listingProgressKey('a!cavern', '/home/w'));
    expect(pieces.join('')).toBe(child('données-星.fits'));
  });

  it('stops the download when a piece cannot be read', async () => {
    let cancelled = false;
    let served = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        served += 1;
        controller.enqueue(encoder.encode(child(`f${served}`)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const refused = new Error('the listing holds an invalid reference');
    await expect(
      readListingBody(new Response(body), listingProgressKey('a!cavern', '/home/z'), () => {
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(cancelled).toBe(true);
  });
});
