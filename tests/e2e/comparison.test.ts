import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { countWhere } from './index-counts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

const heatCell = (page: Page, row: string, col: string) =>
  page
    .getByRole('group', { name: 'Domain × Objective: incidents per pair of options' })
    .getByRole('link', { name: new RegExp(`^Domain: ${row} × Objective: ${col}\\.`) });

const cohortSize = async (page: Page, name: 'A' | 'B') =>
  Number(/^(\d+) incidents?/.exec((await page.getByRole('region', { name: `Cohort ${name}` }).locator('.cohort-editor__size').textContent()) ?? '')?.[1]);

describe('comparison views in the browser', () => {
  it('builds a crosstab, switches it to row shares, and a cell opens exactly its incidents', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=crosstab`);
    await page.getByRole('heading', { name: 'Objective × Boundary' }).waitFor();
    await page.getByRole('combobox', { name: 'Rows' }).selectOption('domain');
    await page.getByRole('combobox', { name: 'Columns' }).selectOption('objective');
    await page.getByRole('heading', { name: 'Domain × Objective' }).waitFor();

    const both = await countWhere(page, [['domain', 'information'], ['objective', 'malicious']]);
    const information = await countWhere(page, [['domain', 'information']]);
    expect(await heatCell(page, 'information', 'malicious').locator('.heat-cell__text').textContent()).toBe(String(both));
    await page.getByRole('radio', { name: 'Row %' }).check();
    await page.waitForURL(/cell=row/);
    expect(await heatCell(page, 'information', 'malicious').locator('.heat-cell__text').textContent()).toBe(percent.format(both / information));
    // The p-value comes from the shuffles in a worker; the verdict names its method and,
    // with this many sparse cells, carries the warning instead of a strength word.
    const verdict = page.locator('.figure-notes__statistic');
    await page.getByText(/^X² = \d+\.\d\d, df = \d+, (p = 0\.\d+ ± 0\.\d+|p ≤ 0\.\d+) \((permutation test|Monte-Carlo test with fixed margins)/).waitFor();
    const verdictText = (await verdict.textContent()) ?? '';
    expect(verdictText).toMatch(/too few incidents per cell to call its strength \(\d+ of \d+ expected counts are below 5/);
    expect(verdictText).not.toMatch(/(negligible|weak|moderate|strong) association/);
    expect(await verdict.locator('strong, b').count()).toBe(0);

    await heatCell(page, 'information', 'malicious').click();
    await page.getByText(`${both} of 36 incidents`).waitFor();
    const params = new URL(page.url()).searchParams;
    expect([params.get('view'), params.get('f.domain'), params.get('f.objective')]).toEqual([null, 'information', 'malicious']);
    expect(await page.getByRole('heading', { name: new RegExp(`^${both} incidents? in the selection`) }).count()).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('defines two cohorts, swaps them, and a reload shows the same cohorts', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=cohorts`);
    await page.getByText('Give cohort A or B a filter of its own to compare them.').waitFor();
    const cohortA = page.getByRole('region', { name: 'Cohort A' });
    const cohortB = page.getByRole('region', { name: 'Cohort B' });
    await cohortA.getByRole('combobox', { name: 'Facet' }).selectOption('objective');
    await cohortA.getByRole('combobox', { name: 'Option' }).selectOption('malicious');
    await cohortA.getByRole('button', { name: 'Add this option to Cohort A' }).click();
    await cohortB.getByRole('combobox', { name: 'Facet' }).selectOption('objective');
    await cohortB.getByRole('combobox', { name: 'Option' }).selectOption('non-malicious');
    await cohortB.getByRole('button', { name: 'Add this option to Cohort B' }).click();
    await page.getByRole('heading', { name: 'Cohort B against cohort A' }).waitFor();

    const malicious = await countWhere(page, [['objective', 'malicious']]);
    const nonMalicious = await countWhere(page, [['objective', 'non-malicious']]);
    expect([await cohortSize(page, 'A'), await cohortSize(page, 'B')]).toEqual([malicious, nonMalicious]);
    expect(await page.getByText(/^Defines the cohorts: Objective is used by the cohorts’ own filters/).count()).toBe(1);
    expect(await page.getByText(/^Objective \(N: A \d+, B \d+\): defines the cohorts, not tested$/).count()).toBe(1);
    expect(await page.getByText(/Benjamini–Hochberg adjustment across the family of \d+ tested comparisons/).count()).toBe(1);

    await page.getByRole('button', { name: '⇄ Swap A and B' }).click();
    await page.waitForURL(/a\.f\.objective=non-malicious/);
    expect(new URL(page.url()).search).toBe('?view=cohorts&a.f.objective=non-malicious&b.f.objective=malicious');
    expect([await cohortSize(page, 'A'), await cohortSize(page, 'B')]).toEqual([nonMalicious, malicious]);

    await page.reload();
    await page.getByRole('heading', { name: 'Cohort B against cohort A' }).waitFor();
    expect(await cohortA.getByText('Objective: non-malicious').count()).toBe(1);
    expect(await cohortB.getByText('Objective: malicious').count()).toBe(1);
    expect([await cohortSize(page, 'A'), await cohortSize(page, 'B')]).toEqual([nonMalicious, malicious]);
    expect(problems).toEqual([]);
    await close();
  });
});
