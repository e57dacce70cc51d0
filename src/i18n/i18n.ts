import i18next, { type BackendModule, type i18n as I18n, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { writePreference } from '../lib/preferences';
import { detectLanguage } from './detect-language';
import { en } from './en';
import { AREA_STRINGS, isLanguage, LANGUAGES, type AreaStrings, type Language } from './translation';

/*
 * Strings load in pieces, so the first page carries only what it shows: the shell's English strings are in
 * the first chunk; French and each area's strings are chunks of their own, loaded with the area
 * (loadAreaStrings, from the route table) or when the language changes (the backend below, which i18next asks
 * for a language it has no strings for). Loaded pieces are kept for the life of the page.
 */

type Strings = Record<string, unknown>;
type Part = 'shell' | AreaStrings;

const loaders: Record<Language, Record<Part, () => Promise<Strings>>> = {
  en: {
    shell: () => Promise.resolve(en),
    sessions: async () => (await import('./en/sessions')).sessions,
    launch: async () => (await import('./en/launch')).launch,
    images: async () => (await import('./en/images')).images,
    storage: async () => (await import('./en/storage')).storage,
    usage: async () => (await import('./en/usage')).usage,
    demo: async () => (await import('./en/demo')).demo,
  },
  fr: {
    shell: async () => (await import('./fr')).fr,
    sessions: async () => (await import('./fr/sessions')).sessions,
    launch: async () => (await import('./fr/launch')).launch,
    images: async () => (await import('./fr/images')).images,
    storage: async () => (await import('./fr/storage')).storage,
    usage: async () => (await import('./fr/usage')).usage,
    demo: async () => (await import('./fr/demo')).demo,
  },
};

const pending = new Map<string, Promise<Strings>>();
const loaded = new Map<string, Strings>([['en:shell', en]]);
/** The areas visited so far: a language loaded later brings their strings along. */
const areasInUse = new Set<AreaStrings>();

function loadPart(language: Language, part: Part): Promise<Strings> {
  const key = `${language}:${part}`;
  let promise = pending.get(key);
  if (!promise) {
    promise = loaders[language][part]().then((strings) => {
      loaded.set(key, strings);
      return strings;
    });
    // A failed chunk may be fetched again on the next try.
    promise.catch(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}

/** A language's strings as one resource bundle: its shell, and the areas in use under their names. */
async function loadLanguage(language: Language): Promise<Strings> {
  const areas = [...areasInUse];
  const [shell, ...parts] = await Promise.all([
    loadPart(language, 'shell'),
    ...areas.map((area) => loadPart(language, area)),
  ]);
  return { ...shell, ...Object.fromEntries(areas.map((area, index) => [area, parts[index]])) };
}

/** What is loaded already, so an instance can start synchronously. */
function loadedBundle(language: Language): Strings | undefined {
  const shell = loaded.get(`${language}:shell`);
  if (!shell) return undefined;
  const areas = [...areasInUse].flatMap((area) => {
    const strings = loaded.get(`${language}:${area}`);
    return strings ? [[area, strings] as const] : [];
  });
  return { ...shell, ...Object.fromEntries(areas) };
}

const backend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language: string, _namespace: string, callback: ReadCallback) {
    if (!isLanguage(language)) {
      callback(new Error(`no strings for ${language}`), false);
      return;
    }
    loadLanguage(language).then(
      (strings) => {
        callback(null, strings);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

/** Loads an area's strings, in every language the instance holds, before the area renders. */
export async function loadAreaStrings(i18n: I18n, area: AreaStrings): Promise<void> {
  areasInUse.add(area);
  const languages = LANGUAGES.filter(
    (language) => language === i18n.language || i18n.hasResourceBundle(language, 'translation'),
  );
  await Promise.all(
    languages.map(async (language) => {
      const strings = await loadPart(language, area);
      i18n.addResourceBundle(language, 'translation', { [area]: strings }, true, true);
    }),
  );
}

/**
 * Starts loading an area's strings in `language` before there is an instance to hold them (a start that knows
 * its first page), so they arrive beside the sign-in check rather than after it; loadAreaStrings then finds
 * them loaded. A failure is told when they are used.
 */
export function prefetchAreaStrings(language: Language, area: AreaStrings): void {
  loadPart(language, area).catch(() => undefined);
}

/** An instance whose language's shell strings are loaded, ready for a first render. */
export async function prepareI18n(language: Language = detectLanguage()): Promise<I18n> {
  await loadPart(language, 'shell');
  return createI18n(language);
}

/**
 * An instance with the strings loaded so far (prepareI18n loads the language's shell first; tests load
 * everything up front with loadAllStrings). Anything else loads through the backend.
 */
export function createI18n(language: Language = detectLanguage()): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    LANGUAGES.flatMap((lng) => {
      const bundle = loadedBundle(lng);
      return bundle ? [[lng, { translation: bundle }]] : [];
    }),
  );
  void instance
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      resources,
      // The bundled resources are a start; the backend loads the rest.
      partialBundledLanguages: true,
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

/** Every string of every language, for tests that render an area's components on their own. */
export async function loadAllStrings(): Promise<void> {
  for (const area of AREA_STRINGS) areasInUse.add(area);
  await Promise.all(LANGUAGES.map((language) => loadLanguage(language)));
}
