import type { en } from './en';
import type { demo } from './en/demo';
import type { images } from './en/images';
import type { launch } from './en/launch';
import type { sessions } from './en/sessions';
import type { storage } from './en/storage';
import type { usage } from './en/usage';

/**
 * The areas whose strings are files of their own (`./<language>/<area>.ts`), loaded with the area; the launch
 * form's load with the form, so the dashboard does not carry them; the demo's load in demo mode only.
 */
export const AREA_STRINGS = ['sessions', 'launch', 'images', 'storage', 'usage', 'demo'] as const;
export type AreaStrings = (typeof AREA_STRINGS)[number];

/** Every English string: the shell's and each area's, under the area's name. */
export type EnglishStrings = typeof en & {
  sessions: typeof sessions;
  launch: typeof launch;
  images: typeof images;
  storage: typeof storage;
  usage: typeof usage;
  demo: typeof demo;
};

/** The shape every language must fill: the English keys, any string as value. */
type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Translation = Strings<EnglishStrings>;
export type ShellTranslation = Strings<typeof en>;

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.some((language) => language === value);
}
