import { PAGE_SIZES } from './use-page-size';

/** The part of an images URL after the project: `team/astroml-gpu` or `team/astroml-gpu/-/26.03` (lib/paths.ts). */
export function parseRepositorySplat(splat: string): { repository: string; reference?: string } {
  const text = splat.replace(/^\/+/, '');
  const separator = text.indexOf('/-/');
  if (separator < 0) return { repository: text.replace(/\/+$/, '') };
  const repository = text.slice(0, separator);
  const reference = text.slice(separator + 3).replace(/\/+$/, '');
  return reference ? { repository, reference } : { repository };
}

/** A positive page number from the URL; anything else is page 1. */
export function readPageParam(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** A page size from the URL when it is one the pager offers; anything else is none. */
export function readPageSizeParam(value: string | null): number | undefined {
  const size = Number(value);
  return PAGE_SIZES.find((offered) => offered === size);
}
