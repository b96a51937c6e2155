import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { download, expectPngOfSvg, expectSameFigure, exportAndPin, figureReadout, shownSlide, svgTexts } from './figure-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Consequence within the malicious incidents, with a filter on consequence itself, which both figures count without. */
const VIEW = '?view=crosstab&co=consequence&f.objective=malicious&f.consequence=property';
const FILTERS = 'Filters: Objective = malicious; Consequence = property';

async function slideSays(page: Page, position: number, total: number) {
  const slide = shownSlide(page);
  await slide.locator('.figure-caption').waitFor();
  const heading = (await slide.locator('.present-slide__title').textContent()) ?? '';
  expect(heading.startsWith(`Slide ${position} of ${total}: `)).toBe(true);
  return { slide, said: { title: heading.replace(/^Slide \d+ of \d+: /, ''), ...(await figureReadout(slide)) } };
}

describe('the co-occurrence section on screen, on slides, in images and in CSVs', () => {
  it('says the same title, N, filters, warnings and numbers for the pair matrix and the exact sets', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}${VIEW}`);
    const pairs = page.getByRole('region', { name: 'Options that occur together' });
    const sets = page.getByRole('region', { name: 'The most frequent exact sets' });
    await pairs.locator('.figure-caption').waitFor();

    const pairsView = { ...(await figureReadout(pairs)), cells: await pairs.locator('.heat-cell__text').allTextContents() };
    const setsView = { ...(await figureReadout(sets)), values: await sets.locator('.upset__value').allTextContents() };
    expect(pairsView.filters).toBe(FILTERS);
    expect(pairsView.caption).toMatch(/^N = \d+ incidents with consequence analysed/);
    expect(setsView.caption).toBe(pairsView.caption);
    expect(pairsView.warnings).toEqual(setsView.warnings);
    expect(pairsView.cells.length).toBeGreaterThan(4);
    expect(setsView.values.length).toBeGreaterThan(1);
    const n = Number(/^N = (\d+)/.exec(pairsView.caption)?.[1]);

    const pairsFiles = await exportAndPin(page, pairs.getByRole('toolbar', { name: 'Consequence: options that occur together: pin, download or share' }), 1);
    const setsFiles = await exportAndPin(page, sets.getByRole('toolbar', { name: 'Consequence: the most frequent exact sets: pin, download or share' }), 2);

    await page.goto(`${baseURL}?view=present`);
    const first = await slideSays(page, 1, 2);
    expect(first.said.title).toBe('Consequence: options that occur together');
    expect(first.said.filters).toBe(FILTERS);
    expect(first.said.caption.startsWith(pairsView.caption.replace(/ · dataset build .*$/, ''))).toBe(true);
    expect(first.said.warnings).toEqual(pairsView.warnings);
    expect(await first.slide.locator('.heat-cell__text').allTextContents()).toEqual(pairsView.cells);
    expect(await first.slide.textContent()).not.toMatch(/χ²|X²|Cramér/);
    expectSameFigure(first.said, pairsFiles.svg, pairsFiles.csv);
    const [pairsHeader, ...pairRecords] = pairsFiles.csv.table;
    expect(pairsHeader).toEqual(['Option', 'With option', 'Incidents']);
    expect(pairRecords.map((record) => record[2])).toEqual(pairsView.cells.map((cell) => cell.replace(/,/g, '')));
    const pairTexts = svgTexts(pairsFiles.svg);
    for (const cell of pairsView.cells) expect(pairTexts).toContain(cell);
    expect(pairTexts.some((text) => text.startsWith('Darker: more incidents with both options'))).toBe(true);
    expect(pairsFiles.svg).not.toMatch(/<a\b/);
    expectPngOfSvg(pairsFiles.png, pairsFiles.svg);

    await page.keyboard.press('ArrowRight');
    const second = await slideSays(page, 2, 2);
    expect(second.said.title).toBe('Consequence: the most frequent exact sets');
    expect(second.said.filters).toBe(FILTERS);
    expect(second.said.warnings).toEqual(setsView.warnings);
    expect(await second.slide.locator('.upset__value').allTextContents()).toEqual(setsView.values);
    expect(await second.slide.locator('.heat-cell__text').count()).toBe(0);
    expectSameFigure(second.said, setsFiles.svg, setsFiles.csv);
    const [setsHeader, ...setRecords] = setsFiles.csv.table;
    expect(setsHeader).toEqual(['Set', 'Incidents', 'Share']);
    expect(setRecords.slice(0, setsView.values.length).map((record) => record[1])).toEqual(setsView.values.map((value) => value.split(' ')[0].replace(/,/g, '')));
    expect(setRecords.reduce((sum, record) => sum + Number(record[1]), 0)).toBe(n);
    const setTexts = svgTexts(setsFiles.svg);
    for (const value of setsView.values) expect(setTexts).toContain(value);
    expect(setTexts).toContain('Incidents with exactly this set');
    expectPngOfSvg(setsFiles.png, setsFiles.svg);

    expect(problems).toEqual([]);
    await close();
  });
});

describe('an image of the pair matrix', () => {
  it('shades its cells in the light theme while the page shows the dark one', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    await page.evaluate(() => window.localStorage.setItem('faultline.theme', 'dark'));
    await page.goto(`${baseURL}${VIEW}`);
    const pairs = page.getByRole('region', { name: 'Options that occur together' });
    await pairs.locator('.figure-caption').waitFor();
    const actions = pairs.getByRole('toolbar', { name: 'Consequence: options that occur together: pin, download or share' });
    const markup = (await download(page, () => actions.getByRole('button', { name: 'SVG', exact: true }).click())).bytes.toString('utf8');
    const fills = [...markup.matchAll(/heat-cell__fill--value"[^>]*fill:(rgb\([^)]*\))/g)].map(([, fill]) => fill);
    expect(fills.length).toBeGreaterThan(0);
    expect(new Set(fills)).toEqual(new Set(['rgb(11, 92, 173)']));
    expect(problems).toEqual([]);
    await close();
  });
});
