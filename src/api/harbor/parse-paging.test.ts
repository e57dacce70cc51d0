// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseLinkHeader, parsePaging } from './parse-paging';

describe('Harbor paging headers', () => {
  it('reads the total and both links as Harbor writes them (joined with " , ")', () => {
    const headers = new Headers({
      'X-Total-Count': '57',
      Link:
        '</api/v2.0/projects/skaha/repositories?page=1&page_size=10&q=name%3D~astro>; rel="prev" , ' +
        '</api/v2.0/projects/skaha/repositories?page=3&page_size=10&q=name%3D~astro>; rel="next"',
    });
    expect(parsePaging(headers)).toEqual({
      total: 57,
      prev: {
        url: '/api/v2.0/projects/skaha/repositories?page=1&page_size=10&q=name%3D~astro',
        page: 1,
        pageSize: 10,
      },
      next: {
        url: '/api/v2.0/projects/skaha/repositories?page=3&page_size=10&q=name%3D~astro',
        page: 3,
        pageSize: 10,
      },
    });
  });

  it('has no next or prev on a single page, and no total when the header is missing or odd', () => {
    expect(parsePaging(new Headers({ 'X-Total-Count': '3' }))).toEqual({ total: 3 });
    expect(parsePaging(new Headers())).toEqual({ total: undefined });
    expect(parsePaging(new Headers({ 'X-Total-Count': 'many' })).total).toBeUndefined();
    expect(parsePaging(new Headers({ 'X-Total-Count': '-1' })).total).toBeUndefined();
  });

  it('keeps a URL containing commas or semicolons whole', () => {
    const links = parseLinkHeader('<https://h/x?q=a,b;c&page=2>; rel="next", <https://h/x?page=1>;rel=prev');
    expect(links.get('next')).toBe('https://h/x?q=a,b;c&page=2');
    expect(links.get('prev')).toBe('https://h/x?page=1');
  });

  it('reads unquoted, upper-case and multiple relations, other parameters and "previous"', () => {
    const links = parseLinkHeader('<a?page=4>; title="the last"; REL="next last" , <b?page=2>; rel=previous');
    expect([...links]).toEqual([
      ['next', 'a?page=4'],
      ['last', 'a?page=4'],
      ['previous', 'b?page=2'],
    ]);
    expect(parsePaging(new Headers({ Link: '<b?page=2>; rel=previous' })).prev?.page).toBe(2);
  });

  it('ignores what is not a link, and a link without a page number keeps its URL', () => {
    expect(parseLinkHeader('')).toEqual(new Map());
    expect(parseLinkHeader('garbage; rel="next"')).toEqual(new Map());
    expect(parseLinkHeader('<a>')).toEqual(new Map());
    expect(parsePaging(new Headers({ Link: '</x?page=zero>; rel="next"' })).next).toEqual({
      url: '/x?page=zero',
      page: undefined,
      pageSize: undefined,
    });
  });
});
