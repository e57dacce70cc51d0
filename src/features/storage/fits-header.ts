/** One 80-character card of a FITS header. */
export interface FitsCard {
  keyword: string;
  value: string;
  comment: string;
}

export interface FitsHeader {
  cards: FitsCard[];
  /** Whether the END card was among the bytes read. */
  complete: boolean;
}

export const FITS_BLOCK = 2880;
const CARD = 80;

/** The value and comment of a `KEYWORD = value / comment` card; strings keep their text, `''` unescaped. */
function splitValue(field: string): { value: string; comment: string } {
  const text = field.trimStart();
  if (text.startsWith("'")) {
    let value = '';
    let index = 1;
    while (index < text.length) {
      const char = text.charAt(index);
      if (char === "'") {
        if (text.charAt(index + 1) === "'") {
          value += "'";
          index += 2;
          continue;
        }
        index += 1;
        break;
      }
      value += char;
      index += 1;
    }
    const rest = text.slice(index);
    const slash = rest.indexOf('/');
    return { value: value.trimEnd(), comment: slash >= 0 ? rest.slice(slash + 1).trim() : '' };
  }
  const slash = text.indexOf('/');
  return slash >= 0
    ? { value: text.slice(0, slash).trim(), comment: text.slice(slash + 1).trim() }
    : { value: text.trim(), comment: '' };
}

/**
 * The primary header from the first bytes of a FITS file (FITS 4.0 §4): cards up to END. Returns undefined
 * when the bytes do not start with `SIMPLE  =`, i.e. this is not a FITS file.
 */
export function parseFitsHeader(bytes: Uint8Array): FitsHeader | undefined {
  // Headers are ASCII; latin1 decoding maps each byte to one character, so card offsets stay exact.
  const text = new TextDecoder('latin1').decode(bytes);
  if (!text.startsWith('SIMPLE  =')) return undefined;
  const cards: FitsCard[] = [];
  for (let offset = 0; offset + CARD <= text.length; offset += CARD) {
    const card = text.slice(offset, offset + CARD);
    const keyword = card.slice(0, 8).trim();
    if (keyword === 'END') return { cards, complete: true };
    if (card.slice(8, 10) === '= ') {
      cards.push({ keyword, ...splitValue(card.slice(10)) });
    } else if (keyword !== '' || card.trim() !== '') {
      // COMMENT, HISTORY and blank-keyword cards: free text in columns 9–80
      cards.push({ keyword, value: '', comment: card.slice(8).trim() });
    }
  }
  return { cards, complete: false };
}
