import type { TFunction } from 'i18next';
import { unaddressableCharacters } from '@/api/storage/cavern-names';
import { listCharacters } from '@/components/describe-error';

/**
 * The longest name cavern's file system stores (POSIX NAME_MAX, in bytes of UTF-8): a longer one would be
 * refused only once sent, in the file system's words.
 */
const MAX_NAME_BYTES = 255;

/** Why a new name cannot be used in this folder, for the person typing it; undefined when it can. */
export function nameProblem(
  name: string,
  taken: ReadonlySet<string>,
  t: TFunction,
  /** The item's own name, when renaming: keeping it is no clash. */
  own?: string,
): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return t('storage.names.empty');
  if (trimmed.includes('/')) return t('storage.names.slash');
  if (trimmed === '.' || trimmed === '..') return t('storage.names.dots');
  const bytes = new TextEncoder().encode(trimmed).length;
  if (bytes > MAX_NAME_BYTES) return t('storage.names.tooLong', { max: MAX_NAME_BYTES, bytes });
  const characters = unaddressableCharacters(trimmed);
  if (characters.length > 0)
    return t('storage.names.characters', { characters: listCharacters(characters, t) });
  if (trimmed !== own && taken.has(trimmed)) return t('storage.names.exists', { name: trimmed });
  return undefined;
}

/** A compression suffix that follows the real type: `image.fits.gz` is a FITS file, compressed. */
const COMPRESSION = /\.(gz|bz2|xz|fz|zst|z|zip)$/i;

/**
 * Where a file's base name ends, so renaming selects `m31_deep` in `m31_deep.fits.gz` and typing replaces the
 * name but keeps the type. A name with no extension, or only a leading dot (`.bashrc`), is all base.
 */
export function baseNameEnd(name: string): number {
  const compressed = COMPRESSION.exec(name);
  const rest = compressed ? name.slice(0, compressed.index) : name;
  const dot = rest.lastIndexOf('.');
  if (dot > 0) return dot;
  return compressed && compressed.index > 0 ? compressed.index : name.length;
}
