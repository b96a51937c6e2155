import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { tabUntil } from './keyboard-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

const FIRST_BAR = '[role="toolbar"][aria-label="Phase options"] button';
const DOMAIN_BAR = '[role="toolbar"][aria-label="Domain options"] button';
const JUMP_TO_LIST = '.overview-jump a';
const FIRST_INCIDENT = '.incident-list__item:first-child .incident-list__title';

async function overview(url = baseURL) {
  const opened = await openPage(browser(), url);
  await opened.page.getByText(/^\d+ of 36 incidents$/).waitFor();
  // The list follows the charts: presses counted before it is there would count the wait for it.
  await opened.page.locator(FIRST_INCIDENT).waitFor();
  return opened;
}

/** Presses `key` `times` times and says how many presses that was. */
async function press(page: Page, key: string, times = 1): Promise<number> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
  return times;
}

const focusMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

describe('the overview with the keyboard only', () => {
  it('reaches a bar in a handful of presses through the skip link, and the Domain panel three arrow presses further', async () => {
    const { page, problems, close } = await overview();
    const skip = (await tabUntil(page, '.skip-link')) + (await press(page, 'Enter'));
    const toBar = skip + (await tabUntil(page, FIRST_BAR));
    expect(toBar).toBeLessThanOrEqual(15);
    const toDomain = toBar + (await press(page, 'ArrowRight', 3));
    expect(await focusMatches(page, DOMAIN_BAR)).toBe(true);
    expect(toDomain).toBeLessThanOrEqual(15);
    expect(problems).toEqual([]);
    await close();
  });

  it('reaches the first incident of the list through the skip link and "Jump to the list" in a handful of presses', async () => {
    const { page, problems, close } = await overview();
    const skip = (await tabUntil(page, '.skip-link')) + (await press(page, 'Enter'));
    const presses = skip + (await tabUntil(page, JUMP_TO_LIST)) + (await press(page, 'Enter')) + (await tabUntil(page, FIRST_INCIDENT));
    expect(presses).toBeLessThanOrEqual(15);
    expect(problems).toEqual([]);
    await close();
  });

  it('crosses the whole page of panels in a few presses a panel, not one a bar', async () => {
    const { page, problems, close } = await overview();
    const bars = await page.locator('.facet-panel .share-bar').count();
    const panels = await page.locator('.facet-panel').count();
    expect(await tabUntil(page, FIRST_INCIDENT)).toBeLessThan(20 + 4 * panels);
    expect(bars).toBeGreaterThan(4 * panels);
    expect(problems).toEqual([]);
    await close();
  });

  it('remembers the bar last focused in a panel when tabbing back in', async () => {
    const { page, problems, close } = await overview();
    await tabUntil(page, FIRST_BAR);
    await press(page, 'End');
    const last = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await press(page, 'Tab');
    await press(page, 'Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(last);
    expect(last).toMatch(/^not analysed /);
    expect(problems).toEqual([]);
    await close();
  });
});
