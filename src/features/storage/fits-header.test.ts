// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FITS_BLOCK, parseFitsHeader } from './fits-header';

const card = (text: string) => text.padEnd(80);
const header = (...cards: string[]) => new TextEncoder().encode(cards.map(card).join('').padEnd(FITS_BLOCK));

describe('parseFitsHeader', () => {
  it('reads keywords, values, strings with quotes, comments and free-text cards up to END', () => {
    const parsed = parseFitsHeader(
      header(
        'SIMPLE  =                    T / conforms to FITS standard',
        'NAXIS   =                    2',
        "OBJECT  = 'M31 ''core'''       / target / with a slash",
        'EXPTIME =                600.0',
        'HISTORY reduced with the pipeline',
        'END',
        'IGNORED =                    1',
      ),
    );
    expect(parsed).toEqual({
      complete: true,
      cards: [
        { keyword: 'SIMPLE', value: 'T', comment: 'conforms to FITS standard' },
        { keyword: 'NAXIS', value: '2', comment: '' },
        { keyword: 'OBJECT', value: "M31 'core'", comment: 'target / with a slash' },
        { keyword: 'EXPTIME', value: '600.0', comment: '' },
        { keyword: 'HISTORY', value: '', comment: 'reduced with the pipeline' },
      ],
    });
  });

  it('says when END was not among the bytes read, and refuses what is not FITS', () => {
    expect(parseFitsHeader(header('SIMPLE  =                    T'))?.complete).toBe(false);
    expect(parseFitsHeader(new TextEncoder().encode('PK\u0003\u0004 a zip file'))).toBeUndefined();
  });
});
