import type { Page } from 'playwright-core';

/** What has focus, as a reader of the page would name it: "button design 30 (83.3%)…", "link Jump to the list…". */
export const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return 'page';
    return `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent ?? ''}`.trim();
  });

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, and says how
 * many presses that took; throws past `limit`, naming where focus went, so a regression
 * reads as a count rather than a timeout.
 */
export async function tabUntil(page: Page, selector: string, { limit = 200, back = false } = {}): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} not reached in ${limit} presses; focus is on ${await focusedName(page)}`);
}
