import { expect } from 'vitest';

const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

/** Names by namespace URI, attributes without namespace declarations, text of leaves: what a reader sees. */
function structure(element: Element): unknown {
  const attributes = Array.from(element.attributes)
    .filter((attribute) => attribute.namespaceURI !== 'http://www.w3.org/2000/xmlns/')
    .map(
      (attribute) => [`{${attribute.namespaceURI ?? ''}}${attribute.localName}`, attribute.value] as const,
    );
  const children = Array.from(element.children);
  return {
    name: `{${element.namespaceURI ?? ''}}${element.localName}`,
    attributes: Object.fromEntries(attributes),
    ...(children.length > 0 ? { children: children.map(structure) } : { text: element.textContent.trim() }),
  };
}

/** Two XML documents say the same thing, whatever their prefixes, declarations and whitespace. */
export function expectSameXmlStructure(actual: string, expected: string): void {
  expect(structure(xml(actual).documentElement)).toEqual(structure(xml(expected).documentElement));
}
