import { expect, type Locator, type Page, type Request } from '@playwright/test';

/** The demo users of the fake platform (mocks/platform/users.ts); passwords are public on purpose. */
export const demoUser = { username: 'jdoe', password: 'demo-jdoe', displayName: 'Jane Doe' } as const;

export const signInHeading = (page: Page): Locator =>
  page.getByRole('heading', { level: 1, name: 'Sign in to the Science Portal' });

export const sessionsHeading = (page: Page): Locator =>
  page.getByRole('heading', { level: 1, name: 'Sessions' });

export const sessionFilter = (page: Page): Locator => page.getByRole('textbox', { name: 'Filter sessions' });

export const accountMenu = (page: Page, displayName: string = demoUser.displayName): Locator =>
  page.getByRole('button', { name: `Account menu for ${displayName}` });

/** A session's tile on the sessions page (an article named by the session's name). */
export const sessionCell = (page: Page, name: string): Locator =>
  page.getByRole('main').getByRole('article', { name, exact: true });

/** A row of the folder shown in storage, by a name it holds. */
export const storageRow = (page: Page, name: string): Locator =>
  page.getByRole('grid').getByRole('row').filter({ hasText: name });

/** Opens a storage folder of a deployment that asks for the CADC password, signed in as the demo user. */
export async function signedInToStorage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(page.getByRole('grid')).toBeVisible();
}

/** Fills the CADC password form, wherever it is (the sign-in page or the expired-sign-in dialog). */
export async function submitPassword(
  scope: Page | Locator,
  username: string,
  password: string,
): Promise<void> {
  // The dialog pre-fills the user name; fill() replaces it either way.
  await scope.getByRole('textbox', { name: 'Username' }).fill(username);
  await scope.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await scope.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function expectSeededSessions(page: Page): Promise<void> {
  await expect(sessionsHeading(page)).toBeVisible();
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expect(sessionCell(page, 'carta-m31')).toBeVisible();
}

/** Chromium logs every 4xx/5xx fetch as a console error; this matches one for a given path. */
export function failedLoad(status: number, path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`status of ${status} .*${escaped}`);
}

/**
 * The page's calls whose URL `matches` that are still on their way, counted from now: `settled()` waits until
 * none is. A call already sent when a test changes the platform (revokes the token) may be answered either way.
 */
export function callsOnTheirWay(page: Page, matches: (url: string) => boolean) {
  const onTheirWay = new Set<Request>();
  page.on('request', (request) => {
    if (matches(request.url())) onTheirWay.add(request);
  });
  page.on('requestfinished', (request) => onTheirWay.delete(request));
  page.on('requestfailed', (request) => onTheirWay.delete(request));
  return { settled: () => expect.poll(() => onTheirWay.size).toBe(0) };
}
