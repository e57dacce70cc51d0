// The start's first script: index.html runs it at once, as its own small file (vite.config.ts), so config.json,
// the sign-in check and the dashboard's sessions are asked for while the app's code is still arriving. The app
// (main.tsx) imports it too, so both share this one start.
import { startEarly } from './app/early-requests';
import { readStoredToken } from './auth/token-storage';
import { loadConfig } from './config/load-config';
import { signInScreenCode } from './features/sign-in/sign-in-screen-code';
import { detectLanguage } from './i18n/detect-language';
import { warmIntl } from './lib/warm-intl';
import { prepareBootScreen } from './app/boot-screen';

export const earlyStart = startEarly({
  config: loadConfig(),
  token: readStoredToken(),
  pathname: window.location.pathname,
  onSignedOut: signInScreenCode.prefetch,
});

const language = detectLanguage();
prepareBootScreen(language, () => window.matchMedia('(prefers-color-scheme: dark)').matches);
warmIntl(language);
