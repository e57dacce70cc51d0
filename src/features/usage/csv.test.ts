// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvBlob, csvField, toCsv } from './csv';

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1.5)).toBe('1.5');
  });

  it('keeps a spreadsheet from running a name as a formula, but leaves negative numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-2)).toBe('-2');
  });

  it('rounds figures to four decimals, without float noise', () => {
    expect(csvField(0.7769999999999999)).toBe('0.777');
    expect(csvField(12.345678)).toBe('12.3457');
    expect(csvField(1e-7)).toBe('0');
    expect(csvField(3)).toBe('3');
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['user', 'hours'],
        [
          ['jdoe', 2.5],
          ['a,b', 1],
        ],
      ),
    ).toBe('user,hours\r\njdoe,2.5\r\n"a,b",1\r\n');
  });

  it('starts the file with a byte-order mark, so a spreadsheet reads its accents as UTF-8', async () => {
    const bytes = new Uint8Array(await csvBlob('Membre,Rôle\r\n').arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).toBe('Membre,Rôle\r\n');
  });
});
