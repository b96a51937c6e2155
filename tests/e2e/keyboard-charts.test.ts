import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { tabUntil } from './keyboard-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Charts whose marks each lead to their incidents, where they are, and the links they hold. */
const CHARTS = [
  { name: 'the cohorts’ difference plot', url: '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious', chart: '.difference-plot svg' },
  { name: 'a facet over time', url: '?view=trends&trend=phase', chart: '.trend-figure' },
  { name: 'the incidents per period', url: '?view=trends&trend=phase', chart: '.period-totals' },
  { name: 'the most frequent exact sets', url: '?view=crosstab&rows=consequence&cols=consequence', chart: 'table.upset' },
  { name: 'a chart’s actions', url: '?view=trends&trend=phase', chart: '.view-actions__buttons' },
] as const;

describe('a chart’s marks with the keyboard', () => {
  it.each(CHARTS)('$name are one tab stop, the arrow keys moving between them', async ({ url, chart }) => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}${url}`);
    const items = page.locator(chart).first().locator('a, button');
    await items.nth(1).waitFor();
    expect(await items.count()).toBeGreaterThan(1);
    const inside = `${chart} a, ${chart} button`;
    await tabUntil(page, inside);
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    expect(await page.evaluate((s) => document.activeElement?.matches(s), inside)).toBe(true);
    expect(second).not.toBe(first);
    await page.keyboard.press('Tab');
    expect(await page.evaluate((s) => document.activeElement?.matches(s), inside)).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent)).toBe(second);
    expect(problems).toEqual([]);
    await close();
  });
});
