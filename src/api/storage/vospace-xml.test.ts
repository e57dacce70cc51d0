import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VoSpaceXmlError } from './vospace-dom';
import { VOS_PROPERTY } from './vospace-names';
import { readMd5, readVosDate } from './vospace-values';
import { parseNodeDocument, type VosNode } from './vospace-xml';

const SAMPLES = join(import.meta.dirname, '../../../docs/samples');
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const sample = (name: string) => xml(readFileSync(join(SAMPLES, name), 'utf8'));

const NS =
  'xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const node = (attributes: string, body = '') => xml(`<vos:node ${NS} ${attributes}>${body}</vos:node>`);

function children(parsed: VosNode): VosNode[] {
  if (parsed.kind !== 'container') throw new Error(`expected a container, got ${parsed.kind}`);
  return parsed.children;
}

describe('parseNodeDocument', () => {
  it("reads the listing's root: quota and recursive size, a zone-less date as UTC, permissions", () => {
    const root = parseNodeDocument(sample('vospace-container-listing.xml'));
    expect(root).toMatchObject({
      kind: 'container',
      uri: 'vos://cadc.nrc.ca~arc/home/jdoe',
      path: '/home/jdoe',
      name: 'jdoe',
      quota: 107374182400,
      length: 21474836480,
      date: Date.UTC(2026, 7, 19, 10, 21, 7, 412),
      creator: 'jdoe',
      isPublic: false,
      groupRead: ['ivo://cadc.nrc.ca/gms?jdoe-collab'],
      groupWrite: [],
      inheritPermissions: false,
      readable: undefined,
    });
    expect(root.properties[VOS_PROPERTY.quota]).toEqual({ value: '107374182400', readOnly: true });
    expect(root.properties[VOS_PROPERTY.isPublic]).toEqual({ value: 'false', readOnly: false });
    expect(Object.keys(root.properties)).toHaveLength(7);
  });

  it("reads the listing's children: a folder, a file with its MD5 and a link with its target", () => {
    const [folder, file, link, ...rest] = children(
      parseNodeDocument(sample('vospace-container-listing.xml')),
    );
    expect(rest).toHaveLength(0);
    expect(folder).toMatchObject({
      kind: 'container',
      path: '/home/jdoe/data',
      name: 'data',
      length: 21300000000,
      quota: undefined,
      inheritPermissions: true,
      groupWrite: ['ivo://cadc.nrc.ca/gms?jdoe-collab', 'ivo://cadc.nrc.ca/gms?survey-team'],
      children: [],
    });
    expect(file).toMatchObject({
      kind: 'data',
      name: 'm31_deep.fits',
      busy: false,
      md5: '9e107d9d372bb6826bd81d3542a419d6',
      contentType: 'application/fits',
      length: 174836480,
      date: Date.parse('2026-08-17T08:44:19.950Z'),
    });
    expect(link).toMatchObject({
      kind: 'link',
      name: 'survey',
      target: 'vos://cadc.nrc.ca~arc/projects/survey-team',
      date: Date.parse('2026-05-02T11:00:00.000Z'),
      length: undefined,
    });
  });

  it('is namespace-aware: the prefix is free, the namespace is not', () => {
    const otherPrefix = xml(
      '<v:node xmlns:v="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:x="http://www.w3.org/2001/XMLSchema-instance"' +
        ' uri="vos://cadc.nrc.ca~arc/home/jdoe/a.txt" x:type="v:DataNode" busy="true"><v:properties>' +
        '<v:property uri="ivo://ivoa.net/vospace/core#length">12</v:property></v:properties></v:node>',
    );
    expect(parseNodeDocument(otherPrefix)).toMatchObject({ kind: 'data', busy: true, length: 12 });
    const wrongNamespace = xml(
      '<vos:node xmlns:vos="urn:not-vospace" uri="vos://cadc.nrc.ca~arc/home/jdoe" type="vos:ContainerNode"/>',
    );
    expect(() => parseNodeDocument(wrongNamespace)).toThrow(VoSpaceXmlError);
    const strayProperty = node(
      'uri="vos://a~b/x" xsi:type="vos:DataNode"',
      '<vos:properties><property uri="ivo://ivoa.net/vospace/core#length">9</property></vos:properties>',
    );
    expect(parseNodeDocument(strayProperty).length).toBeUndefined();
  });

  it('decodes names, keeps odd property URIs as data and reads a cleared property as null', () => {
    const parsed = parseNodeDocument(
      node(
        'uri="vos://cadc.nrc.ca~arc/home/jdoe/my%20notes%20%26%20plots.txt" xsi:type="vos:DataNode" busy="false"',
        '<vos:properties><vos:property uri="__proto__">x</vos:property>' +
          '<vos:property uri="ivo://ivoa.net/vospace/core#groupread" xsi:nil="true"/></vos:properties>',
      ),
    );
    expect(parsed.name).toBe('my notes & plots.txt');
    expect(parsed.path).toBe('/home/jdoe/my notes & plots.txt');
    expect(Object.getPrototypeOf(parsed.properties)).toBe(Object.prototype);
    expect(Object.keys(parsed.properties)).toContain('__proto__');
    expect(parsed.properties[VOS_PROPERTY.groupRead]).toEqual({ value: null, readOnly: false });
    expect(parsed.groupRead).toEqual([]);
  });

  it('keeps a node of a type it does not know as a plain item, with the type as sent', () => {
    expect(parseNodeDocument(node('uri="vos://a~b/x" xsi:type="vos:Spaceship"'))).toMatchObject({
      kind: 'data',
      nodeType: 'vos:Spaceship',
      path: '/x',
    });
    expect(parseNodeDocument(node('uri="vos://a~b/x" xsi:type="vos:DataNode"'))).not.toHaveProperty(
      'nodeType',
    );
  });

  it('refuses documents that are not nodes it can read', () => {
    expect(() => parseNodeDocument(node('xsi:type="vos:DataNode"'))).toThrow(/without a vos URI/);
    expect(() => parseNodeDocument(node('uri="vos://a~b/x" xsi:type="vos:LinkNode"'))).toThrow(
      /without a target/,
    );
    expect(() => parseNodeDocument(sample('vospace-transfer-move.xml'))).toThrow(VoSpaceXmlError);
  });
});

describe('readVosDate', () => {
  it('reads a date without a zone as UTC and honours an explicit zone', () => {
    expect(readVosDate('2026-08-19T10:21:07.412')).toBe(Date.UTC(2026, 7, 19, 10, 21, 7, 412));
    expect(readVosDate('2026-08-19T10:21:07.412Z')).toBe(Date.UTC(2026, 7, 19, 10, 21, 7, 412));
    expect(readVosDate('2026-08-19T10:21:07.412+02:00')).toBe(Date.UTC(2026, 7, 19, 8, 21, 7, 412));
    expect(readVosDate('yesterday')).toBeUndefined();
    expect(readVosDate(undefined)).toBeUndefined();
  });
});

describe('readMd5', () => {
  it('reads a new file’s bare hex and a replacing file’s md5:<hex> as the same digest', () => {
    expect(readMd5('9e107d9d372bb6826bd81d3542a419d6')).toBe('9e107d9d372bb6826bd81d3542a419d6');
    expect(readMd5(' md5:9E107D9D372BB6826BD81D3542A419D6 ')).toBe('9e107d9d372bb6826bd81d3542a419d6');
    expect(readMd5('')).toBeUndefined();
    expect(readMd5('md5:')).toBeUndefined();
    expect(readMd5(undefined)).toBeUndefined();
  });
});
