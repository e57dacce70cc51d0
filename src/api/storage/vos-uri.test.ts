// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  encodePath,
  isDirectChild,
  nameOf,
  normalizePath,
  parentOf,
  parseVosUri,
  pathFromVosUri,
  vosUri,
} from './vos-uri';

const AUTHORITY = 'cadc.nrc.ca~arc';

describe('vos URIs and paths', () => {
  it('builds a vos URI from a path, encoding each segment', () => {
    expect(vosUri(AUTHORITY, '/home/jdoe')).toBe('vos://cadc.nrc.ca~arc/home/jdoe');
    expect(vosUri(AUTHORITY, 'home/jdoe/my file #1?.fits')).toBe(
      'vos://cadc.nrc.ca~arc/home/jdoe/my%20file%20%231%3F.fits',
    );
    expect(vosUri(AUTHORITY, '/home/jdoe/a%2Fb')).toBe('vos://cadc.nrc.ca~arc/home/jdoe/a%252Fb');
    expect(vosUri(AUTHORITY, '/')).toBe('vos://cadc.nrc.ca~arc/');
  });

  it('reads the path back, decoded, and round-trips', () => {
    const path = '/projects/survey team/été & co/x+y.csv';
    expect(pathFromVosUri(vosUri(AUTHORITY, path), AUTHORITY)).toBe(path);
    expect(parseVosUri('vos://cadc.nrc.ca~arc/home/jdoe/')).toEqual({
      authority: AUTHORITY,
      path: '/home/jdoe',
    });
    expect(parseVosUri('vos://cadc.nrc.ca~arc')).toEqual({ authority: AUTHORITY, path: '/' });
    expect(parseVosUri('vos://cadc.nrc.ca~arc/bad%zzname')?.path).toBe('/bad%zzname');
  });

  it("accepts the old '!' spelling of the authority and refuses another space", () => {
    expect(pathFromVosUri('vos://cadc.nrc.ca!arc/home/jdoe', AUTHORITY)).toBe('/home/jdoe');
    expect(pathFromVosUri('vos://canfar.net~src~cavern/home/jdoe', AUTHORITY)).toBeUndefined();
    expect(pathFromVosUri('https://cadc.nrc.ca/home/jdoe', AUTHORITY)).toBeUndefined();
    expect(parseVosUri('file:///etc/passwd')).toBeUndefined();
  });

  it('refuses segments that would climb out of a folder, written or encoded', () => {
    expect(() => vosUri(AUTHORITY, '/home/jdoe/../mchen')).toThrow(RangeError);
    expect(() => encodePath('/home/./jdoe')).toThrow(RangeError);
    expect(parseVosUri('vos://cadc.nrc.ca~arc/home/%2E%2E/etc')).toBeUndefined();
    expect(parseVosUri('vos://cadc.nrc.ca~arc/home/a%2Fb')).toBeUndefined();
  });

  it('normalizes paths and names their parts', () => {
    expect(normalizePath('home//jdoe/')).toBe('/home/jdoe');
    expect(normalizePath('')).toBe('/');
    expect(encodePath('/home/jdoe/a b')).toBe('/home/jdoe/a%20b');
    expect(nameOf('/home/jdoe/a b.txt')).toBe('a b.txt');
    expect(nameOf('/')).toBe('');
    expect(parentOf('/home/jdoe/a.txt')).toBe('/home/jdoe');
    expect(parentOf('/home')).toBe('/');
  });
});

describe('isDirectChild', () => {
  it('accepts only a node directly inside the folder', () => {
    expect(isDirectChild('/home/jdoe', '/home/jdoe/a.txt')).toBe(true);
    expect(isDirectChild('/', '/home')).toBe(true);
    expect(isDirectChild('/home/jdoe', '/home/jdoe')).toBe(false);
    expect(isDirectChild('/home/jdoe', '/home/jdoe/data/a.txt')).toBe(false);
    expect(isDirectChild('/home/jdoe', '/home/other/a.txt')).toBe(false);
    expect(isDirectChild('/home/jdoe', '/home/jdoe-evil')).toBe(false);
    expect(isDirectChild('/', '/')).toBe(false);
  });
});
