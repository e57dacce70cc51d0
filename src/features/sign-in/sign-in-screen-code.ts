import { loadMantineStyles } from '@/components/styles/load-mantine-styles';
import { loadOnce } from '@/lib/load-once';

/**
 * The sign-in screen's code and styles, fetched once: by the auth gate when it shows the screen, and earlier by
 * the start (start-early.ts) when whoami has already said no, so they arrive beside the app's own code.
 */
export const signInScreenCode = loadOnce(async () => {
  const [screen] = await Promise.all([import('./sign-in-screen'), loadMantineStyles()]);
  return screen.SignInScreen;
});
