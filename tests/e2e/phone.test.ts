import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const PHONE = { width: 390, height: 844 };

/** The page once its data is drawn: no skeleton left and nothing more loading. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.skeleton').first().waitFor({ state: 'detached', timeout: 20_000 });
}

/** Whether a box lies whole inside the phone's screen, sideways and from the top. */
const onScreen = (box: { x: number; y: number; width: number; height: number } | null): boolean =>
  box !== null && box.width > 0 && box.x >= 0 && box.x + box.width <= PHONE.width && box.y >= 0 && box.y + box.height <= PHONE.height;

describe('the crosstab on a phone', () => {
  it('keeps its row labels in view when scrolled sideways, and says that it scrolls', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=crosstab&rows=phase&cols=domain`, PHONE);
    const section = page.getByRole('region', { name: 'Phase × Domain', exact: true });
    const cells = section.locator('a.heat-cell');
    await cells.first().waitFor();
    const rows = new Set<string>();
    for (const label of await cells.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''))) {
      rows.add(/^Phase: (.+?) × Domain: /.exec(label)?.[1] ?? '');
    }
    expect(rows.size).toBeGreaterThanOrEqual(2);

    const hint = section.getByText(/Scroll sideways/);
    expect(await hint.isVisible()).toBe(true);
    const columns = Number(/of (\d+) columns|all (\d+) columns/.exec((await hint.textContent()) ?? '')?.slice(1).find(Boolean));
    expect(columns).toBeGreaterThan(2);

    const scroller = section.locator('.heatmap__scroll');
    await scroller.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    await page.waitForTimeout(200);
    expect(await scroller.evaluate((box) => box.scrollLeft)).toBeGreaterThan(100);
    for (const row of rows) {
      const label = section.locator('svg text', { hasText: new RegExp(`^${row.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first();
      await label.scrollIntoViewIfNeeded();
      const box = await label.boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= PHONE.width, `row label ${row} at ${JSON.stringify(box)}`).toBe(true);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await section.getByText(/Scroll (sideways|back)/).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the crosstab with the keyboard', () => {
  it('is one tab stop, arrow keys moving between its cells and margins', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=crosstab&rows=phase&cols=domain`, PHONE);
    const section = page.getByRole('region', { name: 'Phase × Domain', exact: true });
    const table = section.getByRole('group', { name: /^Phase × Domain: / });
    await table.locator('a.heat-cell').first().waitFor();
    expect(await table.locator('a:not([tabindex="-1"])').count()).toBe(1);
    await table.locator('a.heat-cell').first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(await focused()).toMatch(/^Phase: design × Domain: information\. /);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatch(/^Phase: design × Domain: transportation\. /);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^Phase: operation × Domain: transportation\. /);
    await page.keyboard.press('End');
    expect(await focused()).toMatch(/^Phase: operation, \d+ incidents in all/);
    expect(await table.locator('a:not([tabindex="-1"])').count()).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the overview on a phone', () => {
  it('shows the headline and the first panel’s first bar on its first screen', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL, PHONE);
    await page.getByText('36 of 36 incidents').waitFor();
    expect(onScreen(await page.getByText('36 of 36 incidents').boundingBox())).toBe(true);
    const firstBar = page.locator('.facet-panel').first().locator('.share-bar').first();
    await firstBar.waitFor();
    expect(onScreen(await firstBar.boundingBox()), `first bar at ${JSON.stringify(await firstBar.boundingBox())}`).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps every filter reachable behind the compact row', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL, PHONE);
    await page.getByText('36 of 36 incidents').waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /filters/i }).click({ timeout: 5000 });
    for (const control of [page.getByRole('radio', { name: 'Reports' }), page.getByRole('checkbox', { name: /Leave only-unknown/ }), page.getByRole('combobox', { name: /Order each panel/ })]) {
      expect(await control.isVisible()).toBe(true);
    }
    await page.getByRole('radio', { name: 'Reports' }).check();
    await page.getByText('35 of 36 incidents').waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});

describe('a cohort comparison on a phone', () => {
  it('keeps every facet heading of its difference plot on the screen', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious`, PHONE);
    await settled(page);
    const titles = page.locator('.difference-plot .difference-group__title');
    await titles.first().waitFor();
    const rights = await titles.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().right));
    const plotRight = await page.locator('.difference-plot svg').first().evaluate((svg) => svg.getBoundingClientRect().right);
    expect(rights.length).toBeGreaterThan(1);
    for (const right of rights) expect(right).toBeLessThanOrEqual(Math.min(plotRight, PHONE.width));
    expect(await titles.filter({ hasText: 'defines the cohorts' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });
});

const VIEWS = [
  ['overview', ''],
  ['trends', '?view=trends'],
  ['crosstab', '?view=crosstab&rows=phase&cols=domain'],
  ['cohorts', '?view=cohorts'],
  ['findings', '?view=findings'],
  ['incident', '?view=incident&id=fail-2751'],
  ['quality', '?view=quality'],
  ['deck', '?view=deck'],
] as const;

describe('every view on a phone', () => {
  it.each(VIEWS)('the %s is never wider than the screen', async (_, query) => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}${query}`, PHONE);
    await settled(page);
    const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, body: document.body.scrollWidth, screen: window.innerWidth }));
    expect(widths.document).toBeLessThanOrEqual(widths.screen);
    expect(widths.body).toBeLessThanOrEqual(widths.screen);
    expect(problems).toEqual([]);
    await close();
  });
});
