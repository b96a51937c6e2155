import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { servedIndex } from './index-counts';
import { openPage, useBrowser } from './browser';
import { shownSlide } from './figure-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** A deck of one slide of `chart` over `view`, stored as the deck page would store it. */
async function storeDeck(page: Page, view: string, chart: object): Promise<void> {
  const { build } = await servedIndex(page);
  const deck = { version: 1, title: 'Findings', slides: [{ id: 'slide-1', view, chart, title: '', note: '', build, pinnedAt: '2026-01-01T00:00:00.000Z' }] };
  await page.evaluate((text) => window.localStorage.setItem('faultline.deck', text), JSON.stringify(deck));
}

/** Rests the pointer on the middle of `target` and gives a card time to open. */
async function rest(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (box === null) throw new Error('nothing to rest on');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2 + 1);
  await page.waitForTimeout(400);
}

const cards = (page: Page) => page.locator('.chart-tooltip:visible, .heatmap__card-lines:visible');

describe('present mode', () => {
  it.each([
    ['a trend', '?view=trends', { kind: 'trend', facet: 'phase' }, '.recharts-surface'],
    ['a crosstab', '?view=crosstab&rows=phase&cols=objective', { kind: 'crosstab', rows: 'phase', columns: 'objective' }, 'a.heat-cell'],
  ])('opens no card over %s where the pointer rests, as the view does', async (_name, view, chart, mark) => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}${view}`);
    const onScreen = page.locator(mark).first();
    await onScreen.waitFor();
    await rest(page, onScreen);
    expect(await cards(page).count()).toBeGreaterThan(0);

    await storeDeck(page, view, chart);
    await page.goto(`${baseURL}?view=present`);
    const onSlide = shownSlide(page).locator(mark).first();
    await onSlide.waitFor();
    await rest(page, onSlide);
    expect(await cards(page).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
