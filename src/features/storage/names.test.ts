import { describe, expect, it } from 'vitest';
import { createI18n, loadAreaStrings } from '@/i18n/i18n';
import { baseNameEnd, nameProblem } from './names';

const base = (name: string) => name.slice(0, baseNameEnd(name));

describe('baseNameEnd', () => {
  it('leaves the type of a file out of its base name', () => {
    expect(base('notes.txt')).toBe('notes');
    expect(base('archive.v2.tar')).toBe('archive.v2');
  });

  it('keeps a compressed file’s real type with its compression', () => {
    expect(base('m31_deep.fits.gz')).toBe('m31_deep');
    expect(base('survey.tar.bz2')).toBe('survey');
    expect(base('cube.fits.fz')).toBe('cube');
    expect(base('bundle.zip')).toBe('bundle');
  });

  it('takes the whole name when there is no extension, or only a leading dot', () => {
    expect(base('README')).toBe('README');
    expect(base('.bashrc')).toBe('.bashrc');
    expect(base('.cache.gz')).toBe('.cache');
  });
});

describe('nameProblem', () => {
  const taken = new Set(['data', 'notes.txt']);

  it('refuses a name another item of the folder has, and keeps a renamed item its own', async () => {
    const i18n = createI18n('en');
    await loadAreaStrings(i18n, 'storage');
    const { t } = i18n;
    expect(nameProblem(' data ', taken, t)).toBe('Something named “data” is already here.');
    expect(nameProblem('notes.txt', taken, t, 'data')).toBe('Something named “notes.txt” is already here.');
    expect(nameProblem('data', taken, t, 'data')).toBeUndefined();
    expect(nameProblem('results', taken, t)).toBeUndefined();
  });

  it('refuses an empty name, a slash and the two names a path gives its own meaning', () => {
    const { t } = createI18n('en');
    const dots = nameProblem('.', taken, t);
    expect(dots).toBe(t('storage.names.dots'));
    expect(nameProblem(' .. ', taken, t)).toBe(dots);
    expect(nameProblem('...', taken, t)).toBeUndefined();
    expect(nameProblem('  ', taken, t)).toBe(t('storage.names.empty'));
    expect(nameProblem('a/b', taken, t)).toBe(t('storage.names.slash'));
    expect(new Set([dots, t('storage.names.empty'), t('storage.names.slash')]).size).toBe(3);
  });

  it('refuses a name longer than the file system stores, counted in bytes', async () => {
    const i18n = createI18n('en');
    await loadAreaStrings(i18n, 'storage');
    const { t } = i18n;
    expect(nameProblem('a'.repeat(255), taken, t)).toBeUndefined();
    expect(nameProblem('a'.repeat(256), taken, t)).toBe(
      'A name can be at most 255 bytes long, and this one is 256 (an accented letter takes two, most other scripts’ letters three): shorten it.',
    );
    // 128 letters é are 256 bytes
    expect(nameProblem('é'.repeat(128), taken, t)).toMatch(/this one is 256 /);
    expect(nameProblem('é'.repeat(127), taken, t)).toBeUndefined();
  });
});
