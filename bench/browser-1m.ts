/**
 * The production build in Chromium with 1,000,000 incidents:
 * - `load-1m-ms`: navigation start until the overview shows the whole dataset, painted;
 * - `longest-task-1m-ms`: the longest main-thread task until then (Long Tasks API), what
 *   decides whether the page stays responsive while it loads;
 * - `list-1m-ms`: navigation start until the list shows its first incident, painted: the
 *   ids and titles arrive after the charts. The heap and the clicks are taken after this;
 * - `click-to-update-1m-ms`: a Phase bar click until every other panel has changed, over
 *   two clicks a load, on and off, the second back to a selection already counted;
 *   `click-first-1m-ms` the first of them alone: the first click after a load, which
 *   counts a selection nothing counted before and runs code the page has not run yet;
 * - `search-first-1m-ms`: a three-word query submitted until the full-text answer (index
 *   and shards fetched) shows in the headline, painted; `search-keystroke-1m-ms`: then
 *   the query's last character deleted, until that answer is painted;
 * - `crosstab-1m-ms`: a click on "Facet × facet" until its table is painted;
 * - `heap-1m-mb`: the page's JavaScript heap once the list shows, after a forced collection.
 * Medians over fresh browser contexts after one warm-up, like `browser.ts`. The same is
 * measured at any size of the synthetic dataset by `browserAtScale` (see `curve.ts`).
 */
import { median } from 'd3-array';
import type { Browser, Page } from 'playwright-core';
import { FACET_IDS } from '../src/domain/taxonomy';
import { launchBrowser } from '../tests/e2e/chromium';
import { listDrawn, NAME_HELPER, readMarks, timeClicks } from './browser';
import { installPageMarks } from './page-marks';
import { serveStatic } from './static-server';
import { ensureSyntheticDataset, SEARCH_QUERY, SIZE_1M, sizeLabel } from './synthetic-dataset';

const WARM_UPS = 1;
const LOADS = 3;
const CLICKS_PER_LOAD = 2;
const TIMEOUT_MS = 120_000;
const CROSSTAB_DRAWN = '.crosstab-page .heatmap__svg';

declare global {
  interface Window {
    faultlineLongTasks?: { start: number; duration: number }[];
  }
}

/** Notes every long task from the first script on; `buffered` catches ones before the observer. */
function observeLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  window.faultlineLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Clicks the link named `name` in the page and resolves with the time until `selector` shows, painted. */
const timeToDrawn = (page: Page, name: string, selector: string): Promise<number> =>
  page.evaluate(
    ({ name, selector }) =>
      new Promise<number>((resolve) => {
        const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === name);
        if (!link) throw new Error(`no link named ${name}`);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        });
        observer.observe(document, { subtree: true, childList: true });
        link.click();
      }),
    { name, selector },
  );

/**
 * Submits `query` in the overview's search box and resolves with the time until the
 * headline has changed and no partial answer is showing, painted; NaN after 30 s.
 */
const timeSearch = (page: Page, query: string): Promise<number> =>
  page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const input = document.getElementById('overview-search') as HTMLInputElement | null;
        if (!input?.form) throw new Error('no search box');
        const headline = () => [...document.querySelectorAll('dt')].find((term) => term.textContent?.trim() === 'In the selection')?.nextElementSibling?.textContent;
        const partial = () => (document.querySelector('.search-box__status')?.textContent ?? '').trim() !== '';
        const before = headline();
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setValue?.call(input, query);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const start = performance.now();
        const timer = setTimeout(() => resolve(Number.NaN), 30_000);
        const observer = new MutationObserver(() => {
          if (headline() === before || partial()) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
        input.form.requestSubmit();
      }),
    query,
  );

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 2 ** 20;
}

/** What one load at a size measured. */
export interface ScaleRun {
  readonly load: number;
  readonly list: number;
  readonly longestTask: number;
  readonly clicks: number[];
  readonly searchFirst: number;
  readonly searchKeystroke: number;
  readonly crosstab: number;
  readonly heap: number;
}

async function measure(browser: Browser, url: string, size: number): Promise<ScaleRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript({ content: NAME_HELPER });
    await page.addInitScript(observeLongTasks);
    await page.addInitScript(installPageMarks, { size, panels: FACET_IDS.length });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.faultlineBenchMarks?.loadDrawn != null, undefined, { timeout: TIMEOUT_MS, polling: 50 }).catch((cause: unknown) => {
      throw new Error(`the overview never showed all ${size} incidents${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`, { cause });
    });
    const load = (await readMarks(page)).loadDrawn ?? Number.NaN;
    const tasks = await page.evaluate(() => window.faultlineLongTasks ?? []);
    const longestTask = Math.max(0, ...tasks.filter((task) => task.start < load).map((task) => task.duration));
    const list = await listDrawn(page, TIMEOUT_MS);
    const heap = await heapMb(page);
    const clicks = await timeClicks(page, size, CLICKS_PER_LOAD, TIMEOUT_MS);
    const searchFirst = await timeSearch(page, SEARCH_QUERY);
    const searchKeystroke = await timeSearch(page, SEARCH_QUERY.slice(0, -1));
    await timeSearch(page, '');
    const crosstab = await timeToDrawn(page, 'Facet × facet', CROSSTAB_DRAWN);
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    return { load, list, longestTask, clicks, searchFirst, searchKeystroke, crosstab, heap };
  } finally {
    await context.close();
  }
}

/** The medians of `runs`: each figure over the loads, the clicks over every click of them, and the first click of each load. */
export const scaleMedians = (runs: readonly ScaleRun[]) => ({
  load: median(runs, (r) => r.load) ?? Number.NaN,
  list: median(runs, (r) => r.list) ?? Number.NaN,
  longestTask: median(runs, (r) => r.longestTask) ?? Number.NaN,
  click: median(runs.flatMap((r) => r.clicks)) ?? Number.NaN,
  firstClick: median(runs, (r) => r.clicks[0]) ?? Number.NaN,
  searchFirst: median(runs, (r) => r.searchFirst) ?? Number.NaN,
  searchKeystroke: median(runs, (r) => r.searchKeystroke) ?? Number.NaN,
  crosstab: median(runs, (r) => r.crosstab) ?? Number.NaN,
  heap: median(runs, (r) => r.heap) ?? Number.NaN,
});

/**
 * Serves `appDir` with the synthetic dataset of `size` incidents (written first when it
 * is missing) and measures `loads` fresh browser contexts after one warm-up, saying each.
 */
export async function browserAtScale(appDir: string, size: number, loads = LOADS): Promise<ScaleRun[]> {
  const server = await serveStatic(appDir, await ensureSyntheticDataset(size));
  const browser = await launchBrowser();
  try {
    const runs: ScaleRun[] = [];
    for (let i = 0; i < WARM_UPS + loads; i++) {
      const run = await measure(browser, server.url, size);
      console.log(
        `${sizeLabel(size)} load ${i + 1}${i < WARM_UPS ? ' (warm-up)' : ''}: ${run.load.toFixed(0)} ms, list ${run.list.toFixed(0)} ms, longest task ${run.longestTask.toFixed(0)} ms, ` +
          `clicks ${run.clicks.map((ms) => ms.toFixed(0)).join(', ')} ms, search ${run.searchFirst.toFixed(0)} then ${run.searchKeystroke.toFixed(0)} ms, ` +
          `crosstab ${run.crosstab.toFixed(0)} ms, heap ${run.heap.toFixed(0)} MiB`,
      );
      if (i >= WARM_UPS) runs.push(run);
    }
    return runs;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchBrowser1m(appDir: string): Promise<Record<string, number>> {
  const figures = scaleMedians(await browserAtScale(appDir, SIZE_1M));
  return {
    'load-1m-ms': figures.load,
    'list-1m-ms': figures.list,
    'longest-task-1m-ms': figures.longestTask,
    'click-to-update-1m-ms': figures.click,
    'click-first-1m-ms': figures.firstClick,
    'search-first-1m-ms': figures.searchFirst,
    'search-keystroke-1m-ms': figures.searchKeystroke,
    'crosstab-1m-ms': figures.crosstab,
    'heap-1m-mb': figures.heap,
  };
}
