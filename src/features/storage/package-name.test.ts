import { describe, expect, it } from 'vitest';
import { plainFileName } from './package-name';

describe('a package’s file name', () => {
  it('keeps a plain name as it is, accents included', () => {
    expect(plainFileName('data')).toBe('data');
    expect(plainFileName('données run 2')).toBe('données run 2');
  });

  it('replaces what some file system refuses, and the characters that reorder a name', () => {
    expect(plainFileName('a:b*c?')).toBe('a_b_c_');
    expect(plainFileName('x\u202Egpj.exe')).toBe('x_gpj.exe');
  });

  it('is never hidden, a device name, empty or longer than 60 characters', () => {
    expect(plainFileName('.config')).toBe('config');
    expect(plainFileName('run. ')).toBe('run');
    expect(plainFileName('CON')).toBe('CON_');
    expect(plainFileName('...')).toBe('download');
    expect(plainFileName('a'.repeat(300))).toHaveLength(60);
  });
});
