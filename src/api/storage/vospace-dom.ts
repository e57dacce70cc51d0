import { ApiError } from '../http/api-error';
import { VOS_NS, XMLNS_NS, XSI_NS } from './vospace-names';

/** A document from cavern that is well-formed XML but not the VOSpace document it should be. */
export class VoSpaceXmlError extends ApiError {
  constructor(message: string) {
    super({ service: 'storage', kind: 'malformed', status: 200, message });
    this.name = 'VoSpaceXmlError';
  }
}

/**
 * The VOSpace elements directly under `parent`. Direct children, not getElementsByTagNameNS: in a listing a
 * node's `vos:properties` would otherwise also match every child node's properties below it.
 */
export function vosChildren(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter(
    (child) => child.namespaceURI === VOS_NS && child.localName === localName,
  );
}

export function vosChild(parent: Element, localName: string): Element | undefined {
  return vosChildren(parent, localName)[0];
}

export function textOf(element: Element | undefined): string | undefined {
  const text = element?.textContent.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** The root element, checked to be `vos:{localName}` in the VOSpace namespace (whatever its prefix). */
export function vosRoot(document: Document, localName: string): Element {
  const root = document.documentElement;
  if (root.namespaceURI !== VOS_NS || root.localName !== localName) {
    throw new VoSpaceXmlError(`expected a vos:${localName} document, not <${root.nodeName}>`);
  }
  return root;
}

/** A new document whose root is `vos:{localName}`, declaring the xsi prefix when asked. */
export function createVosDocument(localName: string, declareXsi = false): Document {
  const created = document.implementation.createDocument(VOS_NS, `vos:${localName}`, null);
  if (declareXsi) created.documentElement.setAttributeNS(XMLNS_NS, 'xmlns:xsi', XSI_NS);
  return created;
}

/** Appends `<vos:{localName}>` with an optional text value (set as a text node: never parsed as markup). */
export function appendVos(parent: Element, localName: string, text?: string): Element {
  const element = parent.ownerDocument.createElementNS(VOS_NS, `vos:${localName}`);
  if (text !== undefined) element.textContent = text;
  parent.appendChild(element);
  return element;
}

export function serializeXml(document: Document): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}`;
}
