import { describe, expect, inject, it } from 'vitest';
import { plainIndex } from '../analysis/plain-index';
import { FACET_IDS } from '../../src/domain/taxonomy';
import { openPage, useBrowser } from './browser';
import { routeIndex, servedIndex } from './served-index';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** How many reports the served index has classified on no facet at all, after `blank` of them were emptied. */
const UNCLASSIFIED = 4;

describe('one meaning per label', () => {
  it('counts analysed incidents, not reports: with the source on reports, unclassified reports keep the headline below 100%', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseURL);
    const index = await servedIndex(page);
    const emptied = new Set(Array.from(index.kind).flatMap((kind, row) => (kind === 0 ? [row] : [])).slice(0, UNCLASSIFIED));
    const reports = index.kind.filter((kind) => kind === 0).length;
    const plain = plainIndex(index);
    const facets = { ...plain.facets };
    for (const facet of FACET_IDS) {
      const column = index.facets[facet];
      const empty = column.combos.findIndex((combo) => combo.length === 0);
      facets[facet] = { ...column, rows: Array.from(column.rows, (combo, row) => (emptied.has(row) ? empty : combo)) };
    }
    await routeIndex(page, { ...plain, facets });
    await page.reload();
    await page.getByRole('radio', { name: 'Reports' }).check();
    await page.waitForURL(/kind=report/);
    const analysed = page.locator('dt', { hasText: 'Analysed' }).locator('xpath=following-sibling::dd');
    const share = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format((reports - UNCLASSIFIED) / reports);
    await expect.poll(() => analysed.textContent()).toMatch(new RegExp(`^${share} ${reports - UNCLASSIFIED} of ${reports} incidents have a classified facet; ${reports} reports, 0 raw articles$`));
    const phaseNotAnalysed = page.getByRole('toolbar', { name: 'Phase options' }).getByRole('button', { name: /^not analysed \d+ \(.*\), Phase, \d+ incidents/ });
    const label = await phaseNotAnalysed.getAttribute('aria-label');
    expect(Number(/, Phase, (\d+) incidents/.exec(label ?? '')?.[1])).toBeGreaterThanOrEqual(UNCLASSIFIED);
    await context.close();
  });

  it('keeps two lines at the same value apart on Trends, and names them', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?f.behaviour=crash&view=trends`);
    const figure = page.getByRole('figure', { name: 'Phase over time, per year' });
    await figure.waitFor();
    await page.locator('.figure-notes__warning', { hasText: 'Design and operation have the same value in every period' }).waitFor();
    const lines = figure.locator('.recharts-line-curve');
    const widths = await lines.evaluateAll((paths) => paths.map((path) => Number(path.getAttribute('stroke-width'))));
    expect(new Set(widths).size).toBeGreaterThan(1);
    const shapes = await figure
      .getByRole('link', { name: /^\d{4}, (Design|Operation): / })
      .evaluateAll((links) => links.map((link) => link.querySelector('.trend-point')?.getAttribute('d')?.replace(/[-\d.]+/g, '#')));
    expect(new Set(shapes).size).toBe(2);
    const point = figure.getByRole('link', { name: /^\d{4}, Design: / }).first().locator('.trend-point');
    await point.scrollIntoViewIfNeeded();
    const box = await point.boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.getByText(/^Same value, points on one another: design, operation/).waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});
