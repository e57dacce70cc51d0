import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

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
});
