import type { TFunction } from 'i18next';

const KNOWN = ['notebook', 'desktop', 'desktop-app', 'carta', 'firefly', 'contributed', 'headless'] as const;
type KnownKind = (typeof KNOWN)[number];

const isKnown = (kind: string): kind is KnownKind => KNOWN.some((known) => known === kind);

/** A session type in words; a type this portal does not know yet is shown as the label gives it. */
export function kindLabel(t: TFunction, kind: string): string {
  if (kind === '') return t('usage.kinds.other');
  return isKnown(kind) ? t(`usage.kinds.${kind}`) : kind;
}
