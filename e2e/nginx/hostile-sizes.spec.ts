import type { Page, Route } from '@playwright/test';
import { demoUser, submitPassword } from '../support/portal';
import { expect as baseExpect, test } from './support/fixtures';

// Hostile sizes and shapes from the services, on the production build behind nginx: 50,000 sessions, listing
// children that are not inside the folder shown, an invalid character reference in a large listing, and a
// name holding a bidirectional override.

const expect = baseExpect.configure({ timeout: 15_000 });

const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** skaha's list of 50,000 running notebooks, in its wire format. */
function fiftyThousandSessions(): string {
  const start = stamp(Date.now() - 3_600_000);
  const expiry = stamp(Date.now() + 3 * 86_400_000);
  return JSON.stringify(
    Array.from({ length: 50_000 }, (_, index) => ({
      id: `s${String(index).padStart(7, '0')}`,
      userid: demoUser.username,
      type: 'notebook',
      status: 'Running',
      name: `field-${String(index).padStart(5, '0')}`,
      image: 'images.canfar.net/skaha/astroml-notebook:26.03',
      connectURL: `https://ws-uv.canfar.net/session/notebook/s${index}/lab`,
      startTime: start,
      expiryTime: expiry,
      requestedRAM: '8G',
      requestedCPUCores: '2',
      requestedGPUCores: '0',
      ramInUse: '1.50',
      cpuCoresInUse: '0.100',
      isFixedResources: false,
    })),
  );
}

async function signedInAt(page: Page, path: string) {
  await page.goto(path);
  await submitPassword(page, demoUser.username, demoUser.password);
}

test('50,000 sessions keep the dashboard to a page of tiles, and the filter still searches them all', async ({
  page,
}) => {
  const body = fiftyThousandSessions();
  await page.route(
    (url) => url.pathname === '/skaha/v1/session' && !url.searchParams.has('view'),
    (route: Route) =>
      route.request().method() === 'GET'
        ? route.fulfill({ contentType: 'application/json', body })
        : route.fallback(),
  );
  await signedInAt(page, '/sessions');
  const live = page.getByRole('region', { name: 'Active sessions' });
  await expect(live.getByRole('heading', { name: 'field-00000', exact: true })).toBeVisible({
    timeout: 30_000,
  });
  const tiles = await page.getByRole('article').count();
  expect(tiles).toBeGreaterThan(0);
  expect(tiles).toBeLessThanOrEqual(100);
  await expect(live.getByText('Showing 60 of 50,000')).toBeVisible();
  await page.getByRole('textbox', { name: 'Filter sessions' }).fill('field-49999');
  await expect(live.getByRole('article')).toHaveCount(1);
  await expect(live.getByRole('heading', { name: 'field-49999', exact: true })).toBeVisible();
});

/** A child element of the folder's listing, taken from the real answer and moved to `uri`. */
function childAt(listing: string, uri: string): string {
  const from = listing.indexOf('<vos:node ', listing.indexOf('<vos:nodes>'));
  const to = listing.indexOf('</vos:node>', from) + '</vos:node>'.length;
  const child = listing.slice(from, to);
  return child.replace(/uri="[^"]*"/, `uri="${uri}"`);
}

test('a listing cannot point an action outside the folder, and a name cannot pose as another', async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname === '/arc/nodes/home/jdoe',
    async (route: Route) => {
      const response = await route.fetch();
      const listing = await response.text();
      const extra = [
        childAt(listing, 'vos://cadc.nrc.ca~arc/home/mchen/secret-plan.txt'),
        childAt(listing, 'vos://cadc.nrc.ca~arc/home/jdoe/data/deeper-file.txt'),
        childAt(listing, 'vos://cadc.nrc.ca~arc/home/jdoe/invoice%E2%80%AEfdp.exe'),
      ].join('');
      await route.fulfill({ response, body: listing.replace('<vos:nodes>', `<vos:nodes>${extra}`) });
    },
  );
  await signedInAt(page, '/storage/home/jdoe');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').filter({ hasText: 'm31_deep.fits' })).toBeVisible();
  await expect(grid.getByText('invoice<U+202E>fdp.exe')).toBeVisible();
  await expect(grid.getByText('secret-plan.txt')).toHaveCount(0);
  await expect(grid.getByText('deeper-file.txt')).toHaveCount(0);
});

test('an invalid character reference in a large listing is a clean malformed-answer error', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/malformed|not understand/i, 'the listing is broken on purpose');
  await page.route(
    (url) => url.pathname === '/arc/nodes/home/jdoe/data',
    async (route: Route) => {
      const response = await route.fetch();
      const listing = await response.text();
      // past the size at which the portal reads children with its text scanner (512 KB)
      const many = Array.from({ length: 3000 }, (_, index) =>
        childAt(listing, `vos://cadc.nrc.ca~arc/home/jdoe/data/pad-${index}.fits`),
      ).join('');
      const bad = childAt(listing, 'vos://cadc.nrc.ca~arc/home/jdoe/data/bad&#0;name.fits');
      const body = listing.replace('<vos:nodes>', `<vos:nodes>${bad}${many}`);
      expect(body.length).toBeGreaterThan(512 * 1024);
      await route.fulfill({ response, body });
    },
  );
  await signedInAt(page, '/storage/home/jdoe/data');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Storage service sent an answer the portal does not understand' }),
  ).toBeVisible();
  await expect(page.getByRole('grid').getByText('pad-1.fits')).toHaveCount(0);
});
