import { demoUsers } from './users';

/** A CADC group as GMS keeps it: owner, administrators and members are usernames. */
export interface FakeGroup {
  name: string;
  owner: string;
  description: string;
  admins: string[];
  members: string[];
  lastModified: string;
}

/**
 * The demo groups. mchen owns survey-team (jdoe, trainee1 and nkaur, who has never run a session, are
 * members) and administers lensing-lab, which lwong owns: the PI view reads both roles.
 */
export const fakeGroups: readonly FakeGroup[] = [
  {
    name: 'survey-team',
    owner: 'mchen',
    description: 'Deep survey pipeline',
    admins: [],
    members: ['mchen', 'jdoe', 'akumar', 'trainee1', 'nkaur'],
    lastModified: '2026-03-02T10:15:00.000',
  },
  {
    name: 'lensing-lab',
    owner: 'lwong',
    description: 'Weak lensing analysis',
    admins: ['mchen'],
    members: ['mchen', 'lwong'],
    lastModified: '2026-05-20T08:00:00.000',
  },
];

export type GroupRole = 'owner' | 'admin' | 'member';

export function groupsInRole(username: string, role: GroupRole): FakeGroup[] {
  return fakeGroups.filter((group) =>
    role === 'owner'
      ? group.owner === username
      : role === 'admin'
        ? group.admins.includes(username)
        : group.members.includes(username),
  );
}

/** Whether `reader` leads (owns or administers) a group `username` belongs to: what the usage proxy allows. */
export function leadsMemberOf(reader: string, username: string): boolean {
  return fakeGroups.some(
    (group) =>
      (group.owner === reader || group.admins.includes(reader)) &&
      (group.members.includes(username) || group.owner === username),
  );
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** A `user` element as AbstractReaderWriter writes it: internal ID, identities, personal details. */
function userElement(username: string, indent: string): string {
  const demo = demoUsers.find((user) => user.username === username);
  const details = demo
    ? `${indent}  <personalDetails>\n${indent}    <firstName>${escapeXml(demo.firstName)}</firstName>\n${indent}    <lastName>${escapeXml(demo.lastName)}</lastName>\n${indent}  </personalDetails>\n`
    : '';
  return (
    `${indent}<user>\n` +
    `${indent}  <identities>\n${indent}    <identity type="HTTP">${escapeXml(username)}</identity>\n${indent}  </identities>\n` +
    details +
    `${indent}</user>\n`
  );
}

const groupUri = (name: string) => `ivo://cadc.nrc.ca/gms?${name}`;

/**
 * A `group` element: the search results carry the shallow form (uri and owner), a single group the deep one
 * (description, lastModified, userMembers, userAdmins), as in AbstractReaderWriter.getElement(group, deep).
 */
function groupElement(group: FakeGroup, deep: boolean, indent: string): string {
  let body = `${indent}  <owner>\n${userElement(group.owner, `${indent}    `)}${indent}  </owner>\n`;
  if (deep) {
    body += `${indent}  <description>${escapeXml(group.description)}</description>\n`;
    body += `${indent}  <lastModified>${group.lastModified}</lastModified>\n`;
    if (group.members.length > 0)
      body += `${indent}  <userMembers>\n${group.members.map((name) => userElement(name, `${indent}    `)).join('')}${indent}  </userMembers>\n`;
    if (group.admins.length > 0)
      body += `${indent}  <userAdmins>\n${group.admins.map((name) => userElement(name, `${indent}    `)).join('')}${indent}  </userAdmins>\n`;
  }
  return `${indent}<group uri="${escapeXml(groupUri(group.name))}">\n${body}${indent}</group>\n`;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export const groupListXml = (groups: readonly FakeGroup[]) =>
  `${XML_DECLARATION}<groups>\n${groups.map((group) => groupElement(group, false, '  ')).join('')}</groups>\n`;

export const groupXml = (group: FakeGroup) => `${XML_DECLARATION}${groupElement(group, true, '')}`;
