import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import type { SkahaImage } from '@/api/skaha/platform-schemas';

/**
 * Whether a digest starts with a search, in any case, with or without its `sha256:`: the label shows only 12 of
 * its characters, so a longer prefix, or a whole digest copied from the Images page, is matched against it here.
 */
export function digestStartsWith(digest: string | undefined, search: string): boolean {
  const wanted = search.trim().toLowerCase();
  if (!digest || wanted === '') return false;
  const full = digest.toLowerCase();
  const hex = full.slice(full.indexOf(':') + 1);
  // the algorithm counts only with its colon: `s` or `sha` is a name being typed, not every digest
  return hex.startsWith(wanted) || (wanted.includes(':') && full.startsWith(wanted));
}

/**
 * Whether the Image picker's search finds an option: its label holds the text, Mantine's own rule, which names
 * keep; or the option's image has a digest starting with it.
 */
export const matchesImageSearch = (search: string, label: string, digest: string | undefined) =>
  label.toLowerCase().includes(search.trim().toLowerCase()) || digestStartsWith(digest, search);

/**
 * The Image picker's filter: Mantine's default, groups kept in order, with the digest rule added. Options carry
 * only the image's id and label, so the digests come from the list by id.
 */
export function imageSearchFilter(images: readonly SkahaImage[]): OptionsFilter {
  const digests = new Map(images.map((image) => [image.id, image.digest]));
  return ({ options, search, limit }) => {
    let left = limit;
    const matching = (items: ComboboxItem[]) => {
      const found = items
        .filter((item) => matchesImageSearch(search, item.label, digests.get(item.value)))
        .slice(0, Math.max(left, 0));
      left -= found.length;
      return found;
    };
    // an emptied group stays, as in Mantine's filter: its stylesheet hides a heading with no options
    return options.flatMap((option): ComboboxParsedItem[] =>
      'group' in option ? [{ group: option.group, items: matching(option.items) }] : matching([option]),
    );
  };
}
