import { describe, expect, it } from 'vitest';
import { VOS_PROPERTY } from './vospace-names';
import { newContainerXml, permissionChanges, propertyUpdateXml } from './node-xml-writer';
import { parseNodeDocument } from './vospace-xml';
import { expectSameXmlStructure } from '@/test/xml-structure';

const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const NS =
  'xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

describe('node documents', () => {
  it('writes the new-folder document of the platform reference (§3.4)', () => {
    const written = newContainerXml('vos://cadc.nrc.ca~arc/home/jdoe/newdir');
    expect(written.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expectSameXmlStructure(
      written,
      `<vos:node ${NS} uri="vos://cadc.nrc.ca~arc/home/jdoe/newdir" xsi:type="vos:ContainerNode">
         <vos:properties/>
         <vos:nodes/>
       </vos:node>`,
    );
    expect(parseNodeDocument(xml(written))).toMatchObject({
      kind: 'container',
      path: '/home/jdoe/newdir',
      properties: {},
      children: [],
    });
  });

  it('writes a property update with xsi:nil for a cleared property, and reads back the same', () => {
    const written = propertyUpdateXml(
      { kind: 'data', uri: 'vos://cadc.nrc.ca~arc/home/jdoe/m31_deep.fits' },
      { [VOS_PROPERTY.groupRead]: null, [VOS_PROPERTY.isPublic]: 'false' },
    );
    // cadc's NodeReader rejects a DataNode without `busy`, so the writer always sends it.
    expectSameXmlStructure(
      written,
      `<vos:node ${NS} uri="vos://cadc.nrc.ca~arc/home/jdoe/m31_deep.fits" xsi:type="vos:DataNode" busy="false">
         <vos:properties>
           <vos:property uri="ivo://ivoa.net/vospace/core#groupread" xsi:nil="true"/>
           <vos:property uri="ivo://ivoa.net/vospace/core#ispublic">false</vos:property>
         </vos:properties>
       </vos:node>`,
    );
    const parsed = parseNodeDocument(xml(written));
    expect(parsed.properties).toEqual({
      [VOS_PROPERTY.groupRead]: { value: null, readOnly: false },
      [VOS_PROPERTY.isPublic]: { value: 'false', readOnly: false },
    });
    expect(parsed).toMatchObject({ kind: 'data', busy: false, groupRead: [], isPublic: false });
  });

  it('repeats what the node type requires: nodes for a folder, the target for a link', () => {
    const folder = xml(propertyUpdateXml({ kind: 'container', uri: 'vos://a~b/home/x' }, {}));
    expect(parseNodeDocument(folder).kind).toBe('container');
    expect(folder.getElementsByTagNameNS('http://www.ivoa.net/xml/VOSpace/v2.0', 'nodes')).toHaveLength(1);
    const link = parseNodeDocument(
      xml(propertyUpdateXml({ kind: 'link', uri: 'vos://a~b/home/l', target: 'vos://a~b/projects/p' }, {})),
    );
    expect(link).toMatchObject({ kind: 'link', target: 'vos://a~b/projects/p' });
  });

  it('carries user text as text, never as markup', () => {
    const hostile = '</vos:property><vos:property uri="x">1</vos:property> & "quotes"';
    const written = propertyUpdateXml({ kind: 'data', uri: 'vos://a~b/home/"<&>"' }, { 'urn:note': hostile });
    const parsed = parseNodeDocument(xml(written));
    expect(parsed.properties).toEqual({ 'urn:note': { value: hostile, readOnly: false } });
    expect(parsed.uri).toBe('vos://a~b/home/"<&>"');
  });
});

describe('permissionChanges', () => {
  it("uses cavern's spellings, joins groups with spaces and clears an empty list", () => {
    expect(
      permissionChanges({
        isPublic: true,
        groupRead: ['ivo://cadc.nrc.ca/gms?a', 'ivo://cadc.nrc.ca/gms?b', 'ivo://cadc.nrc.ca/gms?a'],
        groupWrite: [],
        inheritPermissions: false,
      }),
    ).toEqual({
      'ivo://ivoa.net/vospace/core#ispublic': 'true',
      'ivo://ivoa.net/vospace/core#groupread': 'ivo://cadc.nrc.ca/gms?a ivo://cadc.nrc.ca/gms?b',
      'ivo://ivoa.net/vospace/core#groupwrite': null,
      'ivo://cadc.nrc.ca/vospace/core#inheritPermissions': 'false',
    });
    expect(permissionChanges({})).toEqual({});
  });

  it('refuses a group that would read as two', () => {
    expect(() => permissionChanges({ groupRead: ['ivo://cadc.nrc.ca/gms?a b'] })).toThrow(RangeError);
    expect(() => permissionChanges({ groupWrite: [' '] })).toThrow(RangeError);
  });
});
