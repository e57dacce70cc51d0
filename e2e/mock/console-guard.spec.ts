import { expect, test } from '../support/fixtures';

// MSW lets go of a page at beforeunload; a poll the page still sends before it is gone reaches the web server,
// whose 404 Chromium logs. That is the demo's, not the portal's, and must not fail a test that navigates.
test('a poll from a page already leaving the fake platform does not count as the portal’s error', async ({
  page,
  consoleGuard,
}) => {
  await page.goto('/sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  const status = await page.evaluate(async () => {
    window.dispatchEvent(new Event('beforeunload'));
    // The worker hears of it by a message, on its own time; a fetch it still takes for the page is answered by
    // the page's fake platform. With this page its only client, the worker unregisters itself once it has let
    // go of the page, and from then on leaves every fetch to the network.
    while (await navigator.serviceWorker.getRegistration())
      await new Promise((resolve) => setTimeout(resolve, 20));
    const response = await fetch('/skaha/v1/session/left0001?view=events', {
      headers: { Accept: 'text/plain' },
    });
    return response.status;
  });
  expect(status).toBe(404);
  // Chromium logged it; the guard sees it and lets it pass at the end of the test
  await expect
    .poll(() => consoleGuard.messages.some((text) => text.includes('/skaha/v1/session/left0001?view=events')))
    .toBe(true);
});
