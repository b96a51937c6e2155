import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { THEME_COLOURS } from '../../src/presentation/theme-tokens';
import { openPage, useBrowser } from './browser';
import { download, expectPngOfSvg, expectSameFigure, exportAndPin, figureReadout, shownSlide, slideReadout, svgTexts } from './figure-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** The overview panel of `facet`, and its actions menu opened. */
async function panelActions(page: Page, facet: string) {
  await page.getByRole('button', { name: `Pin, download or share ${facet}` }).click();
  const actions = page.getByRole('toolbar', { name: `${facet}: pin, download or share` });
  await actions.waitFor();
  return actions;
}

describe('a facet panel on screen, on a slide, in an image and in a CSV', () => {
  it('says the same title, N, filters, warnings and numbers in every one of them', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?f.objective=malicious&f.domain=finance&gaps=0`);
    const panel = page.getByRole('region', { name: 'Boundary', exact: true });
    await panel.waitFor();
    const view = {
      n: (await panel.locator('.facet-panel__n').textContent()) ?? '',
      warnings: (await figureReadout(panel)).warnings,
      values: await panel.locator('.share-bar__value').allTextContents(),
    };
    expect(view.n).toMatch(/^N = \d+ incidents with a boundary answer/);
    expect(view.warnings.length).toBeGreaterThan(0);

    const { svg: markup, png, csv } = await exportAndPin(page, await panelActions(page, 'Boundary'));
    await page.goto(`${baseURL}?view=present`);
    const said = await slideReadout(page);
    expect(said.title).toBe('Boundary');
    expect(said.caption.startsWith(`${view.n} · `)).toBe(true);
    expect(said.filters).toBe('Filters: Domain = finance; Objective = malicious');
    expect(said.warnings).toEqual(view.warnings);
    expect(await shownSlide(page).locator('.share-bar__value').allTextContents()).toEqual(view.values);

    expectSameFigure(said, markup, csv);
    const [header, ...records] = csv.table;
    expect(header).toEqual(['Option', 'Incidents', 'Share', 'Share of all incidents']);
    expect(records.map((record) => record[1])).toEqual(view.values.map((value) => value.split(' ')[0]));
    const texts = svgTexts(markup);
    for (const value of view.values) expect(texts).toContain(value);
    expect(texts.some((text) => text.startsWith('Outline: the same share over all incidents'))).toBe(true);

    expectPngOfSvg(png, markup);
    expect(problems).toEqual([]);
    await close();
  });
});

/** `#e6e8eb` as the browser writes a computed colour: `rgb(230, 232, 235)`. */
const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('an image of a figure', () => {
  it('is drawn in the light theme while the page shows the dark one', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    await page.evaluate(() => window.localStorage.setItem('faultline.theme', 'dark'));
    await page.goto(`${baseURL}?f.objective=malicious`);
    await page.getByRole('region', { name: 'Phase', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const actions = await panelActions(page, 'Phase');
    const markup = (await download(page, () => actions.getByRole('button', { name: 'SVG', exact: true }).click())).bytes.toString('utf8');
    const darkOnly = (['ink', 'ink-muted', 'surface', 'surface-sunken'] as const).map((token) => THEME_COLOURS[token].dark);
    for (const colour of darkOnly) expect(markup).not.toContain(rgb(colour));
    expect(markup).toContain(rgb(THEME_COLOURS.ink.light));
    expect(problems).toEqual([]);
    await close();
  });
});
