import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const TESLA = 'Tesla Autopilot Accidents: Self-Driving Feature Failures and Investigations';

describe('similar incidents', () => {
  it('lists an incident’s similar incidents, follows one, and Back returns', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=incident&id=fail-2756`);
    await page.getByRole('heading', { level: 1, name: TESLA }).waitFor();
    const section = page.locator('section[aria-labelledby="similar-heading"]');
    const titles = section.locator('.similar__title');
    await titles.first().waitFor();
    expect(await titles.count()).toBe(6);
    const [first, second] = await titles.allTextContents();
    expect(first).toMatch(/^Tesla/);
    expect(second).toMatch(/^Tesla/);
    expect(await section.locator('.similar__item').first().getByText('Matching phrases').count()).toBe(1);

    await titles.first().click();
    await page.getByRole('heading', { level: 1, name: first }).waitFor();
    expect(new URL(page.url()).searchParams.get('id')).toMatch(/^fail-\d+$/);
    await section.locator('.similar__title', { hasText: TESLA }).waitFor();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: TESLA }).waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps the section within a 390 px screen', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=incident&id=fail-2756`, { width: 390, height: 844 });
    await page.locator('.similar__title').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await close();
  });
});
