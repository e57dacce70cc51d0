import { VoSpaceXmlError, textOf, vosChild, vosChildren, vosRoot } from './vospace-dom';
import { VOS_NS, XSI_NS } from './vospace-names';
import { nameOf, parseVosUri } from './vos-uri';
import { readPropertyFields, type PropertyFields } from './vospace-values';

export type VosNodeKind = 'container' | 'data' | 'link';

export interface VosProperty {
  /** `null` for `xsi:nil="true"` (a property being cleared, in update documents). */
  value: string | null;
  readOnly: boolean;
}

/** The node's own fields; those read from properties come from the one table in vospace-values.ts. */
interface VosNodeFields extends PropertyFields {
  uri: string;
  /** Decoded, from the service root: `/home/jdoe/m31_deep.fits`. */
  path: string;
  name: string;
  /** Every property by its URI, including those read into the fields. */
  properties: Record<string, VosProperty>;
}

export interface VosContainerNode extends VosNodeFields {
  kind: 'container';
  /** The listed children, in the service's (directory) order: cavern does not sort. */
  children: VosNode[];
}
export interface VosDataNode extends VosNodeFields {
  kind: 'data';
  busy: boolean;
  /** The `xsi:type` of a node type this portal does not know, shown as a plain item (see nodeTypeKind). */
  nodeType?: string;
}
export interface VosLinkNode extends VosNodeFields {
  kind: 'link';
  /** A vos URI, or a `file://` URI for a link outside the tree. */
  target: string;
}
export type VosNode = VosContainerNode | VosDataNode | VosLinkNode;

/** A `vos:node` document (GET/PUT/POST `/nodes/{path}`); throws VoSpaceXmlError when it is not one. */
export function parseNodeDocument(document: Document): VosNode {
  return parseNodeElement(vosRoot(document, 'node'));
}

/** One node; `withChildren: false` skips a container's children (the listing reads those itself, faster). */
export function parseNodeElement(element: Element, { withChildren = true } = {}): VosNode {
  const uri = element.getAttribute('uri') ?? '';
  const parsed = parseVosUri(uri);
  if (!parsed) throw new VoSpaceXmlError(`a node without a vos URI: "${uri}"`);
  const properties = readProperties(element);
  const fields: VosNodeFields = {
    uri,
    path: parsed.path,
    name: nameOf(parsed.path),
    properties,
    ...readPropertyFields((key) => properties[key]?.value ?? undefined),
  };
  const { kind, unknownType } = nodeTypeKind(element.getAttributeNS(XSI_NS, 'type') ?? '');
  switch (kind) {
    case 'container': {
      const nodes = vosChild(element, 'nodes');
      const children =
        nodes && withChildren ? vosChildren(nodes, 'node').map((child) => parseNodeElement(child)) : [];
      return { ...fields, kind: 'container', children };
    }
    case 'data': {
      const busy = element.getAttribute('busy') === 'true';
      return {
        ...fields,
        kind: 'data',
        busy,
        ...(unknownType === undefined ? {} : { nodeType: unknownType }),
      };
    }
    case 'link': {
      const target = textOf(vosChild(element, 'target'));
      if (!target) throw new VoSpaceXmlError(`a link node without a target: ${uri}`);
      return { ...fields, kind: 'link', target };
    }
  }
}

const NODE_TYPE_KINDS: Record<string, VosNodeKind> = {
  ContainerNode: 'container',
  LinkNode: 'link',
  DataNode: 'data',
  UnstructuredDataNode: 'data',
  StructuredDataNode: 'data',
};

/**
 * What the portal does with a node of this `xsi:type`, a QName (`vos:DataNode`) whose prefix is the document's
 * choice. A type VOSpace or cavern adds later is kept as text and treated as a plain item (no children, no
 * target) rather than failing the whole folder.
 */
export function nodeTypeKind(qname: string): { kind: VosNodeKind; unknownType?: string } {
  const local = qname.slice(qname.indexOf(':') + 1);
  const kind = Object.hasOwn(NODE_TYPE_KINDS, local) ? NODE_TYPE_KINDS[local] : undefined;
  return kind ? { kind } : { kind: 'data', unknownType: qname };
}

function readProperties(element: Element): Record<string, VosProperty> {
  const list = vosChild(element, 'properties');
  if (!list) return {};
  // The property list is flat, so a namespace-aware descendant search is exact here.
  const entries = Array.from(list.getElementsByTagNameNS(VOS_NS, 'property')).flatMap((property) => {
    const key = property.getAttribute('uri');
    if (!key) return [];
    const isNil = property.getAttributeNS(XSI_NS, 'nil') === 'true';
    const value: VosProperty = {
      value: isNil ? null : property.textContent,
      readOnly: property.getAttribute('readOnly') === 'true',
    };
    return [[key, value] as const];
  });
  // fromEntries defines own properties, so a property named `__proto__` stays data.
  return Object.fromEntries(entries);
}
