import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanListing } from './listing-scan';
import { parseListing, parseListingText } from './listing';

const SAMPLE = readFileSync(
  join(import.meta.dirname, '../../../docs/samples/vospace-container-listing.xml'),
  'utf8',
);
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

describe('listings', () => {
  it('reads the sample listing into rows: a folder, a file and a link', () => {
    const { node, entries } = parseListing(xml(SAMPLE));
    expect(node).toMatchObject({ kind: 'container', path: '/home/jdoe', quota: 107374182400, children: [] });
    expect(entries).toEqual([
      expect.objectContaining({
        name: 'data',
        kind: 'container',
        size: 21300000000,
        inheritPermissions: true,
      }),
      expect.objectContaining({
        name: 'm31_deep.fits',
        kind: 'data',
        md5: '9e107d9d372bb6826bd81d3542a419d6',
        contentType: 'application/fits',
        date: Date.parse('2026-08-17T08:44:19.950Z'),
      }),
      expect.objectContaining({
        name: 'survey',
        kind: 'link',
        target: 'vos://cadc.nrc.ca~arc/projects/survey-team',
      }),
    ]);
  });

  it('scans exactly what the DOM parser reads, escapes and another prefix included', () => {
    const tricky = SAMPLE.replaceAll('<vos:', '<v:')
      .replaceAll('</vos:', '</v:')
      .replaceAll('type="vos:', 'type="v:')
      .replace('xmlns:vos=', 'xmlns:v=')
      .replace('/home/jdoe/data"', '/home/jdoe/a%20%26%20b"')
      .replace('>jdoe-collab ivo', '>jdoe-collab&#32;ivo')
      .replace('application/fits', 'application/fits; note=&quot;x&lt;y&quot;');
    for (const text of [SAMPLE, tricky]) {
      const scanned = scanListing(text);
      expect(scanned?.entries).toEqual(parseListing(xml(text)).entries);
      expect(parseListing(xml(scanned?.rootDocument ?? '')).node.quota).toBe(107374182400);
    }
    expect(scanListing(SAMPLE)?.entries[0]?.groupWrite).toHaveLength(2);
  });

  it('scans a large listing and still reads its root with the DOM', () => {
    const child = SAMPLE.slice(
      SAMPLE.indexOf('<vos:node uri="vos://cadc.nrc.ca~arc/home/jdoe/m31'),
      SAMPLE.indexOf('<vos:node uri="vos://cadc.nrc.ca~arc/home/jdoe/survey'),
    );
    const many = Array.from({ length: 2000 }, (_, index) =>
      child.replaceAll('m31_deep.fits', `f${index}.fits`),
    ).join('');
    const text = SAMPLE.replace('<vos:nodes>', `<vos:nodes>${many}`);
    expect(text.length).toBeGreaterThan(512 * 1024);
    const listing = parseListingText(text, xml);
    expect(listing.entries).toHaveLength(2003);
    expect(listing.entries[1999]).toMatchObject({ name: 'f1999.fits', size: 174836480 });
    expect(listing.node).toMatchObject({ path: '/home/jdoe', length: 21474836480 });
  });

  it('lists a node of a type VOSpace adds later as a plain item with its type as sent, in both readers', () => {
    const text = SAMPLE.replace('xsi:type="vos:DataNode"', 'xsi:type="vos:StreamNode"');
    const { entries } = parseListing(xml(text));
    expect(entries).toHaveLength(3);
    expect(entries[1]).toMatchObject({ name: 'm31_deep.fits', kind: 'data', nodeType: 'vos:StreamNode' });
    expect(entries[0]?.nodeType).toBeUndefined();
    expect(scanListing(text)?.entries).toEqual(entries);
  });

  it('falls back when the text is not shaped as the scanner expects', () => {
    expect(scanListing('<x/>')).toBeUndefined();
  });
});
