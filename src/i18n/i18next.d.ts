import 'i18next';
import type { EnglishStrings } from './translation';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishStrings };
  }
}
