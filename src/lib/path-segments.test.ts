// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dottedSegments, pathSegments } from './path-segments';

describe('pathSegments', () => {
  it('cuts after each slash and colon, keeping every character', () => {
    const reference = 'images.canfar.net/skaha/astroml-notebook:26.03';
    expect(pathSegments(reference)).toEqual(['images.canfar.net/', 'skaha/', 'astroml-notebook:', '26.03']);
    expect(pathSegments(reference).join('')).toBe(reference);
  });

  it('leaves a name without separators whole, and an empty one empty', () => {
    expect(pathSegments('ds9')).toEqual(['ds9']);
    expect(pathSegments('')).toEqual([]);
  });
});

describe('dottedSegments', () => {
  it('cuts a label key after each dot, keeping every character', () => {
    const key = 'org.opencontainers.image.source';
    expect(dottedSegments(key)).toEqual(['org.', 'opencontainers.', 'image.', 'source']);
    expect(dottedSegments(key).join('')).toBe(key);
  });
});
