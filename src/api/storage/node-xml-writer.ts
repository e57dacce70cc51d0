import { appendVos, createVosDocument, serializeXml } from './vospace-dom';
import { VOS_PROPERTY, XSI_NS } from './vospace-names';
import type { VosNodeKind } from './vospace-xml';

/** Property values by URI; `null` clears the property (`xsi:nil="true"`). */
export type PropertyValues = Readonly<Record<string, string | null>>;

/** What an update document must repeat of the node: its type, its URI and, for a link, its target. */
export type NodeIdentity =
  { kind: Exclude<VosNodeKind, 'link'>; uri: string } | { kind: 'link'; uri: string; target: string };

const XSI_TYPE: Record<VosNodeKind, string> = {
  container: 'vos:ContainerNode',
  data: 'vos:DataNode',
  link: 'vos:LinkNode',
};

/**
 * A node document in the order the VOSpace schema requires (properties, then nodes or target), with what
 * cadc's NodeReader insists on: `vos:nodes` in a container, `busy` on a data node, `vos:target` in a link.
 */
function nodeDocument(node: NodeIdentity, properties: PropertyValues): Document {
  const document = createVosDocument('node', true);
  const root = document.documentElement;
  root.setAttribute('uri', node.uri);
  root.setAttributeNS(XSI_NS, 'xsi:type', XSI_TYPE[node.kind]);
  if (node.kind === 'data') root.setAttribute('busy', 'false');
  const list = appendVos(root, 'properties');
  for (const [uri, value] of Object.entries(properties)) {
    const property = appendVos(list, 'property', value ?? undefined);
    property.setAttribute('uri', uri);
    if (value === null) property.setAttributeNS(XSI_NS, 'xsi:nil', 'true');
  }
  if (node.kind === 'container') appendVos(root, 'nodes');
  if (node.kind === 'link') appendVos(root, 'target', node.target);
  return document;
}

/** The body of `PUT /nodes/{path}` creating a folder; `uri` must be the vos URI of that same path. */
export function newContainerXml(uri: string, properties: PropertyValues = {}): string {
  return serializeXml(nodeDocument({ kind: 'container', uri }, properties));
}

/** The body of `POST /nodes/{path}`: only the properties to change, `null` to clear one. */
export function propertyUpdateXml(node: NodeIdentity, changes: PropertyValues): string {
  return serializeXml(nodeDocument(node, changes));
}

export interface PermissionChange {
  isPublic?: boolean;
  /** Group URIs; an empty list clears the property. */
  groupRead?: readonly string[];
  groupWrite?: readonly string[];
  inheritPermissions?: boolean;
}

/** The property values for a sharing change, in cavern's spellings. */
export function permissionChanges(change: PermissionChange): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  if (change.isPublic !== undefined) values[VOS_PROPERTY.isPublic] = String(change.isPublic);
  if (change.groupRead) values[VOS_PROPERTY.groupRead] = groupList(change.groupRead);
  if (change.groupWrite) values[VOS_PROPERTY.groupWrite] = groupList(change.groupWrite);
  if (change.inheritPermissions !== undefined) {
    values[VOS_PROPERTY.inheritPermissions] = String(change.inheritPermissions);
  }
  return values;
}

// cavern separates groups with spaces (VOS.PROPERTY_DELIM_GROUPREAD): a space inside one would make two.
function groupList(groups: readonly string[]): string | null {
  for (const group of groups) {
    if (group.trim() === '' || /\s/.test(group)) throw new RangeError(`not a group URI: "${group}"`);
  }
  return groups.length > 0 ? [...new Set(groups)].join(' ') : null;
}
