/**
 * The production build in Chromium with 100,000 incidents: `load-100k-ms`, from
 * navigation start until the overview shows the whole dataset in its headline and every
 * facet panel and that frame has been painted, and `click-to-update-100k-ms`, from a
 * click on the first Phase bar that narrows the selection until the headline and every other panel show
 * new counts, painted. Each load is a fresh browser context (empty cache), after one
 * load left out to warm the browser; each load is followed by two clicks, filtering then
 * unfiltering. Times come from the page's own clock (see `page-marks.ts`).
 */
import { median } from 'd3-array';
import type { Browser, Page } from 'playwright-core';
import { FACET_IDS } from '../src/domain/taxonomy';
import { launchBrowser } from '../tests/e2e/chromium';
import { installPageMarks } from './page-marks';
import type { PageMarks } from './page-marks';
import { serveStatic } from './static-server';

const WARM_UPS = 1;
const LOADS = 5;
const CLICKS_PER_LOAD = 2;
const TIMEOUT_MS = 60_000;
const PHASE_BARS = '[role="toolbar"][aria-label="Phase options"] button';
/**
 * tsx compiles this file with esbuild's `keepNames`, which wraps named functions in calls
 * to a `__name` helper; functions serialized into the page carry those calls, so the page
 * needs a helper of that name that leaves functions as they are.
 */
export const NAME_HELPER = 'globalThis.__name = (target) => target;';

/**
 * The first Phase bar whose filter changes the selection: 0 < count < size, read from the
 * bar's label ("operation 85,565 (85.6%), Phase, 85,565 incidents, press to filter"). In the
 * generated corpus every report has `design`, so the very first bar filters nothing.
 */
const selectiveBar = (page: Page, size: number): Promise<number> =>
  page.locator(PHASE_BARS).evaluateAll((bars, total) => {
    const counts = bars.map((bar) => {
      const label = (bar.getAttribute('aria-label') ?? '').replace(/(?<=\d)[,.'\u00a0\u202f ](?=\d)/g, '');
      return Number(label.match(/, (\d+) incidents?\b/)?.[1] ?? Number.NaN);
    });
    return counts.findIndex((count) => count > 0 && count < total);
  }, size);

/**
 * Waits until the list shows its first incident, painted, and gives when that was: the
 * ids and titles arrive after the charts, and what a click or the heap costs is taken
 * once the whole dataset is in.
 */
export async function listDrawn(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(() => window.faultlineBenchMarks?.listDrawn != null, undefined, { timeout, polling: 50 });
  return (await readMarks(page)).listDrawn ?? Number.NaN;
}

/**
 * Clicks the first Phase bar that changes the selection `times` times, on and off, and
 * gives the time from each click until every other panel has changed, painted.
 */
export async function timeClicks(page: Page, size: number, times: number, timeout: number): Promise<number[]> {
  const bar = await selectiveBar(page, size);
  if (bar === -1) throw new Error('no Phase bar would change the selection');
  const clicks: number[] = [];
  for (let i = 0; i < times; i++) {
    await page.locator(PHASE_BARS).nth(bar).click();
    await page.waitForFunction(() => window.faultlineBenchMarks?.updateDrawn != null, undefined, { timeout, polling: 20 });
    const marks = await readMarks(page);
    clicks.push((marks.updateDrawn ?? Number.NaN) - (marks.click ?? Number.NaN));
  }
  return clicks;
}

export const readMarks = (page: Page): Promise<PageMarks> =>
  page.evaluate(() => {
    const marks = window.faultlineBenchMarks;
    if (!marks) throw new Error('the page marks are not installed');
    return { ...marks };
  });

interface LoadTimes {
  readonly load: number;
  readonly list: number;
  readonly clicks: number[];
}

async function measureLoad(browser: Browser, url: string, size: number): Promise<LoadTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript({ content: NAME_HELPER });
    await page.addInitScript(installPageMarks, { size, panels: FACET_IDS.length });
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .waitForFunction(() => window.faultlineBenchMarks?.loadDrawn != null, undefined, { timeout: TIMEOUT_MS, polling: 50 })
      .catch((cause: unknown) => {
        throw new Error(`the overview never showed ${size} of ${size} incidents in ${FACET_IDS.length} panels${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`, { cause });
      });
    const load = (await readMarks(page)).loadDrawn ?? Number.NaN;
    const list = await listDrawn(page, TIMEOUT_MS);
    const clicks = await timeClicks(page, size, CLICKS_PER_LOAD, TIMEOUT_MS);
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    return { load, list, clicks };
  } finally {
    await context.close();
  }
}

/** Serves `appDir` with the dataset in `dataDir` (`size` incidents) and measures it. */
export async function benchBrowser(appDir: string, dataDir: string, size: number): Promise<Record<string, number>> {
  const server = await serveStatic(appDir, dataDir);
  const browser = await launchBrowser();
  try {
    const runs: LoadTimes[] = [];
    for (let i = 0; i < WARM_UPS + LOADS; i++) {
      const run = await measureLoad(browser, server.url, size);
      const clicks = run.clicks.map((ms) => ms.toFixed(0)).join(', ');
      console.log(`browser load ${i + 1}${i < WARM_UPS ? ' (warm-up)' : ''}: ${run.load.toFixed(0)} ms, list ${run.list.toFixed(0)} ms, clicks ${clicks} ms`);
      if (i >= WARM_UPS) runs.push(run);
    }
    return {
      'load-100k-ms': median(runs, (r) => r.load) ?? Number.NaN,
      'list-100k-ms': median(runs, (r) => r.list) ?? Number.NaN,
      'click-to-update-100k-ms': median(runs.flatMap((r) => r.clicks)) ?? Number.NaN,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
