// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isolateName, nameInSentence, revealBidiControls, shortenName } from './names';

describe('shortenName', () => {
  it('leaves a name that fits alone', () => {
    expect(shortenName('notes.txt', 20)).toBe('notes.txt');
    expect(shortenName('x'.repeat(20), 20)).toBe('x'.repeat(20));
  });

  it('keeps the start and the end of a long name around an ellipsis, at exactly the limit', () => {
    const name = `${'observation_'.repeat(24)}final.fits`;
    const short = shortenName(name, 40);
    expect(short).toHaveLength(40);
    expect(short.startsWith('observation_observation_')).toBe(true);
    expect(short.endsWith('final.fits')).toBe(true);
    expect(short).toContain('…');
  });

  it('never splits an emoji sequence or a letter from its combining marks', () => {
    const name = `${'👩🏽‍🚀'.repeat(30)}Z\u0351\u0352a\u0300`;
    const short = shortenName(name, 10);
    const segments = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(short));
    expect(segments).toHaveLength(10);
    expect(short.endsWith('Z\u0351\u0352a\u0300')).toBe(true);
    expect(short.startsWith('👩🏽‍🚀')).toBe(true);
  });
});

describe('isolateName', () => {
  it('wraps the name in first-strong isolate … pop directional isolate', () => {
    expect(isolateName('\u202Etxt.exe')).toBe('\u2068\u202Etxt.exe\u2069');
  });

  it('keeps markup as the characters it is', () => {
    expect(nameInSentence('<img src=x onerror=alert(1)>')).toBe('\u2068<img src=x onerror=alert(1)>\u2069');
  });
});

describe('revealBidiControls', () => {
  it('shows an override as what it is, so a program cannot pose as a PDF', () => {
    expect(revealBidiControls('invoice\u202Efdp.exe')).toBe('invoice<U+202E>fdp.exe');
  });

  it('shows every embedding, override, isolate and mark, and leaves other text alone', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(revealBidiControls(`a${controls}b`)).toBe(
      'a<U+202A><U+202B><U+202C><U+202D><U+202E><U+2066><U+2067><U+2068><U+2069><U+200E><U+200F><U+061C>b',
    );
    expect(revealBidiControls('مرصد כנדה 👩🏽‍🚀 a\u200Db')).toBe('مرصد כנדה 👩🏽‍🚀 a\u200Db');
  });

  it('is applied to a name in a sentence, inside the isolation the sentence adds', () => {
    expect(nameInSentence('invoice\u202Efdp.exe')).toBe('\u2068invoice<U+202E>fdp.exe\u2069');
  });
});
