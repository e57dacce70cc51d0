import { expect, type Page } from '@playwright/test';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

/** The demo build (fake platform in the page, demo sign-in), served for the mock project. */
export const demoUrl = (path: string): string => `http://127.0.0.1:${4173 + offset}${path}`;

/**
 * Signed in without the sign-in form: a token from the fake platform, put where the portal keeps it
 * (sessionStorage) before the app starts, so the portal restores it with whoami as after a reload.
 */
export async function signInWithToken(page: Page, fakePlatformUrl: string | undefined): Promise<void> {
  if (!fakePlatformUrl) throw new Error('the faults project needs the fake platform server');
  const response = await page.request.post(`${fakePlatformUrl}/__fake/token?username=jdoe`);
  expect(response.ok()).toBe(true);
  const token = await response.text();
  await page.addInitScript((value) => {
    // Only the first load: a later reload keeps whatever the tab holds then (a renewed or a revoked token).
    if (window.sessionStorage.getItem('science-portal.token') === null) {
      window.sessionStorage.setItem('science-portal.token', value);
    }
  }, token);
}
