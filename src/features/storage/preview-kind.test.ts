// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCsv, previewKind } from './preview-kind';

describe('previewKind', () => {
  it('knows FITS, images, CSV and text by name or content type', () => {
    const data = (name: string, contentType?: string) => ({ name, contentType, kind: 'data' as const });
    expect(previewKind(data('m31.fits'))).toBe('fits');
    expect(previewKind(data('raw', 'application/fits'))).toBe('fits');
    expect(previewKind(data('a.PNG'))).toBe('image');
    expect(previewKind(data('cat.csv'))).toBe('csv');
    expect(previewKind(data('.bashrc'))).toBe('text');
    expect(previewKind(data('blob.bin', 'application/octet-stream'))).toBe('none');
    expect(previewKind({ name: 'x.fits', contentType: undefined, kind: 'container' })).toBe('none');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields and stops at the limit, dropping a line cut short', () => {
    expect(parseCsv('a,"b,""c"""\r\n1,2\n3,4', 10, false)).toEqual([
      ['a', 'b,"c"'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsv('a,b\n1,2\n3,', 10, true)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a\nb\nc\n', 2, false)).toEqual([['a'], ['b']]);
  });
});
