import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { contextValues, download, expectPngOfSvg, expectSameFigure, exportAndPin, figureReadout, shownSlide, svgTexts } from './figure-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** What a view section says: its warnings, filters line and caption, and the drill-down labels of its marks. */
async function sectionSays(section: Locator, marks: RegExp) {
  return { ...(await figureReadout(section)), marks: await marksOf(section, marks) };
}

const marksOf = async (scope: Locator, marks: RegExp): Promise<string[]> =>
  (await scope.locator('svg a[aria-label]').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''))).filter((label) => marks.test(label));

/** The slide on show: its title, warnings, filters and caption, and its marks' drill-down labels. */
async function slideSays(page: Page, marks: RegExp) {
  const slide = shownSlide(page);
  await slide.locator('.figure-caption').waitFor();
  await slide.locator('svg a[aria-label]').first().waitFor();
  const title = ((await slide.locator('.present-slide__title').textContent()) ?? '').replace(/^Slide \d+ of \d+: /, '');
  return { title, ...(await figureReadout(slide)), marks: await marksOf(slide, marks) };
}

const YEAR_BAR = /^\d{4}: \d+ incidents?\. List them$/;
const DESIGN_POINT = /^\d{4}, Design: /;

describe('the trends view’s figures on screen, on a slide, in an image and in a CSV', () => {
  it('say the same title, N, filters, warnings and numbers in every one of them, filtered', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=trends&f.objective=malicious&per=year`);
    const totals = page.getByRole('region', { name: 'Incidents per year' });
    const trend = page.getByRole('region', { name: 'Phase over time' });
    await trend.locator('svg a[aria-label]').first().waitFor();
    const viewTotals = await sectionSays(totals, YEAR_BAR);
    const viewTrend = await sectionSays(trend, DESIGN_POINT);
    expect(viewTotals.filters).toBe('Filters: Objective = malicious');
    expect(viewTotals.caption).toMatch(/^N = \d+ incidents · /);
    expect(viewTotals.warnings.some((warning) => warning.startsWith('Few incidents: '))).toBe(true);
    expect(viewTrend.warnings.some((warning) => warning.startsWith('Few incidents: '))).toBe(true);
    expect(viewTotals.marks.length).toBeGreaterThan(3);
    expect(viewTrend.marks.length).toBeGreaterThan(3);

    const totalsOut = await exportAndPin(page, totals, 1);
    const trendOut = await exportAndPin(page, trend, 2);

    await page.goto(`${baseURL}?view=present`);
    const slideTotals = await slideSays(page, YEAR_BAR);
    expect(slideTotals.title).toBe('Incidents per year');
    await page.getByRole('button', { name: 'Next' }).click();
    await shownSlide(page).getByRole('heading', { name: /Phase over time$/ }).waitFor();
    const slideTrend = await slideSays(page, DESIGN_POINT);
    expect(slideTrend.title).toBe('Phase over time');

    for (const [view, slide, out] of [
      [viewTotals, slideTotals, totalsOut],
      [viewTrend, slideTrend, trendOut],
    ] as const) {
      expect(slide.warnings).toEqual(view.warnings);
      expect(slide.filters).toBe(view.filters);
      expect(slide.caption.startsWith(view.caption)).toBe(true);
      expect(slide.marks).toEqual(view.marks);
      expectSameFigure(slide, out.svg, out.csv);
      expectPngOfSvg(out.png, out.svg);
    }

    // The bars' numbers: the view's links, the CSV's rows and the image's axis agree.
    const barCounts = viewTotals.marks.map((label) => label.replace(/ incidents?\. List them$/, '').split(': '));
    const [totalsHeader, ...totalsRows] = totalsOut.csv.table;
    expect(totalsHeader).toEqual(['Period', 'Incidents', 'Low N']);
    expect(totalsRows.filter((row) => row[2] !== 'no incident').map((row) => [row[0], row[1]])).toEqual(barCounts);
    const totalsTexts = svgTexts(totalsOut.svg);
    for (const [year] of barCounts) expect(totalsTexts).toContain(year);
    expect((totalsOut.svg.match(/class="period-bar"/g) ?? []).length).toBe(barCounts.length);
    const n = Number(/^N = (\d+)/.exec(viewTotals.caption)?.[1]);
    expect(barCounts.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(n);

    // The trend's points: each design point's count of its year is the CSV's, and the image draws its lines.
    const [trendHeader, ...trendRows] = trendOut.csv.table;
    expect(trendHeader.slice(0, 7)).toEqual(['Period', 'Incidents', 'Denominator', 'Denominator counts', 'Low N', 'Option', 'Count']);
    const designRows = new Map(trendRows.filter((row) => row[5] === 'design').map((row) => [row[0], row]));
    for (const label of viewTrend.marks) {
      const [, year, count, of] = /^(\d{4}), Design: (\d+) of (\d+) /.exec(label) ?? [];
      expect([designRows.get(year)?.[6], designRows.get(year)?.[2]]).toEqual([count, of]);
    }
    const lines = [...trendOut.svg.matchAll(/class="recharts-curve recharts-line-curve"[^>]*\bd="([^"]*)"/g)].map(([, d]) => d);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((d) => /^M[\d.]+,[\d.]+L/.test(d))).toBe(true);
    expect(svgTexts(trendOut.svg)).toEqual(expect.arrayContaining(['design', 'operation', '95% interval']));
    expect(contextValues(trendOut.csv.context, 'filters')).toEqual(['Objective = malicious']);

    expect(problems).toEqual([]);
    await close();
  });

  it('exports small multiples as one image with a small chart per option', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=trends&layout=multiples`);
    const trend = page.getByRole('region', { name: 'Phase over time' });
    await trend.locator('.trend-panel').first().waitFor();
    const panels = await trend.locator('.trend-panel__title').allTextContents();
    const svg = await download(page, () => trend.getByRole('button', { name: 'SVG', exact: true }).click());
    const markup = svg.bytes.toString('utf8');
    // An image frames the first SVG it finds: every panel in it means they are drawn in one.
    expect(panels.length).toBeGreaterThan(2);
    const texts = svgTexts(markup);
    for (const title of panels) expect(texts).toContain(title);
    expect(texts).toContain('95% interval (band)');
    expect(problems).toEqual([]);
    await close();
  });
});
