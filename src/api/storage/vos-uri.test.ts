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
import { UnaddressableNameError } from './cavern-names';

const AUTHORITY = 'cadc.nrc.ca~arc';

describe('vos URIs and paths', () => {
  it('builds a vos URI from a path, encoding each segment', () => {
    expect(vosUri(AUTHORITY, '/home/jdoe')).toBe('vos://cadc.nrc.ca~arc/home/jdoe');
    expect(vosUri(AUTHORITY, "home/jdoe/m31_(v2);x=1&y+z@o'k,$.fits")).toBe(
      "vos://cadc.nrc.ca~arc/home/jdoe/m31_(v2)%3Bx%3D1%26y%2Bz%40o'k%2C%24.fits",
    );
    expect(vosUri(AUTHORITY, '/')).toBe('vos://cadc.nrc.ca~arc/');
  });

  it('reads the path back, decoded, and round-trips', () => {
    const path = '/projects/survey_team/été_&_co/x+y.csv';
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
    expect(encodePath('/home/jdoe/été')).toBe('/home/jdoe/%C3%A9t%C3%A9');
    expect(nameOf('/home/jdoe/a b.txt')).toBe('a b.txt');
    expect(nameOf('/')).toBe('');
    expect(parentOf('/home/jdoe/a.txt')).toBe('/home/jdoe');
    expect(parentOf('/home')).toBe('/');
  });
});

describe('names cavern cannot address', () => {
  it('are refused before any address is made, naming the node and its characters', () => {
    for (const [path, name, characters] of [
      ['/home/jdoe/Untitled Folder/a.txt', 'Untitled Folder', [' ']],
      ['/home/jdoe/run#2', 'run#2', ['#']],
      ['/home/jdoe/what?.txt', 'what?.txt', ['?']],
      ['/home/jdoe/100%', '100%', ['%']],
      ['/home/jdoe/a%2Fb', 'a%2Fb', ['%']],
      [
        '/home/jdoe/<b>[1]{x}|"q"\\^`',
        '<b>[1]{x}|"q"\\^`',
        ['<', '>', '[', ']', '{', '}', '|', '"', '\\', '^', '`'],
      ],
      ['/home/jdoe/no\u00a0break', 'no\u00a0break', ['\u00a0']],
      ['/home/jdoe/tab\there', 'tab\there', ['\t']],
    ] as const) {
      expect(() => encodePath(path)).toThrow(new UnaddressableNameError(name, characters));
      expect(() => vosUri(AUTHORITY, path)).toThrow(UnaddressableNameError);
    }
  });

  it('include none of what java.net.URI takes in a path: non-ASCII letters, emoji, bidi controls', () => {
    for (const name of ['été', '🔭✨', 'مرصد_كندا', 'txt\u202Eexe', "a-b_c.d!e~f*g'h(i)j;k:l@m&n=o+p$q,r"]) {
      expect(() => encodePath(`/home/jdoe/${name}`)).not.toThrow();
    }
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
