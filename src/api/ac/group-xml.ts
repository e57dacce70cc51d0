import * as z from 'zod/mini';
import { ApiError } from '../http/api-error';

/**
 * The GMS group XML of AC:cadc-access-control …/ac/xml/AbstractReaderWriter.java: `<groups>` of `<group
 * uri="ivo://cadc.nrc.ca/gms?<name>">`, each with `owner/user`, and for a single group `description`,
 * `lastModified`, `userMembers/user`, `userAdmins/user` (plus `groupMembers`/`groupAdmins`, nested groups).
 * A user is named by its `identity type="HTTP"`; one without it (an X.509-only account) is kept by its DN.
 */

/** A group name goes back into paths (`/groups/<name>`, `/projects/<name>`): no separators, no blanks. */
const groupNameSchema = z.string().check(z.regex(/^[^\s/\\?#]+$/));

const groupSchema = z.object({
  name: groupNameSchema,
  uri: z.string(),
  owner: z.optional(z.string().check(z.minLength(1))),
  description: z.optional(z.string()),
  members: z.array(z.string().check(z.minLength(1))),
  admins: z.array(z.string().check(z.minLength(1))),
  /** Nested groups, by name: their members are members too, but GMS does not expand them. */
  memberGroups: z.array(groupNameSchema),
  adminGroups: z.array(groupNameSchema),
});

export type GmsGroup = z.infer<typeof groupSchema>;

/** A document from GMS that is well-formed XML but not the group document it should be: the ac service's fault. */
export class GroupXmlError extends ApiError {
  constructor(message: string) {
    super({ service: 'ac', kind: 'malformed', status: 200, message });
    this.name = 'GroupXmlError';
  }
}

const GMS_URI = /^ivo:\/\/[^?#]+\/gms\?(.+)$/;

/** `ivo://cadc.nrc.ca/gms?survey-team` → `survey-team`. */
export function groupNameOf(uri: string): string | undefined {
  return GMS_URI.exec(uri.trim())?.[1];
}

const children = (element: Element | undefined, name: string): Element[] =>
  element ? Array.from(element.children).filter((child) => child.localName === name) : [];
const child = (element: Element | undefined, name: string) => children(element, name)[0];

/** An element's trimmed text; a blank or missing element is undefined. */
function textOf(element: Element | undefined): string | undefined {
  const text = element?.textContent.trim();
  return text === '' ? undefined : text;
}

/** The username of a `<user>`: its HTTP identity, else its X.509 DN. */
function userName(user: Element | undefined): string | undefined {
  const identities = children(child(user, 'identities'), 'identity');
  const pick = (type: string) =>
    textOf(identities.find((identity) => identity.getAttribute('type') === type));
  return pick('HTTP') ?? pick('X500');
}

function readGroup(element: Element): GmsGroup {
  const uri = element.getAttribute('uri') ?? '';
  const name = groupNameOf(uri);
  if (name === undefined) throw new GroupXmlError(`a group without a GMS URI: "${uri}"`);
  const users = (list: string) =>
    children(child(element, list), 'user')
      .map(userName)
      .filter((username) => username !== undefined);
  const groups = (list: string) =>
    children(child(element, list), 'group')
      .map((nested) => groupNameOf(nested.getAttribute('uri') ?? ''))
      .filter((nested) => nested !== undefined);
  const parsed = z.safeParse(groupSchema, {
    name,
    uri,
    owner: userName(child(child(element, 'owner'), 'user')),
    description: textOf(child(element, 'description')),
    members: users('userMembers'),
    admins: users('userAdmins'),
    memberGroups: groups('groupMembers'),
    adminGroups: groups('groupAdmins'),
  });
  if (!parsed.success) throw new GroupXmlError(`an unusable group "${name}": ${parsed.error.message}`);
  return parsed.data;
}

function root(document: Document, name: string): Element {
  const element = document.documentElement;
  if (element.localName !== name) throw new GroupXmlError(`expected <${name}>, found <${element.localName}>`);
  return element;
}

/** A `<groups>` document (`GET {ac}/search?ROLE=…`), in the service's order. */
export function parseGroupList(document: Document): GmsGroup[] {
  return children(root(document, 'groups'), 'group').map(readGroup);
}

/** A `<group>` document (`GET {ac}/groups/<name>`). */
export function parseGroup(document: Document): GmsGroup {
  return readGroup(root(document, 'group'));
}

/** Everyone the group holds, once each: its owner, administrators and members, in that order. */
export function groupPeople(group: GmsGroup): string[] {
  return [...new Set([...(group.owner ? [group.owner] : []), ...group.admins, ...group.members])];
}
