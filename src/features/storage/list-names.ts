import { nameInSentence } from '@/lib/names';

/** The first few names, quoted, then how many others: a list of hundreds stays one sentence. */
export function listNames(
  names: readonly string[],
  quote: (name: string) => string,
  others: (count: number) => string,
  language: string,
) {
  const shown = names.slice(0, 3).map((name) => quote(nameInSentence(name, 40)));
  const more = names.length - shown.length;
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(
    more > 0 ? [...shown, others(more)] : shown,
  );
}
