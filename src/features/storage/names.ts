import type { TFunction } from 'i18next';

/** Why a new name cannot be used in this folder, for the person typing it; undefined when it can. */
export function nameProblem(name: string, taken: ReadonlySet<string>, t: TFunction): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return t('storage.names.empty');
  if (trimmed.includes('/')) return t('storage.names.slash');
  if (trimmed === '.' || trimmed === '..') return t('storage.names.dots');
  if (taken.has(trimmed)) return t('storage.names.exists', { name: trimmed });
  return undefined;
}
