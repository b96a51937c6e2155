/**
 * The findings scan at 100,000 incidents: `findings-100k-ms`, the whole scan of every
 * facet pair, co-occurrence and trend over the synthetic index, as the worker runs it;
 * and `findings-click-100k-ms`, in Chromium, how long a click takes to be answered and
 * painted while the Findings view is scanning the same incidents beside the page.
 */
import { readPlainIndex } from '../src/domain/index-files';
import { max, median } from 'd3-array';
import { prepareColumns } from '../src/analysis/prepared-columns';
import { scanFindings } from '../src/analysis/findings/scan-findings';
import { launchBrowser } from '../tests/e2e/chromium';
import { serveStatic } from './static-server';
import { syntheticIndex } from './synthetic-index';

const SIZE = 100_000;
const WARM_UPS = 1;
const RUNS = 5;
const CLICKS = 10;
const TIMEOUT_MS = 60_000;

/** The scan on this thread, as its worker runs it. */
export function benchFindingsScan(): Record<string, number> {
  const columns = prepareColumns(readPlainIndex(syntheticIndex(SIZE, 20240101)));
  const times: number[] = [];
  let checksum = 0;
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const start = performance.now();
    checksum += scanFindings(columns, columns.all, []).tests;
    if (i >= WARM_UPS) times.push(performance.now() - start);
  }
  if (checksum === 0) throw new Error('the scan ran no test');
  return { 'findings-100k-ms': median(times) ?? Number.NaN };
}

/**
 * Opens the Findings view on `dataDir` and, as soon as its scan shows progress, clicks the
 * theme switch `CLICKS` times, each time measuring from the click until its new label is
 * painted. Clicks are counted only while the scan is still running.
 */
export async function benchFindingsClicks(appDir: string, dataDir: string): Promise<Record<string, number>> {
  const server = await serveStatic(appDir, dataDir);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${server.url}?view=findings`);
    await page.locator('#findings-progress').waitFor({ timeout: TIMEOUT_MS });
    const during: number[] = [];
    for (let i = 0; i < CLICKS; i++) {
      const { ms, scanning } = await page.evaluate(
        () =>
          new Promise<{ ms: number; scanning: boolean }>((resolve) => {
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Dark theme'));
            if (!button) throw new Error('no theme switch');
            const before = button.textContent;
            const scanning = document.getElementById('findings-progress') !== null;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (button.textContent === before) return;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - start, scanning })));
            });
            observer.observe(button, { childList: true, subtree: true, characterData: true });
            button.click();
          }),
      );
      if (scanning) during.push(ms);
    }
    console.log(`findings: ${during.length} of ${CLICKS} clicks answered while the scan ran: ${during.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    await page.getByRole('region', { name: 'How the scan works' }).waitFor({ timeout: TIMEOUT_MS });
    if (during.length === 0) throw new Error('the scan ended before any click: nothing was measured while it ran');
    return { 'findings-click-100k-ms': max(during) ?? Number.NaN };
  } finally {
    await browser.close();
    await server.close();
  }
}
