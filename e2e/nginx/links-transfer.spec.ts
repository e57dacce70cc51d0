import type { Page } from '@playwright/test';
import { demoUser, submitPassword } from '../support/portal';
import { expect as baseExpect, test } from './support/fixtures';

// A cavern (or something in front of it) whose transfer details point the download away from the portal:
// the portal refuses the endpoint with the storage service's name, and nothing is requested from, or
// navigated to, what it named.

const expect = baseExpect.configure({ timeout: 15_000 });
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
/** Another origin, derived from this run's offset like every port of the suite; nothing need listen there. */
const ELSEWHERE = `http://127.0.0.1:${4199 + offset}`;

const row = (page: Page, name: string) => page.getByRole('grid').getByRole('row').filter({ hasText: name });

/** Rewrites the endpoint of every download negotiation's transfer details, as a hostile cavern would. */
async function transferEndpoint(page: Page, endpoint: string) {
  // fetch follows cavern's 303 to the details inside one request, so the negotiation itself is answered.
  await page.route('**/synctrans', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      /<vos:endpoint>[^<]*<\/vos:endpoint>/g,
      `<vos:endpoint>${endpoint.replaceAll('&', '&amp;')}</vos:endpoint>`,
    );
    await route.fulfill({ response, body });
  });
}

for (const [what, endpoint] of [
  ['another origin', `${ELSEWHERE}/download/notes.txt`],
  ['a javascript: URL', `javascript:alert(document.domain)`],
] as const) {
  test(`a download whose endpoint is ${what} is refused and never followed`, async ({ page }) => {
    const elsewhere: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(ELSEWHERE) || request.url().startsWith('javascript:'))
        elsewhere.push(request.url());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('download', (download) => {
      elsewhere.push(`download ${download.url()}`);
    });
    await transferEndpoint(page, endpoint);

    await page.goto('/storage/home/jdoe');
    await submitPassword(page, demoUser.username, demoUser.password);
    await row(page, 'notes.txt').click();
    await page.getByRole('button', { name: 'Download' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Storage service' });
    await expect(alert).toContainText('Storage service');
    await expect(alert).toContainText(
      endpoint.startsWith('javascript:')
        ? 'the download address is not http(s)'
        : `the download address is not on this portal: ${ELSEWHERE}`,
    );
    expect(elsewhere).toEqual([]);
    expect(dialogs).toEqual([]);
    await expect(page).toHaveURL(/\/storage\/home\/jdoe$/);
  });
}
