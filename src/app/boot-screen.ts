import type { Language } from '@/i18n/translation';
import { readColourScheme } from '@/lib/preferences';

/**
 * What the page shows before the app's code has run: the user's colour scheme on <html>, as Mantine's
 * ColorSchemeScript would set it (an inline script, which the CSP forbids), so a dark-mode user waiting on a
 * slow link is not shown a white page; and the language, which picks the loading words (boot.css).
 */
export function prepareBootScreen(language: Language, prefersDark: () => boolean): void {
  const chosen = readColourScheme();
  const scheme = chosen === 'light' || chosen === 'dark' ? chosen : prefersDark() ? 'dark' : 'light';
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  document.documentElement.lang = language;
}
