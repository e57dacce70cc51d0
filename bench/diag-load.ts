// temporary diagnostic (not committed)
import { writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { tmpdir } from 'node:os';
import { localDefaults, startNginx } from '../scripts/nginx';
import { launchChromium, withFakePlatform } from './support';
import { SLOW_LINK } from './figures/load';

await withFakePlatform({ port: 4840 }, async (upstream) => {
  const nginx = await startNginx({
    values: localDefaults({ upstream, listen: '127.0.0.1:4841', root: resolve('dist'), config: resolve('e2e/config/cadc.json') }),
    dir: join(tmpdir(), 'diag-nginx'),
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addInitScript(`
      const observer = new MutationObserver(() => {
        if (!document.querySelector('main article[aria-labelledby]')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => { window.__mark = performance.now(); }, 0));
      });
      observer.observe(document, { subtree: true, childList: true });`);
    await page.goto(`${nginx.url}/`);
    await page.getByRole('textbox', { name: 'Username' }).fill('jdoe');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('demo-jdoe');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
    const runs = Number(process.env.RUNS ?? 1);
    for (let run = 0; run < runs; run++) {
      const trace = process.env.TRACE === '1' && run === runs - 1;
      const events: unknown[] = [];
      if (trace) {
        cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
        await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading'] } });
      }
      await page.goto(`${nginx.url}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __mark?: number }).__mark !== undefined, undefined, { timeout: 60000 });
      const mark = await page.evaluate(() => (window as unknown as { __mark: number }).__mark);
      const res = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => { const r = e as PerformanceResourceTiming; return [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseStart), Math.round(r.responseEnd), r.encodedBodySize]; }));
      console.log('mark', Math.round(mark));
      if (process.env.RES === '1') for (const r of res) console.log('  ', JSON.stringify(r));
      if (trace) {
        const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
        await cdp.send('Tracing.end');
        await done;
        writeFileSync('/tmp/diag/trace.json', JSON.stringify({ traceEvents: events }));
      }
    }
  } finally {
    await browser.close();
    await nginx.stop();
  }
});
