/** The part of an images URL after the project: `team/astroml-gpu` or `team/astroml-gpu/-/26.03` (lib/paths.ts). */
export function parseRepositorySplat(splat: string): { repository: string; reference?: string } {
  const trimmed = splat.replace(/^\/+|\/+$/g, '');
  const separator = trimmed.indexOf('/-/');
  if (separator < 0) return { repository: trimmed };
  const reference = trimmed.slice(separator + 3);
  return reference
    ? { repository: trimmed.slice(0, separator), reference }
    : { repository: trimmed.slice(0, separator) };
}

/** A positive page number from the URL; anything else is page 1. */
export function readPageParam(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
