import type { TFunction } from 'i18next';
import type { PackageFormat } from '@/api/storage/package';
import { nameOf } from '@/api/storage/vos-uri';

/**
 * Characters a file name may not hold somewhere (Windows forbids `<>:"/\|?*` and controls; `/` is a path
 * everywhere), and the bidirectional controls, with which `x\u202Eqif.zip` would pose as another name.
 */
const UNSAFE = /[<>:"/\\|?*\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
/** Names Windows keeps for devices, even with an extension (`CON.zip`). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Far under every file system's 255 bytes, however many bytes a character takes. */
const MAX_CHARACTERS = 60;

/**
 * A name a save dialog and every OS take as it is: unsafe characters become `_`, no leading dot (a hidden
 * file) nor trailing dot or space (Windows drops them), not a device name, and not too long.
 */
export function plainFileName(name: string): string {
  const plain = Array.from(name.replace(UNSAFE, '_').trim())
    .slice(0, MAX_CHARACTERS)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (plain === '') return 'download';
  return RESERVED.test(plain) ? `${plain}_` : plain;
}

/**
 * The name a package is saved under: the one item's (`data.zip`), or the folder's with how many items
 * (`jdoe-3-items.zip`), so that packages of different selections never share a name. The service's own name
 * is not used (see `savePackage`).
 */
export function packageFileName(
  entries: readonly { name: string }[],
  folder: string,
  format: PackageFormat,
  t: TFunction,
): string {
  const [only, ...more] = entries;
  const base =
    only && more.length === 0
      ? plainFileName(only.name)
      : t('storage.package.fileName', {
          folder: plainFileName(nameOf(folder) || 'arc'),
          // digits only, never formatted: a file name holds no grouping separator
          items: entries.length,
        });
  return `${base}.${format}`;
}
