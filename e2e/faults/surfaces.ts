import { expect, type Locator, type Page } from '@playwright/test';
import { demoUser, sessionCell, sessionFilter, signInHeading } from '../support/portal';
import type { Target } from './inject';

export type ServiceKey = 'skaha' | 'storage' | 'ac' | 'harbor' | 'usage';

/** One step of a flow that meets a fault: what the user does, where they are told, how they retry. */
export interface Phase {
  /**
   * What the input needs on screen before the fault comes, where it is a part loaded after the first paint:
   * offline, that part could not load, and the case would test the part's loading instead of the service.
   */
  ready?: (page: Page) => Promise<void>;
  /** What the user types or picks before the action; it must survive the fault. */
  input: (page: Page) => Promise<void>;
  /** The user's action whose request meets the fault (typing may already be it). */
  act: (page: Page) => Promise<void>;
  expectInputKept: (page: Page) => Promise<void>;
  /** What stands for the input while the sign-in has expired, where it differs (uploads wait rather than fail). */
  expectHeldForSignIn?: (page: Page) => Promise<void>;
  /** Where the failure is told (an alert naming the service, or the upload's row). */
  message: (page: Page) => Locator;
  /** The retry control of that message. */
  retry: (page: Page) => Locator;
  expectDone: (page: Page) => Promise<void>;
  target: (fault: 'timeout' | 'malformed' | '500' | '503') => Target;
  /** No blank screen while it fails: the shell (or, signed out, the sign-in card) is still there. */
  expectFrame: (page: Page) => Promise<void>;
  /**
   * A flow that does not send while the browser is offline: it says it waits, and goes on by itself once the
   * network is back (no Retry). Without it, offline is a failure told like the others.
   */
  waitsOffline?: (page: Page) => Promise<void>;
}

/**
 * One service's flow in the matrix: a page with data, something the user typed or chose, the action whose
 * request meets the fault, and what "done" looks like once the retry went through; for skaha a second step
 * (the sessions list) meets the same fault.
 */
export interface Surface extends Phase {
  /** How the portal names the service (errors.service.* in src/i18n/en.ts). */
  label: string;
  /** Signed in (a token in this tab) before the page loads; ac starts signed out. */
  signedIn: boolean;
  url: string;
  /** The page has loaded its data (and its code, so going offline later breaks only the API calls). */
  ready: (page: Page) => Promise<void>;
  /** Not for 401 (the expiry e2e spec covers the list). */
  followUp?: Phase;
}

/** The first load of a page waits for its lazy chunk and its first queries; generous on a busy machine. */
const FIRST_DATA = { timeout: 15_000 };
const html = { contentType: 'text/html', body: '<!doctype html><title>Sign in</title><p>Please sign in</p>' };

const alertNaming = (page: Page, label: string) => page.getByRole('alert').filter({ hasText: label }).first();
const tryAgain = (page: Page, label: string) =>
  alertNaming(page, label).getByRole('button', { name: 'Try again' });

export async function expectShell(page: Page): Promise<void> {
  await expect(
    page.getByRole('banner').filter({ has: page.getByRole('link', { name: 'Science Portal' }) }),
  ).toBeVisible();
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const LAUNCH_IMAGE = 'images.canfar.net/skaha/astroml-notebook:26.03';
const SESSION = 'faultcheck';
/**
 * A failed launch: refused (a 401), or with no answer of skaha's own (5xx, timeout, offline, a 200 that is not
 * an id), where the portal reads the list and, the session not being there, offers to send it again.
 */
const launchRefused = (page: Page) =>
  page.getByRole('alert', {
    name: /^(The launch was refused|Not confirmed: the launch may or may not have gone through)$/,
  });
const sessionName = (page: Page) => page.getByRole('textbox', { name: 'Session name' });

/** Polls of the list come every 3 s while a session is Pending, every 60 s otherwise. */
const PAST_NEXT_POLL = '01:01';

/**
 * The list's own message. The poll that meets the fault also reads the platform's load, which a timeout can
 * catch in flight too: that one has its own title and its own Try again, which would not read the list.
 */
const listAlert = (page: Page) => page.getByRole('alert', { name: 'Sessions service: something went wrong' });

/** After the launch: the list, read again on its next poll, meets the same fault. */
const sessionList: Phase = {
  ready: async (page) => {
    await expect(sessionFilter(page)).toBeVisible();
  },
  input: async (page) => {
    await sessionFilter(page).fill(SESSION);
    await expect(sessionCell(page, 'notebook1')).toHaveCount(0);
  },
  act: async (page) => {
    await page.clock.fastForward(PAST_NEXT_POLL);
  },
  // The tiles already shown stay under the message, filtered as they were.
  expectInputKept: async (page) => {
    await expect(sessionFilter(page)).toHaveValue(SESSION);
    await expect(page).toHaveURL(/\/sessions\?q=faultcheck$/);
    await expect(sessionCell(page, SESSION)).toBeVisible();
  },
  message: (page) => listAlert(page),
  retry: (page) => listAlert(page).getByRole('button', { name: 'Try again' }),
  expectDone: async (page) => {
    await expect(listAlert(page)).toHaveCount(0);
    await expect(sessionCell(page, SESSION)).toBeVisible();
  },
  target: () => ({
    method: 'GET',
    path: /^\/skaha\/v1\/session$/,
    search: (params) => !params.has('view'),
    malformed: { contentType: 'application/json', body: '{"sessions": "none"}' },
  }),
  expectFrame: expectShell,
};

const skaha: Surface = {
  label: 'Sessions service',
  signedIn: true,
  url: `/sessions/launch?${new URLSearchParams({ type: 'notebook', image: LAUNCH_IMAGE }).toString()}`,
  ready: async (page) => {
    await expect(page.getByRole('heading', { level: 1, name: 'Launch a session' })).toBeVisible(FIRST_DATA);
    await expect(page.getByText(/interactive sessions/)).toBeVisible(FIRST_DATA);
  },
  input: async (page) => {
    await sessionName(page).fill(SESSION);
  },
  act: async (page) => {
    await page.getByRole('button', { name: 'Launch', exact: true }).click();
  },
  expectInputKept: async (page) => {
    await expect(sessionName(page)).toHaveValue(SESSION);
    await expect(page).toHaveURL(/\/sessions\/launch\?/);
  },
  message: (page) => launchRefused(page),
  retry: (page) => launchRefused(page).getByRole('button', { name: 'Try again' }),
  expectDone: async (page) => {
    await expect(page).toHaveURL(/\/sessions$/);
    await expect(sessionCell(page, SESSION)).toBeVisible();
    await expect(sessionCell(page, 'notebook1')).toBeVisible();
  },
  // The launch itself; a proxy's HTML page with 200 is not a session id.
  target: () => ({ method: 'POST', path: /^\/skaha\/v1\/session$/, malformed: html }),
  expectFrame: expectShell,
  followUp: sessionList,
};

const UPLOAD = 'fault-check.txt';
const uploads = (page: Page) => page.getByRole('region', { name: 'Uploads' });
const uploadRow = (page: Page) => uploads(page).getByRole('listitem').filter({ hasText: UPLOAD });

const storage: Surface = {
  label: 'Storage service',
  signedIn: true,
  url: '/storage/home/jdoe',
  ready: async (page) => {
    await expect(page.getByRole('grid').getByRole('row').filter({ hasText: 'm31_deep.fits' })).toBeVisible(
      FIRST_DATA,
    );
  },
  input: () => Promise.resolve(),
  act: async (page) => {
    await page
      .locator('input[type=file]:not([webkitdirectory])')
      .first()
      .setInputFiles({
        name: UPLOAD,
        mimeType: 'text/plain',
        buffer: Buffer.from('flux 12.5\n'.repeat(400)),
      });
  },
  // Refused by an expired sign-in: waiting, not failed, as it starts again once signed in
  expectHeldForSignIn: async (page) => {
    await expect(uploadRow(page)).toContainText('Paused until you sign in again');
    await expect(uploads(page)).not.toContainText('upload failed');
  },
  // No upload silently lost: it stays listed, as failed, with its own retry.
  expectInputKept: async (page) => {
    await expect(uploadRow(page)).toContainText('Failed');
    await expect(uploads(page)).toContainText('1 upload failed');
  },
  message: (page) => uploadRow(page),
  retry: (page) => uploads(page).getByRole('button', { name: `Retry upload of ${UPLOAD}` }),
  // the upload queue starts nothing offline: the file waits, and the panel says why
  waitsOffline: async (page) => {
    await expect(uploadRow(page)).toContainText('Waiting');
    await expect(uploads(page).getByRole('status')).toHaveText(
      'The browser has no network connection: the uploads waiting start once it is back. An upload cut off meanwhile can be retried.',
    );
  },
  expectDone: async (page) => {
    await expect(uploadRow(page)).toContainText('Uploaded, checksum verified');
    await expect(page.getByRole('grid').getByRole('row').filter({ hasText: UPLOAD })).toBeVisible();
  },
  // 5xx on the upload itself; a hang or a garbled answer on the node read that verifies its checksum.
  target: (fault) =>
    fault === '500' || fault === '503'
      ? { method: 'PUT', path: /^\/arc\/files\/home\/jdoe\/fault-check\.txt$/, malformed: html }
      : {
          method: 'GET',
          path: /^\/arc\/nodes\/home\/jdoe\/fault-check\.txt$/,
          malformed: {
            contentType: 'text/xml',
            body: '<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0"',
          },
        },
  expectFrame: expectShell,
};

const ac: Surface = {
  label: 'Accounts and groups service',
  signedIn: false,
  url: '/sessions?q=carta',
  ready: async (page) => {
    await expect(signInHeading(page)).toBeVisible(FIRST_DATA);
  },
  input: async (page) => {
    await page.getByRole('textbox', { name: 'Username' }).fill(demoUser.username);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(demoUser.password);
  },
  act: async (page) => {
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  },
  expectInputKept: async (page) => {
    await expect(page.getByRole('textbox', { name: 'Username' })).toHaveValue(demoUser.username);
    await expect(page).toHaveURL(/\/sessions\?q=carta$/);
  },
  message: (page) => alertNaming(page, 'Accounts and groups service'),
  retry: (page) => tryAgain(page, 'Accounts and groups service'),
  expectDone: async (page) => {
    await expect(sessionCell(page, 'carta-m31')).toBeVisible();
    await expect(sessionFilter(page)).toHaveValue('carta');
    await expect(sessionCell(page, 'notebook1')).toHaveCount(0);
  },
  // The login call; for a garbled answer, whoami (JSON) that follows it.
  target: (fault) =>
    fault === 'malformed'
      ? { method: 'GET', path: /^\/ac\/whoami$/, malformed: html }
      : { method: 'POST', path: /^\/ac\/login$/, malformed: html },
  expectFrame: async (page) => {
    await expect(signInHeading(page)).toBeVisible();
  },
};

const SEARCH = 'carta';
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search projects and repositories' });

const harbor: Surface = {
  label: 'Image registry',
  signedIn: true,
  url: '/images',
  ready: async (page) => {
    await expect(page.getByRole('table').getByRole('link', { name: 'skaha' })).toBeVisible(FIRST_DATA);
  },
  input: async (page) => {
    await searchBox(page).fill(SEARCH);
  },
  // Typing is the action: the search runs as the text settles.
  act: () => Promise.resolve(),
  expectInputKept: async (page) => {
    await expect(searchBox(page)).toHaveValue(SEARCH);
    await expect(page).toHaveURL(/\/images\?q=carta$/);
  },
  message: (page) => alertNaming(page, 'Image registry'),
  retry: (page) => tryAgain(page, 'Image registry'),
  expectDone: async (page) => {
    await expect(page.getByRole('region', { name: 'Repositories' }).getByRole('link').first()).toContainText(
      'carta',
    );
  },
  target: () => ({
    method: 'GET',
    path: /^\/harbor\/api\/v2\.0\/search$/,
    malformed: { contentType: 'application/json', body: '{"project": "none", "repository": 3}' },
  }),
  expectFrame: expectShell,
};

const week = (page: Page) => page.getByRole('radio', { name: 'Week' });

const usage: Surface = {
  label: 'Usage service',
  signedIn: true,
  url: '/usage?window=day',
  ready: async (page) => {
    await expect(
      page.getByRole('region', { name: 'Top sessions', exact: true }).getByRole('row', { name: /h5c0tt9j/ }),
    ).toBeVisible(FIRST_DATA);
  },
  // Choosing the period is both the input and the request: in the 401 case the token must already be revoked
  // when the user clicks, or the week's queries can finish first and nothing meets the fault.
  input: () => Promise.resolve(),
  act: async (page) => {
    // The segmented control's radio is visually hidden behind its label.
    await page.getByText('Week', { exact: true }).click();
  },
  expectInputKept: async (page) => {
    await expect(week(page)).toBeChecked();
    await expect(page).toHaveURL(/window=week/);
  },
  message: (page) => alertNaming(page, 'Usage service'),
  retry: (page) => tryAgain(page, 'Usage service'),
  expectDone: async (page) => {
    await expect(page.getByText(/^Last week ·/)).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Top sessions', exact: true }).getByRole('row', { name: /h5c0tt9j/ }),
    ).toBeVisible(FIRST_DATA);
    await expect(week(page)).toBeChecked();
  },
  target: () => ({
    method: 'POST',
    path: /^\/prometheus\/api\/v1\/query(_range)?$/,
    malformed: {
      contentType: 'application/json',
      body: '{"status":"success","data":{"resultType":"vector","result":"not a list"}}',
    },
  }),
  expectFrame: expectShell,
};

export const surfaces: Readonly<Record<ServiceKey, Surface>> = { skaha, storage, ac, harbor, usage };
