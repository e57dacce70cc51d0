import { describe, expect, it } from 'vitest';
import { nameEnds } from './name-ends';

describe('nameEnds', () => {
  it('keeps a short name whole', () => {
    expect(nameEnds('notes.txt')).toEqual({ head: 'notes.txt', tail: '' });
  });

  it('keeps the end of a long name, with its type, in view', () => {
    const { head, tail } = nameEnds('reduction-pipeline-calibration-exercise-final-v1.ipynb');
    expect(tail).toBe('nal-v1.ipynb');
    expect(head + tail).toBe('reduction-pipeline-calibration-exercise-final-v1.ipynb');
  });

  it('keeps a compressed file’s whole type', () => {
    expect(nameEnds('observing-run-2026-deep-field-12.fits.gz').tail).toBe('eld-12.fits.gz');
  });

  it('never splits a character made of two code units', () => {
    const name = `${'🔭'.repeat(30)}.txt`;
    const { head, tail } = nameEnds(name);
    expect(head + tail).toBe(name);
    expect(Array.from(tail)).toHaveLength(10);
    expect(tail.startsWith('🔭')).toBe(true);
  });
});
