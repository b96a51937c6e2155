import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { expectPngOfSvg, expectSameFigure, exportAndPin, figureReadout, shownSlide, slideReadout, svgTexts } from './figure-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

const FILTERED = '?f.domain=finance&view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious';
const TITLE = 'Cohort B (Objective = non-malicious) against cohort A (Objective = malicious)';

/** "53.3%" as a fraction. */
const shareOf = (text: string): number => Number(text.replace('%', '')) / 100;

describe('a filtered cohort comparison on screen, on a slide, in an image and in a CSV', () => {
  it('says the same title, N, filters, warnings and numbers in every one of them', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}${FILTERED}`);
    const section = page.getByRole('region', { name: 'Cohort B against cohort A' });
    await section.locator('.figure-caption').waitFor();
    const size = async (name: 'A' | 'B') =>
      Number(/^(\d+) incidents?/.exec((await page.getByRole('region', { name: `Cohort ${name}` }).locator('.cohort-editor__size').textContent()) ?? '')?.[1]);
    const [a, b] = [await size('A'), await size('B')];
    const view = await figureReadout(section);
    const [, union, both] = /^N = (\d+) incidents in A or B: \d+ in A, \d+ in B, (\d+) in both · /.exec(view.caption) ?? [];
    expect(view.caption).toContain(`in A or B: ${a} in A, ${b} in B, ${both} in both`);
    expect(Number(union)).toBe(a + b - Number(both));
    expect(view.filters).toBe('Filters: Domain = finance; Cohort A: Objective = malicious; Cohort B: Objective = non-malicious');
    expect(view.warnings).toContainEqual(expect.stringMatching(/^Small cohorts: /));
    expect(await section.locator('.difference-group__title').first().textContent()).toMatch(/\(N: A \d+, B \d+\)/);

    const { svg: markup, png, csv } = await exportAndPin(page, section.getByRole('toolbar', { name: `${TITLE}: pin, download or share` }));
    await page.goto(`${baseURL}?view=present`);
    const said = await slideReadout(page);
    const slide = shownSlide(page);
    expect(said.title).toBe(TITLE);
    expect(said.filters).toBe(view.filters);
    expect(said.warnings).toEqual(view.warnings);
    expect(said.caption.startsWith(view.caption.split(' · ')[0])).toBe(true);

    expectSameFigure(said, markup, csv);

    // The slide and the image draw the same largest differences, and the CSV has their shares.
    // A label's own text, without the hover sentence in its <title>.
    const labels = await slide
      .locator('.difference-row__label')
      .evaluateAll((nodes) => nodes.map((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent).join('')));
    const shares = await slide.locator('.difference-row__share').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(await slide.getByText(/^The slide and the image draw the \d+ largest of the \d+ differences/).count()).toBe(1);
    const texts = svgTexts(markup);
    for (const text of [...labels, ...shares]) expect(texts).toContain(text);
    const [header, ...records] = csv.table;
    expect(header.slice(0, 8)).toEqual(['Facet', 'Option', 'A incidents', 'A N', 'A share', 'B incidents', 'B N', 'B share']);
    const whole = labels.flatMap((label, i) => (label.endsWith('…') ? [] : [{ label, a: shares[2 * i], b: shares[2 * i + 1] }]));
    expect(whole.length).toBeGreaterThan(labels.length / 2);
    for (const row of whole) {
      const record = records.find(([facet, option]) => `${facet}: ${option}` === row.label);
      expect(record, row.label).toBeDefined();
      expect(Math.abs(Number(record![4]) - shareOf(row.a))).toBeLessThan(0.0006);
      expect(Math.abs(Number(record![7]) - shareOf(row.b))).toBeLessThan(0.0006);
      expect(Number(record![3])).toBe(a);
    }

    expectPngOfSvg(png, markup);
    expect(problems).toEqual([]);
    await close();
  });
});
