import { describe, expect, it } from 'vitest';
import { isolateName, nameInSentence, shortenName } from './names';

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
