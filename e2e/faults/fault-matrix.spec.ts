import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { callsOnTheirWay, demoUser, submitPassword } from '../support/portal';
import { faults, inject, PAST_CLIENT_TIMEOUT, type Fault } from './inject';
import { expectShell, surfaces, type Phase, type ServiceKey, type Surface } from './surfaces';
import { demoUrl, signInWithToken } from './support';

// The fault matrix: each platform service × each way it can fail, one test per case so a failure names it.
// e2e/faults/matrix-reporter.ts counts the cases that hold. Hosted on the production build in front of the
// fake platform's HTTP server (cadc sign-in), where page.route sees every call.

const services = Object.keys(surfaces).filter((key): key is ServiceKey => key in surfaces);

/** What the message says, for each fault (errors.* in src/i18n/en.ts). */
function expectedText(fault: Exclude<Fault, '401'>, label: string): string | RegExp {
  switch (fault) {
    case '500':
      return `${label} answered 500`;
    // the injected 503 says only its status's words: the service is down for now (describe-error.ts)
    case '503':
      return `${label} is unavailable for the moment (503). Try again in a minute.`;
    case 'timeout':
      return `${label} did not answer in time.`;
    case 'malformed':
      return `${label} sent an answer the portal does not understand`;
    case 'offline':
      return `You appear to be offline: ${label} could not be reached.`;
  }
}

const BACK_OFF_STEP = 1_000;

/** The platform services' same-origin paths (the default `services` of config.json). */
const platformPaths = /^\/(skaha|arc|ac|harbor|prometheus)\//;

const expiredDialog = (page: Page) => page.getByRole('dialog', { name: 'Your sign-in has expired' });

test.describe('fault matrix', () => {
  for (const service of services) {
    for (const fault of faults) {
      test(`${service} × ${fault}`, async ({
        page,
        context,
        fakePlatform,
        fakePlatformUrl,
        consoleGuard,
      }) => {
        const surface = surfaces[service];
        // Chromium logs each refused or unreachable call: that is the fault this case makes.
        consoleGuard.allow(/status of (401|500|503)|net::ERR_INTERNET_DISCONNECTED/, 'the injected fault');

        if (fault === '401') {
          await unauthorizedMidFlow(page, service, surface, fakePlatform, fakePlatformUrl);
          return;
        }
        // A controllable clock: the client's 30 s timeout and the automatic retries' back-off (1 s, 2 s) pass
        // without the test waiting for them; otherwise time runs as usual.
        await page.clock.install();
        if (surface.signedIn) await signInWithToken(page, fakePlatformUrl);
        await page.goto(surface.url);
        // meetFault waits for the surface to be ready before the fault comes
        await meetFault(page, context, fault, surface.label, surface);
        if (surface.followUp) await meetFault(page, context, fault, surface.label, surface.followUp);
        await expectShell(page);
      });
    }
  }
});

/**
 * The fault meets the phase's request: the message names the service, the frame and the input are still
 * there; once the fault clears, the retry completes the phase.
 */
async function meetFault(
  page: Page,
  context: BrowserContext,
  fault: Exclude<Fault, '401'>,
  label: string,
  phase: Phase,
) {
  await phase.ready?.(page);
  const injected = await inject(page, context, fault, phase.target(fault === 'offline' ? '500' : fault));
  await phase.input(page);
  await phase.act(page);
  if (fault === 'offline' && phase.waitsOffline) {
    // nothing is sent: the flow says it waits, and goes on by itself once the network is back
    await phase.waitsOffline(page);
    await phase.expectFrame(page);
    await injected.clear();
    await page.waitForFunction(() => navigator.onLine);
    await phase.expectDone(page);
    return;
  }
  await injected.seen;
  if (fault === 'timeout') await page.clock.fastForward(PAST_CLIENT_TIMEOUT);
  const message = phase.message(page);
  await expect(async () => {
    // Skips the back-off between automatic retries of what may pass on its own (5xx, no network), and the
    // pauses of a launch that got no answer of skaha's (a malformed one) before it reads the list again.
    if (fault !== 'timeout') await page.clock.fastForward(BACK_OFF_STEP);
    await expect(message).toContainText(expectedText(fault, label), { timeout: 500 });
  }).toPass({ timeout: 15_000, intervals: [100] });
  await expect(phase.retry(page)).toBeVisible();
  await phase.expectFrame(page);
  await phase.expectInputKept(page);

  await injected.clear();
  if (fault === 'offline') await page.waitForFunction(() => navigator.onLine);
  // Back online, every message here keeps its Retry until the user clicks it (no failed read of these flows
  // comes back by itself), so a Retry that is gone or does nothing fails the case.
  await phase.retry(page).click();
  await phase.expectDone(page);
}

/**
 * The token is revoked mid-flow (for real, by the fake platform). The sign-in dialog opens over the page,
 * the user signs in again, and the input is still there and the action completes. For ac itself, whoami
 * refuses the stored token: the sign-in screen at the same address, then that page with its input.
 */
async function unauthorizedMidFlow(
  page: Page,
  service: ServiceKey,
  surface: Surface,
  fakePlatform: { revokeTokens: () => Promise<void> },
  fakePlatformUrl: string | undefined,
) {
  if (service === 'harbor') {
    await harborUnauthorized(page);
    return;
  }
  if (service === 'ac') {
    await signInWithToken(page, fakePlatformUrl);
    await page.goto('/sessions?q=carta');
    await expect(page.getByRole('main').getByRole('article', { name: 'carta-m31' })).toBeVisible();
    await fakePlatform.revokeTokens();
    await page.reload();
    await surface.ready(page);
    await surface.input(page);
    await surface.act(page);
    await surface.expectDone(page);
    await expect(page).toHaveURL(/\/sessions\?q=carta$/);
    return;
  }
  await signInWithToken(page, fakePlatformUrl);
  // The page's first reads (with the notice of sessions ending soon, which shows nothing) answered before the
  // token is revoked: one answered after would open the dialog before the user's action, over what it clicks.
  const calls = callsOnTheirWay(page, (url) => platformPaths.test(new URL(url).pathname));
  await page.goto(surface.url);
  await surface.ready(page);
  await surface.input(page);
  await calls.settled();
  await fakePlatform.revokeTokens();
  await surface.act(page);

  const dialog = expiredDialog(page);
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await surface.expectFrame(page);
  await (surface.expectHeldForSignIn ?? surface.expectInputKept)(page);
  await submitPassword(dialog, demoUser.username, demoUser.password);
  await expect(dialog).toBeHidden();
  // The launch waits for the user to send it again, from the form as they left it: the refusal that opened the
  // dialog no longer holds, and is gone. Reads and uploads start again by themselves.
  if (service === 'skaha') {
    await surface.expectInputKept(page);
    await expect(surface.message(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Launch', exact: true }).click();
  }
  await surface.expectDone(page);
}

/**
 * Harbor never ends a sign-in: a token it cannot verify makes the caller anonymous
 * (HB:src/server/middleware/security/idtoken.go), so after the token is revoked the search still finds what
 * Harbor shows anyone, and the portal stays signed in. This runs on the demo build, whose Harbor calls carry the
 * signed-in token (a cadc portal browses Harbor anonymously).
 */
async function harborUnauthorized(page: Page) {
  const surface = surfaces.harbor;
  // Every page reads the sessions once its first paint is done (the notice of a session about to end): with the
  // token still good, or that read, not Harbor's, would end the sign-in.
  const sessionsRead = page.waitForResponse(
    (response) =>
      response.request().method() === 'GET' && new URL(response.url()).pathname.endsWith('/v1/session'),
  );
  await page.goto(demoUrl('/images'));
  await surface.ready(page);
  await sessionsRead;
  await page.evaluate(() => {
    window.__fakePlatform?.revokeTokens();
  });
  await surface.input(page);
  await surface.expectDone(page);
  await surface.expectInputKept(page);
  await expect(expiredDialog(page)).toBeHidden();
  await surface.expectFrame(page);
}
