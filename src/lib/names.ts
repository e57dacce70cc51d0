/**
 * Helpers for names people and services choose (files, projects, labels, sessions): they are shown as text
 * only, and these keep them from taking over the sentence or the layout around them.
 */

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the marks
 * (U+200E, U+200F, U+061C). Invisible, yet `invoice\u202Efdp.exe` reads as `invoiceexe.pdf`.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Each bidirectional control in a name shown as what it is (`<U+202E>`), so a name cannot pose as another. */
export const revealBidiControls = (name: string) =>
  name.replace(
    BIDI_CONTROLS,
    (control) => `<U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );

/** The text without its bidirectional controls: what a name that reads as it is would be. */
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '');

/** Whether the text holds a bidirectional control: what it shows and what it is then differ in order. */
export const hasBidiControls = (text: string) => revealBidiControls(text) !== text;

/**
 * Wraps a name in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, for places that take a plain string (a
 * sentence from the translations, a `title`): a right-to-left name or one holding an override character
 * then cannot reorder the words around it.
 */
export const isolateName = (name: string) => `${FSI}${name}${PDI}`;

/**
 * At most `max` characters (counted as the user sees them, so an emoji or a letter with its accents is never
 * split), keeping the start and the end — the end of a file name says what it is — with `…` between.
 */
export function shortenName(name: string, max: number): string {
  const characters = graphemes(name);
  if (characters.length <= max) return name;
  const keep = max - 1;
  const head = Math.ceil(keep * 0.6);
  const tail = keep - head;
  return `${characters.slice(0, head).join('')}…${tail > 0 ? characters.slice(-tail).join('') : ''}`;
}

function graphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/** A name as a sentence shows it: its bidirectional controls shown, shortened to `max` characters, isolated. */
export const nameInSentence = (name: string, max = 80) =>
  isolateName(shortenName(revealBidiControls(name), max));
