import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ListingScanner, scanListing } from './listing-scan';
import { entryOf, ListingReader, parseListing, parseListingText, type StorageEntry } from './listing';
import { parseNodeDocument } from './vospace-xml';

const SAMPLE = readFileSync(
  join(import.meta.dirname, '../../../docs/samples/vospace-container-listing.xml'),
  'utf8',
);
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const CHILD = SAMPLE.slice(
  SAMPLE.indexOf('<vos:node uri="vos://cadc.nrc.ca~arc/home/jdoe/m31'),
  SAMPLE.indexOf('<vos:node uri="vos://cadc.nrc.ca~arc/home/jdoe/survey'),
);
/** The sample's file entry under another name (its URI written as given: encoded or not, any path). */
const childNamed = (name: string) => CHILD.replaceAll('m31_deep.fits', name);
const childAt = (uri: string) =>
  CHILD.replace('vos://cadc.nrc.ca~arc/home/jdoe/m31_deep.fits', uri).replaceAll('m31_deep.fits', 'x');
/** The sample with `children` added, padded past the scanner's threshold so it takes the scanner's path. */
const large = (children: string, padding = 2000) =>
  SAMPLE.replace(
    '<vos:nodes>',
    `<vos:nodes>${children}${Array.from({ length: padding }, (_, index) => childNamed(`pad${index}.fits`)).join('')}`,
  );

/** `text` cut into pieces of `size`, as the network might hand it over. */
const piecesOf = (text: string, size: number) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, index) =>
    text.slice(index * size, (index + 1) * size),
  );

/** `text` read by a ListingReader in pieces of `size`. */
function readInPieces(text: string, size: number) {
  const reader = new ListingReader('/home/jdoe');
  for (const piece of piecesOf(text, size)) reader.push(piece);
  return reader.finish(xml);
}

describe('listings', () => {
  it('reads the sample listing into rows: a folder, a file and a link', () => {
    const { node, entries } = parseListing(xml(SAMPLE), '/home/jdoe');
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
      const scanned = scanListing(text, '/home/jdoe');
      expect(scanned?.entries).toEqual(parseListing(xml(text), '/home/jdoe').entries);
      expect(parseListing(xml(scanned?.rootDocument ?? ''), '/home/jdoe').node.quota).toBe(107374182400);
    }
    expect(scanListing(SAMPLE, '/home/jdoe')?.entries[0]?.groupWrite).toHaveLength(2);
  });

  it('scans a large listing and still reads its root with the DOM', () => {
    const many = Array.from({ length: 2000 }, (_, index) => childNamed(`f${index}.fits`)).join('');
    const text = large(many, 0);
    expect(text.length).toBeGreaterThan(512 * 1024);
    const listing = parseListingText(text, xml, '/home/jdoe');
    expect(listing.entries).toHaveLength(2003);
    expect(listing.entries[1999]).toMatchObject({ name: 'f1999.fits', size: 174836480 });
    expect(listing.node).toMatchObject({ path: '/home/jdoe', length: 21474836480 });
  });

  it('lists a node of a type VOSpace adds later as a plain item with its type as sent, in both readers', () => {
    const text = SAMPLE.replace('xsi:type="vos:DataNode"', 'xsi:type="vos:StreamNode"');
    const { entries } = parseListing(xml(text), '/home/jdoe');
    expect(entries).toHaveLength(3);
    expect(entries[1]).toMatchObject({ name: 'm31_deep.fits', kind: 'data', nodeType: 'vos:StreamNode' });
    expect(entries[0]?.nodeType).toBeUndefined();
    expect(scanListing(text, '/home/jdoe')?.entries).toEqual(entries);
  });

  it('falls back when the text is not shaped as the scanner expects', () => {
    expect(scanListing('<x/>', '/home/jdoe')).toBeUndefined();
  });

  it('drops a child that is not directly inside the folder asked for, in the DOM reading and the scanner', () => {
    const outside = [
      childAt('vos://cadc.nrc.ca~arc/home/other/secret.txt'),
      childAt('vos://cadc.nrc.ca~arc/home/jdoe/data/deeper.txt'),
      childAt('vos://cadc.nrc.ca~arc/home/jdoe'),
      childAt('vos://cadc.nrc.ca~arc/home'),
      childAt('vos://cadc.nrc.ca~arc/home/jdoe-evil/x.txt'),
    ].join('');
    const small = SAMPLE.replace('<vos:nodes>', `<vos:nodes>${outside}`);
    const names = ['data', 'm31_deep.fits', 'survey'];
    expect(parseListing(xml(small), '/home/jdoe').entries.map((entry) => entry.name)).toEqual(names);
    expect(scanListing(small, '/home/jdoe')?.entries.map((entry) => entry.name)).toEqual(names);
    const scanned = parseListingText(large(outside), xml, '/home/jdoe').entries;
    expect(scanned).toHaveLength(2003);
    expect(scanned.every((entry) => entry.path === `/home/jdoe/${entry.name}`)).toBe(true);
  });

  // The scanner slices a plain URI itself and leaves any other to parseVosUri: these must take the slow way,
  // or a big folder (scanned) would show a child under another name than a small one (DOM), or drop it.
  it.each([
    ['a space after it', 'vos://cadc.nrc.ca~arc/home/jdoe/spaced.fits ', 'spaced.fits'],
    ['an empty segment', 'vos://cadc.nrc.ca~arc//home/jdoe/doubled.fits', 'doubled.fits'],
    ['a slash at the end', 'vos://cadc.nrc.ca~arc/home/jdoe/slashed.fits/', 'slashed.fits'],
  ])('reads a child whose URI has %s in the scanner as the DOM parser does', (_what, uri, name) => {
    const child = CHILD.replace('vos://cadc.nrc.ca~arc/home/jdoe/m31_deep.fits', uri);
    const text = SAMPLE.replace('<vos:nodes>', `<vos:nodes>${child}`);
    const dom = parseListing(xml(text), '/home/jdoe').entries;
    expect(dom[0]).toMatchObject({ name, path: `/home/jdoe/${name}` });
    expect(scanListing(text, '/home/jdoe')?.entries).toEqual(dom);
  });

  it('refuses an invalid character reference in a large listing as a malformed storage answer', () => {
    for (const reference of ['&#xFFFFFFFF;', '&#0;', '&#xD800;', '&#1114112;', '&nosuch;']) {
      const text = large(childNamed(`bad${reference}.fits`));
      expect(text.length).toBeGreaterThan(512 * 1024);
      expect(() => parseListingText(text, xml, '/home/jdoe'), reference).toThrow(
        expect.objectContaining({ service: 'storage', kind: 'malformed' }),
      );
    }
    // A valid one still reads as its character.
    const fine = parseListingText(large(childNamed('ok&#x1F52D;.fits')), xml, '/home/jdoe');
    expect(fine.entries[0]?.name).toBe('ok🔭.fits');
  });

  it('reads every child property alike in the DOM reader, the scanner and the node parser', () => {
    // Every property the portal reads, written as cavern may (padded, `md5:`-prefixed, nil, blank), beside
    // ones it does not read and a property outside the VOSpace namespace, which no reader may take.
    const odd = `<vos:node uri="vos://cadc.nrc.ca~arc/home/jdoe/odd.fits" xsi:type="vos:DataNode" busy="false">
      <vos:properties>
        <vos:property uri="ivo://ivoa.net/vospace/core#MD5" readOnly="true">MD5:9E107D9D372BB6826BD81D3542A419D6</vos:property>
        <vos:property uri="ivo://ivoa.net/vospace/core#length" readOnly="true"> 42 </vos:property>
        <vos:property uri="ivo://ivoa.net/vospace/core#date" readOnly="true">2026-08-17T08:44:19.950+02:00</vos:property>
        <vos:property uri="ivo://ivoa.net/vospace/core#type"> </vos:property>
        <vos:property uri="ivo://ivoa.net/vospace/core#ispublic"> TRUE </vos:property>
        <vos:property uri="ivo://ivoa.net/vospace/core#groupread">  ivo://cadc.nrc.ca/gms?a   ivo://cadc.nrc.ca/gms?b </vos:property>
        <vos:property uri="ivo://ivoa.net/vospace/core#groupwrite" xsi:nil="true"/>
        <vos:property uri="ivo://cadc.nrc.ca/vospace/core#inheritPermissions">maybe</vos:property>
        <vos:property uri="ivo://example.org/vospace/core#colour">blue</vos:property>
        <x:property xmlns:x="urn:x" uri="ivo://ivoa.net/vospace/core#quota">1</x:property>
        <x:property xmlns:x="urn:x" uri="ivo://ivoa.net/vospace/core#length">7</x:property>
      </vos:properties>
    </vos:node>`;
    const withOdd = SAMPLE.replace('<vos:nodes>', `<vos:nodes>${odd}`);
    for (const text of [SAMPLE, withOdd]) {
      const dom = parseListing(xml(text), '/home/jdoe').entries;
      expect(scanListing(text, '/home/jdoe')?.entries).toEqual(dom);
      const node = parseNodeDocument(xml(text));
      expect(node.kind === 'container' ? node.children.map(entryOf) : []).toEqual(dom);
    }
    expect(parseListing(xml(withOdd), '/home/jdoe').entries[0]).toEqual({
      name: 'odd.fits',
      path: '/home/jdoe/odd.fits',
      kind: 'data',
      size: 42,
      date: Date.parse('2026-08-17T06:44:19.950Z'),
      contentType: undefined,
      md5: '9e107d9d372bb6826bd81d3542a419d6',
      target: undefined,
      isPublic: true,
      groupRead: ['ivo://cadc.nrc.ca/gms?a', 'ivo://cadc.nrc.ca/gms?b'],
      groupWrite: [],
      inheritPermissions: undefined,
    });
  });

  it('reads cavern’s detail=max rights alike in both readers: an untagged row in a tagged folder is not the user’s', () => {
    const tag = (name: string) =>
      `<vos:property uri="ivo://cadc.nrc.ca/vospace/core#${name}" readOnly="true">true</vos:property>`;
    // The folder tagged readable (the service tags), `data` readable and writable, m31_deep.fits readable only.
    const tagged = SAMPLE.replace('<vos:properties>', `<vos:properties>${tag('readable')}`)
      .replace(
        '<vos:property uri="ivo://cadc.nrc.ca/vospace/core#inheritPermissions">true</vos:property>',
        `<vos:property uri="ivo://cadc.nrc.ca/vospace/core#inheritPermissions">true</vos:property>${tag('readable')}${tag('writable')}`,
      )
      .replace(
        '<vos:property uri="ivo://ivoa.net/vospace/core#MD5"',
        `${tag('readable')}<vos:property uri="ivo://ivoa.net/vospace/core#MD5"`,
      );
    const rights = (listing: { entries: StorageEntry[] }) =>
      listing.entries.map(({ name, readable, writable }) => [name, readable, writable]);
    const expected = [
      ['data', true, true],
      ['m31_deep.fits', true, false],
      ['survey', false, false],
    ];
    expect(rights(parseListing(xml(tagged), '/home/jdoe'))).toEqual(expected);
    // Past the scanner's threshold: 2,000 untagged copies of the file first, then the three.
    const pads = Array.from({ length: 2000 }, (_, index) => childNamed(`pad${index}.fits`)).join('');
    const scanned = rights(readInPieces(tagged.replace('<vos:nodes>', `<vos:nodes>${pads}`), 65_536));
    expect(scanned.slice(-3)).toEqual(expected);
    expect(scanned[0]).toEqual(['pad0.fits', false, false]);
    // Untagged (no detail=max, or a service that does not tag): nothing is said of any row.
    expect(rights(parseListing(xml(SAMPLE), '/home/jdoe'))).toEqual([
      ['data', undefined, undefined],
      ['m31_deep.fits', undefined, undefined],
      ['survey', undefined, undefined],
    ]);
  });

  it('scans a listing the same however its text is cut as it arrives', () => {
    const tricky = SAMPLE.replace('/home/jdoe/data"', '/home/jdoe/a%20%26%20b"').replace(
      'application/fits',
      'application/fits; note=&quot;x&lt;y&quot;',
    );
    for (const text of [SAMPLE, tricky]) {
      const whole = scanListing(text, '/home/jdoe');
      expect(whole?.entries).toHaveLength(3);
      // Cut in two at every character (every tag split somewhere), and one character at a time.
      const cuts = Array.from({ length: text.length + 1 }, (_, at) => [text.slice(0, at), text.slice(at)]);
      for (const pieces of [...cuts, piecesOf(text, 1)]) {
        const scanner = new ListingScanner('/home/jdoe');
        for (const piece of pieces) scanner.push(piece);
        expect(scanner.finish()).toEqual(whole);
      }
    }
  });

  it('reads each child as soon as its end arrives', () => {
    const scanner = new ListingScanner('/home/jdoe');
    const second = SAMPLE.indexOf('<vos:node uri="vos://cadc.nrc.ca~arc/home/jdoe/survey');
    scanner.push(SAMPLE.slice(0, second + 10));
    expect(scanner.childrenRead).toBe(2);
    expect(scanner.finish()).toBeUndefined();
    scanner.push(SAMPLE.slice(second + 10));
    expect(scanner.childrenRead).toBe(3);
    expect(scanner.finish()?.entries).toHaveLength(3);
  });

  it("reads a large listing's children while the rest is still to come", () => {
    const text = large('', 3000);
    const reader = new ListingReader('/home/jdoe');
    const pieces = piecesOf(text, 65_536);
    for (const piece of pieces.slice(0, -1)) reader.push(piece);
    // All but the children in the last piece (and the one it cuts) are read before it arrives.
    expect(reader.childrenRead).toBeGreaterThan(2900);
    reader.push(pieces.at(-1) ?? '');
    expect(reader.finish(xml).entries).toHaveLength(3003);
  });

  it('reads a large listing in pieces as it reads it whole, and as the DOM does', () => {
    const text = large(childNamed('a &amp; b.fits'));
    const dom = parseListing(xml(text), '/home/jdoe');
    for (const size of [1000, 65_536]) {
      const listing = readInPieces(text, size);
      expect(listing.entries).toHaveLength(2004);
      expect(listing).toEqual(dom);
    }
    expect(parseListingText(text, xml, '/home/jdoe')).toEqual(dom);
  });

  it('leaves a large listing the scanner cannot read to the DOM, whole', () => {
    const nested = CHILD.replace(
      '</vos:node>',
      `<vos:nodes>${childAt('vos://cadc.nrc.ca~arc/home/jdoe/x/inner.txt')}</vos:nodes></vos:node>`,
    );
    // A child the scanner does not know (children of its own), and one longer than it holds on to.
    const huge = childNamed('huge.fits').replace(
      'application/fits',
      `application/fits${' '.repeat(1100 * 1024)}`,
    );
    for (const odd of [nested, huge]) {
      const text = large(odd);
      const scanner = new ListingScanner('/home/jdoe');
      for (const piece of piecesOf(text, 65_536)) scanner.push(piece);
      expect(scanner.finish()).toBeUndefined();
      const dom = parseListing(xml(text), '/home/jdoe');
      expect(dom.entries).toHaveLength(2004);
      expect(readInPieces(text, 65_536)).toEqual(dom);
    }
  });
});
