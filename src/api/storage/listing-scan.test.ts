import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseListing } from './listing';
import { scanListing } from './listing-scan';

const SAMPLE = readFileSync(
  join(import.meta.dirname, '../../../docs/samples/vospace-container-listing.xml'),
  'utf8',
);
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const CHILD = SAMPLE.slice(
  SAMPLE.indexOf('<vos:node uri="vos://cadc.nrc.ca~arc/home/jdoe/m31'),
  SAMPLE.indexOf('<vos:node uri="vos://cadc.nrc.ca~arc/home/jdoe/survey'),
);

describe('the listing scanner', () => {
  // The scanner slices a plain URI itself and leaves any other to parseVosUri: these must take the slow way,
  // or a big folder (scanned) would show a child under another name than a small one (DOM), or drop it.
  it.each([
    ['a space after it', 'vos://cadc.nrc.ca~arc/home/jdoe/spaced.fits ', 'spaced.fits'],
    ['an empty segment', 'vos://cadc.nrc.ca~arc//home/jdoe/doubled.fits', 'doubled.fits'],
    ['a slash at the end', 'vos://cadc.nrc.ca~arc/home/jdoe/slashed.fits/', 'slashed.fits'],
  ])('reads a child whose URI has %s as the DOM parser does', (_what, uri, name) => {
    const child = CHILD.replace('vos://cadc.nrc.ca~arc/home/jdoe/m31_deep.fits', uri);
    const text = SAMPLE.replace('<vos:nodes>', `<vos:nodes>${child}`);
    const dom = parseListing(xml(text), '/home/jdoe').entries;
    expect(dom[0]).toMatchObject({ name, path: `/home/jdoe/${name}` });
    expect(scanListing(text, '/home/jdoe')?.entries).toEqual(dom);
  });
});
