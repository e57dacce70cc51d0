export interface PageLink {
  /** As Harbor sent it: usually a path and query relative to the host, e.g. `/api/v2.0/projects?page=2&page_size=10`. */
  url: string;
  page: number | undefined;
  pageSize: number | undefined;
}

export interface Paging {
  /** `X-Total-Count`: every match, across pages; `undefined` when absent or unreadable. */
  total: number | undefined;
  next?: PageLink;
  prev?: PageLink;
}

// Each link is `<url>` followed by its `; name="value"` parameters, up to the next `<`. Matching on the angle
// brackets, not on commas, keeps a URL that contains a comma whole (Harbor joins links with " , ").
const LINK = /<([^>]*)>([^<]*)/g;
const PARAMETER = /;\s*([^\s=;,]+)\s*=\s*(?:"([^"]*)"|([^\s;,]*))/g;

/** An RFC 8288 `Link` header as relation → URL (the first link of each relation wins). */
export function parseLinkHeader(value: string | null | undefined): Map<string, string> {
  const links = new Map<string, string>();
  for (const [, url = '', parameters = ''] of (value ?? '').matchAll(LINK)) {
    for (const [, name = '', quoted, bare] of parameters.matchAll(PARAMETER)) {
      if (name.toLowerCase() !== 'rel') continue;
      for (const relation of (quoted ?? bare ?? '').toLowerCase().split(/\s+/)) {
        if (relation && !links.has(relation)) links.set(relation, url.trim());
      }
    }
  }
  return links;
}

/** Harbor's paging headers: `X-Total-Count` and `Link` with `rel="next"` / `rel="prev"`. */
export function parsePaging(headers: Headers): Paging {
  const links = parseLinkHeader(headers.get('Link'));
  const paging: Paging = { total: parseCount(headers.get('X-Total-Count')) };
  const next = links.get('next');
  const prev = links.get('prev') ?? links.get('previous');
  if (next !== undefined) paging.next = pageLink(next);
  if (prev !== undefined) paging.prev = pageLink(prev);
  return paging;
}

function pageLink(url: string): PageLink {
  let search: URLSearchParams;
  try {
    search = new URL(url, 'http://harbor.invalid/').searchParams;
  } catch {
    search = new URLSearchParams();
  }
  return { url, page: parseCount(search.get('page')), pageSize: parseCount(search.get('page_size')) };
}

function parseCount(value: string | null): number | undefined {
  const text = value?.trim() ?? '';
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
