import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from '../support/fixtures';
import { signedInToStorage, storageRow } from '../support/portal';

// Over real HTTP: the production build behind `vite preview`'s proxy, in front of the fake platform's server.

/** Chromium's save dialog cannot be answered by automation: take the path of browsers without one. */
async function withoutSaveDialog(page: Page) {
  await page.addInitScript(() => {
    Reflect.deleteProperty(Window.prototype, 'showSaveFilePicker');
    Reflect.deleteProperty(window, 'showSaveFilePicker');
  });
}

async function selectThree(page: Page) {
  await storageRow(page, 'catalog.csv').click();
  await storageRow(page, 'notes.txt').click({ modifiers: ['ControlOrMeta'] });
  await storageRow(page, 'data')
    .first()
    .click({ modifiers: ['ControlOrMeta'] });
}

test.describe('storage packages over HTTP', () => {
  test('posts one transfer with the package view and every target, and follows the job to the archive with the token', async ({
    page,
  }) => {
    await withoutSaveDialog(page);
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await signedInToStorage(page, '/storage/home/jdoe');
    await selectThree(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as ZIP' }).click();
    const file = await download;

    const post = requests.find(
      (request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/arc/synctrans'),
    );
    expect(post).toBeDefined();
    const body = post?.postData() ?? '';
    expect(body).toContain(
      '<vos:view uri="vos://cadc.nrc.ca~vospace/CADC/std/Pkg-1.0"><vos:param uri="ivo://ivoa.net/vospace/core#format">application/zip</vos:param></vos:view>',
    );
    expect([...body.matchAll(/<vos:target>([^<]*)<\/vos:target>/g)].map((match) => match[1])).toEqual([
      'vos://cadc.nrc.ca~arc/home/jdoe/data',
      'vos://cadc.nrc.ca~arc/home/jdoe/catalog.csv',
      'vos://cadc.nrc.ca~arc/home/jdoe/notes.txt',
    ]);
    expect(body).toContain('<vos:direction>pullFromVoSpace</vos:direction>');
    expect(body).toContain('<vos:protocol uri="ivo://ivoa.net/vospace/core#httpsget"/>');
    expect(await post?.headerValue('content-type')).toBe('text/xml');

    // cavern's chain: 303 to the job's run, 303 to the package runner; each hop carries the token.
    const chain = requests.filter((request) => /\/arc\/(synctrans|pkg)\//.test(request.url()));
    expect(
      chain.map((request) => new URL(request.url()).pathname.replace(/\/[^/]+\/run$/, '/<id>/run')),
    ).toEqual(['/arc/synctrans/<id>/run', '/arc/pkg/<id>/run']);
    for (const request of [post, ...chain]) {
      expect(await request?.headerValue('authorization')).toMatch(/^Bearer \S+$/);
    }

    expect(file.suggestedFilename()).toBe('jdoe-3-items.zip');
    const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining(['catalog.csv', 'notes.txt', 'data/', 'data/raw/exposure-3.fits']),
    );
    expect(new TextDecoder().decode(entries['notes.txt'])).toContain('notes.txt: observing notes');
    await expect(page.getByRole('region', { name: 'Downloads' }).getByText(/^Saved · /)).toBeVisible();

    const token = await page.evaluate(() => sessionStorage.getItem('science-portal.token'));
    expect(token).toBeTruthy();
    expect(requests.map((request) => request.url()).filter((url) => token && url.includes(token))).toEqual(
      [],
    );
  });

  test('downloads the files one by one where cavern refuses the package view', async ({
    page,
    fakePlatform,
    consoleGuard,
  }) => {
    consoleGuard.allow(/status of 501 .*\/arc\/synctrans/, 'the package view is refused on purpose');
    await fakePlatform.reset('storage-no-packages');
    await withoutSaveDialog(page);
    await signedInToStorage(page, '/storage/home/jdoe');
    await storageRow(page, 'catalog.csv').click();
    await storageRow(page, 'notes.txt').click({ modifiers: ['ControlOrMeta'] });
    const names: string[] = [];
    page.on('download', (file) => names.push(file.suggestedFilename()));
    await page.getByRole('button', { name: 'Download as ZIP' }).click();
    await expect(page.getByText('2 files downloaded one by one')).toBeVisible();
    await expect.poll(() => names.sort()).toEqual(['catalog.csv', 'notes.txt']);
  });
});
