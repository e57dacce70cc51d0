import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/api-error';
import { groupNameOf, groupPeople, parseGroup, parseGroupList } from './group-xml';

const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

// As AbstractReaderWriter writes it (pretty-printed by JDOM), with an X.509-only admin and a nested group.
const deep = `<?xml version="1.0" encoding="UTF-8"?>
<group uri="ivo://cadc.nrc.ca/gms?survey-team">
  <owner>
    <user>
      <internalID><uri>ivo://cadc.nrc.ca/user?4b7e2d90-6c1a-4f3e-9d2b-7a8c5e1f0d63</uri></internalID>
      <identities>
        <identity type="CADC">4b7e2d90-6c1a-4f3e-9d2b-7a8c5e1f0d63</identity>
        <identity type="HTTP">mchen</identity>
      </identities>
    </user>
  </owner>
  <description>Deep survey</description>
  <lastModified>2026-03-02T10:15:00.000</lastModified>
  <groupMembers><group uri="ivo://cadc.nrc.ca/gms?survey-students" /></groupMembers>
  <userMembers>
    <user><identities><identity type="HTTP">jdoe</identity></identities></user>
    <user><identities><identity type="HTTP">nkaur</identity></identities></user>
  </userMembers>
  <userAdmins>
    <user><identities><identity type="X500">CN=robot,OU=cadc,O=hia,C=ca</identity></identities></user>
  </userAdmins>
</group>`;

describe('GMS group XML', () => {
  it('reads one group with its owner, members, admins and nested groups', () => {
    const group = parseGroup(xml(deep));
    expect(group).toEqual({
      name: 'survey-team',
      uri: 'ivo://cadc.nrc.ca/gms?survey-team',
      owner: 'mchen',
      description: 'Deep survey',
      members: ['jdoe', 'nkaur'],
      admins: ['CN=robot,OU=cadc,O=hia,C=ca'],
      memberGroups: ['survey-students'],
      adminGroups: [],
    });
    expect(groupPeople(group)).toEqual(['mchen', 'CN=robot,OU=cadc,O=hia,C=ca', 'jdoe', 'nkaur']);
  });

  it('reads the shallow groups of a search, in order', () => {
    const list = parseGroupList(
      xml(`<groups>
  <group uri="ivo://cadc.nrc.ca/gms?b-team"><owner><user><identities><identity type="HTTP">mchen</identity></identities></user></owner></group>
  <group uri="ivo://cadc.nrc.ca/gms?a-team" />
</groups>`),
    );
    expect(list.map((group) => [group.name, group.owner, group.members])).toEqual([
      ['b-team', 'mchen', []],
      ['a-team', undefined, []],
    ]);
    expect(parseGroupList(xml('<groups/>'))).toEqual([]);
  });

  it('refuses documents that are not GMS groups, and names that would break a path', () => {
    expect(() => parseGroup(xml('<groups/>'))).toThrow('expected <group>, found <groups>');
    expect(() => parseGroupList(xml('<groups><group uri="http://example.org/x"/></groups>'))).toThrow(
      'a group without a GMS URI',
    );
    expect(() => parseGroup(xml('<group uri="ivo://cadc.nrc.ca/gms?../../home"/>'))).toThrow(
      'an unusable group',
    );
  });

  it('refuses them as a malformed answer of the ac service, as every error a user sees names its service', () => {
    const refusals = [
      () => parseGroup(xml('<groups/>')),
      () => parseGroupList(xml('<groups><group uri="http://example.org/x"/></groups>')),
      () => parseGroup(xml('<group uri="ivo://cadc.nrc.ca/gms?a b"/>')),
    ];
    for (const refusal of refusals) {
      expect(refusal).toThrow(ApiError);
      expect(refusal).toThrow(expect.objectContaining({ service: 'ac', kind: 'malformed', status: 200 }));
    }
  });

  it('takes the name from a GMS URI of any authority', () => {
    expect(groupNameOf('ivo://cadc.nrc.ca/gms?lensing-lab')).toBe('lensing-lab');
    expect(groupNameOf('ivo://example.org/gms?x')).toBe('x');
    expect(groupNameOf('ivo://cadc.nrc.ca/other?x')).toBeUndefined();
  });
});
