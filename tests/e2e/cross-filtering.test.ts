import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { countWhere, hasOption, servedIndex } from './index-counts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const bar = (page: Page, facet: string, option: string) => page.getByRole('toolbar', { name: `${facet} options` }).getByRole('button', { name: new RegExp(`^${option} [\\d,]+ \\(.*\\), ${facet},`) });
const barCount = async (page: Page, facet: string, option: string) =>
  Number(/, ([\d,]+) incidents?/.exec((await bar(page, facet, option).getAttribute('aria-label')) ?? '')?.[1].replace(/,/g, ''));

describe('cross-filtering in the browser', () => {
  it('a bar click filters: the other panels, the chips, the list and the URL change, the own panel does not', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    await page.getByText('36 of 36 incidents').waitFor();
    const nonMaliciousBefore = await barCount(page, 'Objective', 'non-malicious');
    const malicious = await countWhere(page, [['objective', 'malicious']]);
    expect(await barCount(page, 'Objective', 'malicious')).toBe(malicious);

    await bar(page, 'Objective', 'malicious').click();
    await page.getByText(`${malicious} of 36 incidents`).waitFor();
    expect(new URL(page.url()).searchParams.get('f.objective')).toBe('malicious');
    await page.getByRole('button', { name: 'Remove filter Objective: malicious' }).waitFor();
    expect(await barCount(page, 'Boundary', 'within system')).toBe(await countWhere(page, [['objective', 'malicious'], ['boundary', 'within_system']]));
    expect(await barCount(page, 'Objective', 'non-malicious')).toBe(nonMaliciousBefore);
    expect(await page.locator('.incident-list li, ol li').filter({ has: page.locator('a') }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: new RegExp(`^${malicious} incidents? in the selection`) }).count()).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('a second option in the same facet widens the selection, and Clear all empties the filters', async () => {
    const { page, close } = await openPage(browser(), baseURL);
    await page.getByText('36 of 36 incidents').waitFor();
    await bar(page, 'Domain', 'finance').click();
    const finance = await countWhere(page, [['domain', 'finance']]);
    await page.getByText(`${finance} of 36 incidents`).waitFor();
    await bar(page, 'Domain', 'health').click();
    const index = await servedIndex(page);
    const either = index.id.filter((_, row) => hasOption(index, row, 'domain', 'finance') || hasOption(index, row, 'domain', 'health')).length;
    await page.getByText(`${either} of 36 incidents`).waitFor();
    expect(new URL(page.url()).searchParams.get('f.domain')).toBe('finance,health');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByText('36 of 36 incidents').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await close();
  });

  it('works from the keyboard: focus a bar and press Enter', async () => {
    const { page, close } = await openPage(browser(), baseURL);
    await page.getByText('36 of 36 incidents').waitFor();
    await bar(page, 'Phase', 'operation').focus();
    await page.keyboard.press('Enter');
    const operation = await countWhere(page, [['phase', 'operation']]);
    await page.getByText(`${operation} of 36 incidents`).waitFor();
    expect(await bar(page, 'Phase', 'operation').getAttribute('aria-pressed')).toBe('true');
    await close();
  });

  it('opens an incident from the list, Back restores the selection, and a copied link reproduces it', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    await page.getByText('36 of 36 incidents').waitFor();
    await bar(page, 'Boundary', 'outside system').click();
    const outside = await countWhere(page, [['boundary', 'outside_system']]);
    await page.getByText(`${outside} of 36 incidents`).waitFor();
    const filteredUrl = page.url();

    const firstTitle = page.locator('main a.incident-list__title').first();
    const title = (await firstTitle.textContent()) ?? '';
    await firstTitle.click();
    await page.getByRole('heading', { name: title, exact: true }).waitFor();
    await page.locator('section[aria-labelledby="classification-heading"] .rationale').first().waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('incident');
    expect(await page.getByText(`1 of ${outside}`).count()).toBe(1);

    await page.goBack();
    await page.getByText(`${outside} of 36 incidents`).waitFor();
    expect(page.url()).toBe(filteredUrl);
    await page.getByRole('button', { name: 'Remove filter Boundary: outside system' }).waitFor();

    await page.reload();
    await page.getByText(`${outside} of 36 incidents`).waitFor();
    const copy = await openPage(browser(), filteredUrl);
    await copy.page.getByText(`${outside} of 36 incidents`).waitFor();
    expect(await bar(copy.page, 'Boundary', 'outside system').getAttribute('aria-pressed')).toBe('true');
    await copy.close();
    expect(problems).toEqual([]);
    await close();
  });

  it('falls back to defaults on a malformed link instead of a blank page', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?f.nope=x&from=abc&page=-3&view=%E0%A4%A&sort=sideways`);
    await page.getByText('36 of 36 incidents').waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});
