import { describe, expect, it } from 'vitest';
import { pathSegments } from './path-segments';

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
