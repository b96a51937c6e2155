import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { contextValues, download, expectPngOfSvg, expectSameFigure, exportAndPin, figureReadout, shownSlide, slideReadout, svgProse, svgTexts } from './figure-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

const TITLE = 'Phase × Objective';

/** The test's line once its p-value is known: a permutation p arrives from a worker after the table is drawn. */
async function settledStatistic(scope: Locator): Promise<string> {
  const line = scope.locator('.figure-notes__statistic').first();
  await line.filter({ hasNotText: 'being computed' }).waitFor({ timeout: 20_000 });
  return (await line.textContent()) ?? '';
}

/** Every drawn cell as its row option, column option and shown number, read from its link's words. */
async function cellsOf(scope: Locator): Promise<{ row: string; col: string; text: string }[]> {
  const links = scope.locator('a.heat-cell');
  const cells = [];
  for (const link of await links.all()) {
    const [, row, col] = /^Phase: (.+?) × Objective: (.+?)\. /.exec((await link.getAttribute('aria-label')) ?? '') ?? [];
    cells.push({ row, col, text: (await link.locator('.heat-cell__text').textContent()) ?? '' });
  }
  return cells;
}

describe('a crosstab on screen, on a slide, in an image and in a CSV', () => {
  it('says the same title, N, filters, warnings, test and cell numbers in every one of them', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=crosstab&rows=phase&cols=objective&f.domain=finance`);
    const section = page.getByRole('region', { name: TITLE, exact: true });
    await section.locator('.figure-caption').waitFor();
    const statistic = await settledStatistic(section);
    const readout = await figureReadout(section);
    const cells = await cellsOf(section);
    expect(statistic).toMatch(/^X² = \d+\.\d\d, df = \d+, p /);
    expect(readout.filters).toBe('Filters: Domain = finance');
    expect(readout.caption).toMatch(/^N = \d+ incidents, unknown and not analysed included · /);
    expect(readout.warnings.some((line) => line.includes('Cochran’s rule'))).toBe(true);
    expect(cells.length).toBeGreaterThanOrEqual(4);
    expect(cells.every((cell) => /^\d+$/.test(cell.text))).toBe(true);

    const { svg: markup, png, csv } = await exportAndPin(page, section.getByRole('toolbar', { name: `${TITLE}: pin, download or share` }));
    await page.goto(`${baseURL}?view=present`);
    const said = await slideReadout(page);
    const slide = shownSlide(page);
    expect(said.title).toBe(TITLE);
    expect(said.caption).toBe(readout.caption);
    expect(said.filters).toBe(readout.filters);
    expect(said.warnings).toEqual(readout.warnings);
    expect(await settledStatistic(slide)).toBe(statistic);
    expect(await cellsOf(slide)).toEqual(cells);

    expectSameFigure(said, markup, csv);
    expect(svgProse(markup)).toContain(statistic);
    expect(contextValues(csv.context, 'statistic')).toEqual([statistic]);

    const [header, ...records] = csv.table;
    expect(header).toEqual(['Phase (rows)', 'Objective (columns)', 'Incidents', 'Row share', 'Column share', 'Overall share', 'Expected', 'Adjusted residual']);
    for (const cell of cells) expect(records.find(([row, col]) => row === cell.row && col === cell.col)?.[2]).toBe(cell.text);
    const n = said.caption.replace(/^N = (\d+) .*$/, '$1');
    expect(records.find(([row, col]) => row === 'All' && col === 'All')?.[2]).toBe(n);
    const texts = svgTexts(markup);
    expect(texts.join('|')).toContain(cells.map((cell) => cell.text).join('|'));
    expect(texts).toContain('Darker: larger number');
    expect(markup).not.toContain('<a ');

    expectPngOfSvg(png, markup);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('an image of a crosstab', () => {
  it('carries the light theme’s heat colours while the page shows the dark one', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    await page.evaluate(() => window.localStorage.setItem('faultline.theme', 'dark'));
    await page.goto(`${baseURL}?view=crosstab&shade=residual`);
    const section = page.getByRole('region', { name: 'Objective × Boundary', exact: true });
    await section.locator('.figure-caption').waitFor();
    const actions = section.getByRole('toolbar', { name: 'Objective × Boundary: pin, download or share' });
    const markup = (await download(page, () => actions.getByRole('button', { name: 'SVG', exact: true }).click())).bytes.toString('utf8');
    // --heat-more and --heat-fewer: light #c8530a and #0072b2, dark #ff9a5c and #56b4e9.
    expect(markup).toContain('rgb(200, 83, 10)');
    expect(markup).toContain('rgb(0, 114, 178)');
    expect(markup).not.toContain('rgb(255, 154, 92)');
    expect(markup).not.toContain('rgb(86, 180, 233)');
    expect(problems).toEqual([]);
    await close();
  });
});
