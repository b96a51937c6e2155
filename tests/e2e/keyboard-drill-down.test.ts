import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { tabUntil } from './keyboard-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

describe('an analyst’s drill-down with the keyboard only', () => {
  it('filters on a Domain option, opens the first incident of the list, and comes back to its row, in under fifty presses', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    await page.getByText('36 of 36 incidents').waitFor();
    let presses = 0;
    const press = async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    };

    presses += await tabUntil(page, '.skip-link');
    await press('Enter');
    presses += await tabUntil(page, '[role="toolbar"][aria-label="Phase options"] button');
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown']) await press(key);
    const option = /^(.+?) \d+ \(/.exec(await focused(page))?.[1];
    expect(await focused(page)).toMatch(/, Domain, \d+ incidents?, press to filter$/);
    await press('Enter');
    await page.waitForURL(/f\.domain=/);
    const selected = (await focused(page)).replace(/\s+/g, ' ');
    expect(selected).toMatch(new RegExp(`^${option} \\d+ \\(.*\\), Domain, \\d+ incidents?, selected, press to remove the filter$`));
    const count = Number(/, Domain, (\d+) incidents?/.exec(selected)?.[1]);
    await page.getByText(`${count} of 36 incidents`).waitFor();

    presses += await tabUntil(page, '.overview-jump a', { back: true });
    await press('Enter');
    presses += await tabUntil(page, '.incident-list__item:first-child .incident-list__title');
    const title = await page.evaluate(() => document.activeElement?.textContent);
    await press('Enter');
    await page.getByRole('heading', { level: 1, name: title ?? '' }).waitFor();

    presses += await tabUntil(page, '.incident-nav__back');
    await press('Enter');
    await page.locator('.incident-list').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.incident-list__item')?.querySelector('.incident-list__title')?.textContent)).toBe(title);
    expect(new URL(page.url()).searchParams.getAll('f.domain')).toHaveLength(1);

    expect(presses).toBeLessThanOrEqual(50);
    expect(problems).toEqual([]);
    await close();
  });
});
