import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readPreference, writePreference } from '../lib/preferences';
import { en } from './en';
import { fr } from './fr';
import { isLanguage, LANGUAGES, type Language } from './translation';

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

export function createI18n(language: Language = detectLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false }, // React escapes; names stay text
    initAsync: false,
    returnNull: false,
  });
  instance.on('languageChanged', (next) => {
    if (isLanguage(next)) writePreference('language', next);
    document.documentElement.lang = next;
  });
  document.documentElement.lang = language;
  return instance;
}
