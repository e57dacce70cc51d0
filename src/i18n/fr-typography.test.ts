// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fr } from './fr';
import { images } from './fr/images';
import { sessions } from './fr/sessions';
import { storage } from './fr/storage';
import { usage } from './fr/usage';

/*
 * The portal's French typography (Québec usage, docs/user-guide.md): a no-break space (U+00A0) before a colon and
 * inside « », a narrow no-break space (U+202F) before ; ! ?, and the typographic apostrophe ’. Every French
 * string is walked, so a string written with an ordinary keyboard space or quote fails here.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function* walk(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* walk(child, path ? `${path}.${key}` : key);
  }
}

/** What is wrong with one string's typography, or nothing. */
function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if (char === ':') {
      // A colon inside a word (projet/dépôt:étiquette, linux/amd64) is a technical form, not punctuation.
      const punctuation = after === '' || /\s/.test(after);
      if (punctuation && before !== NBSP)
        problems.push(`“:” at ${i} needs a no-break space (U+00A0) before it`);
    } else if (char === ';' || char === '!' || char === '?') {
      if (before !== NNBSP)
        problems.push(`“${char}” at ${i} needs a narrow no-break space (U+202F) before it`);
    } else if (char === '«' && after !== NBSP) {
      problems.push(`“«” at ${i} needs a no-break space after it`);
    } else if (char === '»' && before !== NBSP) {
      problems.push(`“»” at ${i} needs a no-break space before it`);
    } else if (char === "'" || char === '"') {
      problems.push(`straight quote at ${i}: use ’ or « »`);
    }
  }
  return problems;
}

const resources = { ...fr, sessions, images, storage, usage };

describe('French typography', () => {
  it('catches the mistakes it is meant to catch', () => {
    expect(typographyProblems('Temps restant :')).toHaveLength(1);
    expect(typographyProblems('Supprimer ?')).toHaveLength(1);
    expect(typographyProblems(`Supprimer${NBSP}?`)).toHaveLength(1);
    expect(typographyProblems('« nom »')).toHaveLength(2);
    expect(typographyProblems("l'image")).toHaveLength(1);
    expect(
      typographyProblems(`Image${NBSP}: projet/dépôt:étiquette${NNBSP}; «${NBSP}l’image${NBSP}»`),
    ).toEqual([]);
  });

  it('is right in every French string', () => {
    const wrong = [...walk(resources, '')].flatMap(([key, text]) =>
      typographyProblems(text).map((problem) => `${key}: ${problem} in ${JSON.stringify(text)}`),
    );
    expect(wrong).toEqual([]);
  });
});
