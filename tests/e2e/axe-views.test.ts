import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openAuditedPage, seriousViolations } from './axe';
import { useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Each view at an address that draws its charts, and what shows once it has. */
const VIEWS: readonly { readonly name: string; readonly url: string; readonly ready: (page: Page) => Promise<void> }[] = [
  { name: 'overview', url: '', ready: (page) => page.getByText('36 of 36 incidents').waitFor() },
  { name: 'overview, filtered', url: '?f.objective=malicious', ready: (page) => page.locator('.share-bar--pressed').first().waitFor() },
  { name: 'incident', url: '?view=incident&id=fail-2751', ready: (page) => page.locator('section[aria-labelledby="classification-heading"]').waitFor() },
  { name: 'quality', url: '?view=quality', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'trends', url: '?view=trends&trend=domain', ready: (page) => page.locator('.figure-caption').first().waitFor() },
  {
    name: 'crosstab',
    url: '?view=crosstab&rows=domain&cols=consequence',
    ready: (page) => page.locator('.figure-notes__statistic').filter({ hasNotText: 'being computed' }).first().waitFor({ timeout: 20_000 }),
  },
  { name: 'cohorts', url: '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious', ready: (page) => page.locator('.figure-caption').first().waitFor() },
  { name: 'findings', url: '?view=findings', ready: (page) => page.getByRole('region', { name: 'How the scan works' }).waitFor({ timeout: 20_000 }) },
];

describe('axe finds no serious or critical violation', () => {
  it.each(VIEWS)('on $name', async ({ url, ready }) => {
    const { page, problems, close } = await openAuditedPage(browser(), `${baseURL}${url}`);
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('on the overview in the dark theme, its menu open', async () => {
    const { page, problems, close } = await openAuditedPage(browser(), baseURL);
    await page.getByText('36 of 36 incidents').waitFor();
    await page.getByRole('button', { name: /Dark theme/ }).click();
    await page.getByRole('button', { name: 'Pin, download or share Phase' }).click();
    await page.getByRole('button', { name: 'Pin to deck' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('on the deck and in present mode, with a panel pinned', async () => {
    const { page, problems, close } = await openAuditedPage(browser(), baseURL);
    await page.getByRole('button', { name: 'Pin, download or share Phase' }).click();
    await page.getByRole('button', { name: 'Pin to deck' }).click();
    await page.getByText('Pinned as slide 1.').waitFor();
    await page.goto(`${baseURL}?view=deck`);
    await page.getByRole('button', { name: 'Export HTML' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${baseURL}?view=present`);
    await page.locator('.present-slide').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
