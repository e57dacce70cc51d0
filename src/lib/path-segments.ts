/**
 * An image reference or path cut after each `/` and `:` (`images.canfar.net/`, `skaha/`, `topcat:`, `4.10`), so
 * it can be laid out to wrap only between those parts, never inside a name at one of its hyphens or dots.
 */
export function pathSegments(text: string): string[] {
  return text.split(/(?<=[/:])/).filter((segment) => segment !== '');
}

/** A dotted key (`org.opencontainers.image.source`) cut after each dot, to wrap between its words. */
export function dottedSegments(text: string): string[] {
  return text.split(/(?<=\.)/).filter((segment) => segment !== '');
}
