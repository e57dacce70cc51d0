// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { launchImage } from './launch-image';

const DIGEST = 'sha256:5b0f7c2e9d3a41f6a8e2c1d94b7a60e3f2c8d19a4e6b3c7f0a1d2e3f4a5b6c7d';
const PLACE = { host: 'images.canfar.net', project: 'skaha', repository: 'astroml-notebook' };
const BASE = 'images.canfar.net/skaha/astroml-notebook';
// Harbor's order: the listed 26.03 first, then latest
const artifact = { digest: DIGEST, tags: [{ name: '26.03' }, { name: 'latest' }] };
const untagged = { digest: DIGEST, tags: [] };
const listed = [{ id: `${BASE}:26.03` }, { id: 'images.canfar.net/skaha/astroml:26.03' }];

describe('the image an artifact page launches', () => {
  it('launches the listed tag, the same artifact, from the page of another of its tags', () => {
    expect(launchImage(PLACE, artifact, 'latest', listed)).toEqual({
      image: `${BASE}:26.03`,
      listedTag: '26.03',
      unlisted: false,
    });
  });

  it('finds the listed tag wherever it comes among the artifact’s tags, from a digest’s page too', () => {
    // the list is refreshed every half hour: a tag pushed since may now come first in Harbor's order
    const newer = { digest: DIGEST, tags: [{ name: '26.03.1' }, { name: '26.03' }] };
    expect(launchImage(PLACE, newer, DIGEST, listed)).toEqual({
      image: `${BASE}:26.03`,
      listedTag: '26.03',
      unlisted: false,
    });
  });

  it('launches the tag the user came by when it is the listed one', () => {
    expect(launchImage(PLACE, artifact, '26.03', listed)).toEqual({
      image: `${BASE}:26.03`,
      unlisted: false,
    });
  });

  it('keeps the tag the user came by, and calls it unlisted, when no tag of the artifact is listed', () => {
    // the same digest listed under another repository is not this image's reference
    const elsewhere = [{ id: `images.canfar.net/skaha/other:26.03` }];
    expect(launchImage(PLACE, artifact, 'latest', elsewhere)).toEqual({
      image: `${BASE}:latest`,
      unlisted: true,
    });
    expect(launchImage(PLACE, untagged, DIGEST, listed)).toEqual({
      image: `${BASE}@${DIGEST}`,
      unlisted: true,
    });
    // another host's listing is another reference: skaha compares whole ids
    const otherHost = [{ id: 'images.example.org/skaha/astroml-notebook:26.03' }];
    expect(launchImage(PLACE, artifact, 'latest', otherHost).unlisted).toBe(true);
  });

  it('keeps the tag the user came by, not yet called unlisted, while the list is unknown', () => {
    expect(launchImage(PLACE, artifact, 'latest', undefined)).toEqual({
      image: `${BASE}:latest`,
      unlisted: false,
    });
  });
});
