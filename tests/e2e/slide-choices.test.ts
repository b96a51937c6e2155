import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { download, figureCsvParts, shownSlide, slideReadout } from './figure-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

const COHORTS = '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious';
const TITLE = 'Cohort B (Objective = non-malicious) against cohort A (Objective = malicious)';
const CHOSEN = ['Phase', 'Capability'];
const TOP = 8;

/** The option labels a slide's difference plot draws, each its own text without the hover sentence in its <title>. */
const drawnLabels = (page: Page): Promise<string[]> =>
  shownSlide(page)
    .locator('.difference-row__label')
    .evaluateAll((nodes) => nodes.map((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent).join('')));

describe('a cohort slide compared on the facets chosen on the deck page', () => {
  it('draws exactly the largest differences of those facets, however many were asked for', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}${COHORTS}`);
    const section = page.getByRole('region', { name: 'Cohort B against cohort A' });
    await section.locator('.figure-caption').waitFor();
    const actions = section.getByRole('toolbar', { name: `${TITLE}: pin, download or share` });
    const csv = figureCsvParts((await download(page, () => actions.getByRole('button', { name: 'CSV', exact: true }).click())).bytes);
    await actions.getByRole('button', { name: 'Pin to deck' }).click();
    await page.getByText('Pinned as slide 1.').waitFor();

    await page.goto(`${baseURL}?view=deck`);
    const shows = page.getByRole('group', { name: 'Slide 1 shows' });
    const facets = shows.getByRole('group', { name: /^Facets compared/ });
    await facets.getByRole('checkbox', { name: 'Phase', exact: true }).waitFor();
    expect(await facets.getByRole('checkbox', { name: 'Objective', exact: true }).count()).toBe(0);
    for (const box of await facets.getByRole('checkbox').all()) {
      const name = (await box.locator('xpath=..').textContent()) ?? '';
      if (!CHOSEN.includes(name)) await box.uncheck();
    }
    // The CSV holds every option; the plot draws those tested in either cohort.
    const [header, ...records] = csv.table;
    const [facet, option, difference] = ['Facet', 'Option', 'B − A'].map((name) => header.indexOf(name));
    const plotted = records
      .filter((record) => CHOSEN.includes(record[facet]) && record[difference] !== '')
      // The CSV names unknown as the facet panels do ("any unknown"), the plot as the option it is.
      .map((record) => ({ label: `${record[facet]}: ${record[option].replace(/^any unknown$/, 'unknown')}`, size: Math.abs(Number(record[difference])) }))
      .sort((x, y) => y.size - x.size);

    for (const top of [TOP, 3]) {
      await shows.getByRole('combobox', { name: 'Differences drawn' }).selectOption(String(top));
      await page.getByRole('button', { name: 'Present' }).click();
      expect((await slideReadout(page)).title).toBe(TITLE);
      const drawn = Math.min(top, plotted.length);
      const expected = plotted.slice(0, drawn);
      // Differences tied with the last one drawn may stand in for it.
      const tied = plotted.filter((row) => Math.abs(row.size - expected[drawn - 1].size) < 1e-6).map((row) => row.label);
      const labels = await drawnLabels(page);
      expect(labels).toHaveLength(drawn);
      expect(new Set(labels).size).toBe(drawn);
      // A long label is cut with "…" to fit beside the plot.
      const allowed = [...expected.map((row) => row.label), ...tied];
      for (const label of labels) expect(allowed.some((each) => each === label || (label.endsWith('…') && each.startsWith(label.slice(0, -1)))), label).toBe(true);
      const title = drawn < plotted.length ? `The ${drawn} largest of ${plotted.length} differences in Phase and Capability` : `All ${plotted.length} differences in Phase and Capability`;
      expect(await shownSlide(page).getByText(title, { exact: false }).count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await shows.waitFor();
    }
    expect(problems).toEqual([]);
    await close();
  });
});
