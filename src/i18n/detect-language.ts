import { readPreference } from '../lib/preferences';
import { isLanguage, type Language } from './translation';

/** The remembered choice, else the browser's first language we speak, else English. */
export function detectLanguage(): Language {
  const stored = readPreference('language');
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
