import type { Page } from '@playwright/test';
import { demoUser, submitPassword } from '../support/portal';
import { expect as baseExpect, test } from './support/fixtures';
import { SCRIPTED, preauthorisedPath, putFile, signIn } from './support/platform-files';

// What a user's stored bytes can do on the portal's origin, through nginx (deploy/nginx): nothing. cavern
// serves a file "inline" with the type its uploader chose; nginx turns every /arc answer into a download
// that cannot render as a page here, and the image preview trusts only the bytes' own signature.

const expect = baseExpect.configure({ timeout: 15_000 });

declare global {
  interface Window {
    /** Called by the stored script below if it ever runs on the portal's origin. */
    __stolen?: (what: string) => Promise<void>;
  }
}

/** The attacker's script: reads the tab's sessionStorage (where the token lives) and reports it. */
const STEALER = 'window.__stolen && window.__stolen(JSON.stringify(Object.entries(sessionStorage)));\n';

/** Resolves with what the stored script read, if it runs in any page of the test. */
async function watchForStolenToken(page: Page): Promise<{ stolen: Promise<string> }> {
  let report: (what: string) => void = () => undefined;
  const stolen = new Promise<string>((resolve) => {
    report = resolve;
  });
  await page.context().exposeBinding('__stolen', (_source, what: string) => {
    report(what);
  });
  return { stolen };
}

async function signedInAt(page: Page, path: string) {
  await page.goto(path);
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(page.getByRole('grid')).toBeVisible();
  // The token the attack is after is really in this tab.
  expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);
}

/** evil.html and the x.js it loads (through its own pre-authorised URL, which needs no token). */
async function storeTheAttack(page: Page): Promise<{ token: string }> {
  const token = await signIn(page.request);
  await putFile(page.request, token, '/home/jdoe/x.js', 'text/javascript', STEALER);
  const script = await preauthorisedPath(page.request, token, '/home/jdoe/x.js');
  await putFile(
    page.request,
    token,
    '/home/jdoe/evil.html',
    'text/html',
    `<!doctype html><title>Quarterly report</title><script src="${script}"></script><p>Nothing to see.</p>\n`,
  );
  return { token };
}

/** Navigates the signed-in tab to `path`: a download must start, and the stored script must not run. */
async function openInTheTab(page: Page, path: string, stolen: Promise<string>) {
  const download = page.waitForEvent('download');
  await page.evaluate((url) => {
    location.assign(url);
  }, path);
  const outcome = await Promise.race([
    download.then((file) => `downloaded ${file.suggestedFilename()}`),
    stolen.then((what) => `the stored script ran and read ${what}`),
  ]);
  expect(outcome).toBe('downloaded evil.html');
  // The portal stays where it was.
  await expect(page.getByRole('grid')).toBeVisible();
}

test('a stored HTML page with a script, opened by its pre-authorised URL, downloads and runs nothing', async ({
  page,
}) => {
  const { stolen } = await watchForStolenToken(page);
  await storeTheAttack(page);
  const token = await signIn(page.request);
  const link = await preauthorisedPath(page.request, token, '/home/jdoe/evil.html');
  await signedInAt(page, '/storage/home/jdoe');
  await openInTheTab(page, link, stolen);
});

test('the same page opened by its /arc/files path with the user’s credentials downloads and runs nothing', async ({
  page,
}) => {
  const { stolen } = await watchForStolenToken(page);
  const { token } = await storeTheAttack(page);
  // A browser that carries credentials on navigations (real cavern also takes the CADC_SSO cookie).
  await page.route('**/arc/files/home/jdoe/**', (route) =>
    route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${token}` } }),
  );
  await signedInAt(page, '/storage/home/jdoe');
  await openInTheTab(page, '/arc/files/home/jdoe/evil.html', stolen);
});

test('every /arc answer is an attachment with a sandboxing policy; other answers keep their own', async ({
  request,
}) => {
  const token = await signIn(request);
  const auth = { Authorization: `Bearer ${token}` };
  const headerValues = async (path: string, name: string, options = {}) => {
    const response = await request.get(path, { headers: auth, ...options });
    expect(response.status(), path).toBeLessThan(400);
    return response
      .headersArray()
      .filter((header) => header.name.toLowerCase() === name)
      .map((header) => header.value);
  };

  const file = await request.get('/arc/files/home/jdoe/notes.txt', { headers: auth });
  // cavern's "inline" becomes "attachment", keeping cavern's filename.
  expect(file.headers()['content-disposition']).toBe('attachment; filename="notes.txt"');
  expect(file.headers()['x-content-type-options']).toBe('nosniff');
  const policies = await headerValues('/arc/files/home/jdoe/notes.txt', 'content-security-policy');
  expect(policies).toContain('sandbox');
  // The portal's own policy is still there: both are enforced.
  expect(policies.some((policy) => policy.includes("default-src 'self'"))).toBe(true);

  const link = await preauthorisedPath(request, token, '/home/jdoe/notes.txt');
  const preauthorised = await request.get(link);
  expect(preauthorised.headers()['content-disposition']).toBe('attachment; filename="notes.txt"');
  expect(await headerValues(link, 'content-security-policy')).toContain('sandbox');

  // A package: /arc/synctrans 303s to /arc/pkg/<id>/run, which streams the archive under cavern's name.
  const archive = await request.post('/arc/synctrans', {
    headers: { ...SCRIPTED, ...auth, 'Content-Type': 'text/xml' },
    data: `<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1">
  <vos:target>vos://cadc.nrc.ca~arc/home/jdoe/notes.txt</vos:target>
  <vos:direction>pullFromVoSpace</vos:direction>
  <vos:view uri="vos://cadc.nrc.ca~vospace/CADC/std/Pkg-1.0">
    <vos:param uri="ivo://ivoa.net/vospace/core#format">application/zip</vos:param>
  </vos:view>
  <vos:protocol uri="ivo://ivoa.net/vospace/core#httpsget"/>
</vos:transfer>`,
  });
  expect(archive.status()).toBe(200);
  expect(new URL(archive.url()).pathname).toMatch(/^\/arc\/pkg\/[^/]+\/run$/);
  expect(archive.headers()['content-disposition']).toBe('attachment;filename=cavern-download-notes.txt.zip');
  expect(
    archive
      .headersArray()
      .filter((header) => header.name.toLowerCase() === 'content-security-policy')
      .map((header) => header.value),
  ).toContain('sandbox');

  // Nothing of this on the app's own files or the other services.
  for (const path of ['/', '/config.json', '/skaha/v1/session']) {
    expect(await headerValues(path, 'content-security-policy'), path).toHaveLength(1);
    expect(await headerValues(path, 'content-disposition'), path).toEqual([]);
  }
});

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('an image preview trusts the bytes, not the Content-Type: SVG named .png is not shown, a PNG is', async ({
  page,
}) => {
  const { stolen } = await watchForStolenToken(page);
  let ran = '';
  void stolen.then((what) => {
    ran = what;
  });
  const token = await signIn(page.request);
  await putFile(
    page.request,
    token,
    '/home/jdoe/x.png',
    'image/svg+xml',
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>${STEALER}</script><rect width="40" height="40" fill="red"/></svg>\n`,
  );
  // A real PNG whose uploader gave no image type still previews.
  await putFile(page.request, token, '/home/jdoe/photo.png', 'application/octet-stream', PNG);
  await signedInAt(page, '/storage/home/jdoe');
  const row = (name: string) => page.getByRole('grid').getByRole('row').filter({ hasText: name });

  await row('x.png').dblclick();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(
    'This file cannot be previewed: its contents are not a PNG, JPEG, GIF or WebP image.',
  );
  await expect(dialog.getByRole('img', { name: /^Image / })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await row('photo.png').dblclick();
  const picture = page.getByRole('dialog').getByRole('img', { name: 'Image photo.png' });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1);
  expect(ran).toBe('');
});
