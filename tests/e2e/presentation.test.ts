import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readCsvParts } from '../export/read-csv';
import type { FacetId } from '../../src/domain/taxonomy';
import { openPage, useBrowser } from './browser';
import { hasOption, servedIndex } from './index-counts';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** What a test asks the raw index: rows having every option, published in `fromYear` or later when given. */
interface RowQuery {
  readonly options: readonly (readonly [facet: string, option: string])[];
  readonly fromYear?: number;
}


/** The index rows a query selects, by a plain loop over the served index.json: what the page is checked against. */
async function selectRows(page: Page, { options, fromYear }: RowQuery): Promise<number[]> {
  const index = await servedIndex(page);
  const rows: number[] = [];
  for (let row = 0; row < index.count; row += 1) {
    const published = index.published[row];
    if (fromYear !== undefined && (published === null || Math.floor(published / 10000) < fromYear)) continue;
    if (options.every(([facet, option]) => hasOption(index, row, facet, option))) rows.push(row);
  }
  return rows;
}

/** A facet's counts over `rows` by the same plain loop: each option of the dictionary in order, then "not analysed". */
async function facetCounts(page: Page, facet: string, rows: readonly number[]): Promise<{ option: string; count: number }[]> {
  const column = (await servedIndex(page)).facets[facet as FacetId];
  const combos = rows.map((row) => column.combos[column.rows[row]]);
  return [
    ...column.options.map((option, k) => ({ option, count: combos.filter((combo) => combo.includes(k)).length })),
    { option: '__none__', count: combos.filter((combo) => combo.length === 0).length },
  ];
}

const buildOf = async (page: Page): Promise<string> => (await servedIndex(page)).build;

const panelMenu = (page: Page, facet: string) => page.getByRole('button', { name: `Pin, download or share ${facet}` });
const panelActions = (page: Page, facet: string) => page.getByRole('toolbar', { name: `${facet}: pin, download or share` });

/** Opens a facet panel's menu and returns its actions. */
async function openActions(page: Page, facet: string) {
  await panelMenu(page, facet).click();
  const actions = panelActions(page, facet);
  await actions.waitFor();
  return actions;
}

/** Opens the overview at `search` and pins `facet`'s panel, checking the slide number the page reports. */
async function pinPanel(page: Page, search: string, facet: string, position: number): Promise<void> {
  await page.goto(`${baseURL}${search}`);
  await page.getByText(/ of 36 incidents$/).waitFor();
  const actions = await openActions(page, facet);
  await actions.getByRole('button', { name: 'Pin to deck' }).click();
  await page.getByText(`Pinned as slide ${position}.`).waitFor();
}

/** The three views every deck test starts from: three panels, each under other filters. */
const PINS = [
  { search: '?f.objective=malicious', facet: 'Phase', filters: 'Objective = malicious', query: { options: [['objective', 'malicious']] } },
  { search: '?f.domain=finance&from=2015', facet: 'Boundary', filters: 'Domain = finance; Years from 2015', query: { options: [['domain', 'finance']], fromYear: 2015 } },
  { search: '?f.phase=design&f.nature=human_actions', facet: 'Domain', filters: 'Phase = design; Nature = human actions', query: { options: [['phase', 'design'], ['nature', 'human_actions']] } },
] as const satisfies readonly { search: string; facet: string; filters: string; query: RowQuery }[];

async function pinThree(page: Page): Promise<void> {
  for (const [i, pin] of PINS.entries()) await pinPanel(page, pin.search, pin.facet, i + 1);
}

async function openDeck(page: Page): Promise<void> {
  await page.goto(`${baseURL}?view=deck`);
  await page.getByRole('heading', { level: 1, name: 'Deck' }).waitFor();
}

/** A download the page starts with `start`, read whole. */
async function download(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width and height of a PNG, read from its IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const shownSlide = (page: Page) => page.locator('.present-slide:not([hidden])');
const counter = (page: Page) => page.locator('.present__counter').textContent();
const slideTitleInputs = (page: Page) => page.locator('.deck-slide__title');

describe('presenting and sharing the overview', () => {
  it('pins three panels, presents them with the keyboard, each slide titled and captioned with its filters, and leaves with Escape', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    await pinThree(page);
    await openDeck(page);
    expect(await page.getByRole('link', { name: 'Deck (3)' }).count()).toBe(1);
    await page.getByLabel('Slide 2 title').fill('Finance faults by origin');
    await page.getByLabel('Slide 2 note').fill('Where finance faults came from since 2015.');

    const build = (await buildOf(page)).slice(0, 12);
    const expected = await Promise.all(
      PINS.map(async (pin, i) => ({
        title: i === 1 ? 'Finance faults by origin' : pin.facet,
        caption: `Filters: ${pin.filters} N = ${(await selectRows(page, pin.query)).length} incidents · `,
      })),
    );
    const expectSlide = async (position: number) => {
      expect(await counter(page)).toBe(`${position} / 3`);
      const slide = shownSlide(page);
      expect(await slide.locator('.present-slide__title').textContent()).toBe(`Slide ${position} of 3: ${expected[position - 1].title}`);
      const caption = (await slide.locator('.present-slide__caption').textContent()) ?? '';
      expect(caption.startsWith(expected[position - 1].caption)).toBe(true);
      expect(caption.endsWith(`dataset build ${build}`)).toBe(true);
      await slide.getByRole('group', { name: `${PINS[position - 1].facet} options` }).waitFor();
    };

    await page.getByRole('button', { name: 'Present' }).click();
    await page.locator('.present__counter').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('present');
    await expectSlide(1);
    await page.keyboard.press('ArrowRight');
    await expectSlide(2);
    expect(await shownSlide(page).locator('.present-slide__note').textContent()).toBe('Where finance faults came from since 2015.');
    await page.keyboard.press('Space');
    await expectSlide(3);
    await page.keyboard.press('Home');
    await expectSlide(1);
    await page.keyboard.press('End');
    await expectSlide(3);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(2);

    const boundary = await facetCounts(page, 'boundary', await selectRows(page, PINS[1].query));
    const values = await shownSlide(page).locator('.share-bar__value').allTextContents();
    expect(values.map((value) => Number(value.split(' ')[0]))).toEqual(boundary.map((each) => each.count));

    const pdf = (await page.pdf({ format: 'A4', landscape: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(3);

    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Deck' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('deck');
    expect(problems).toEqual([]);
    await close();
  });

  it('exports a panel as a PNG at twice the size of its SVG, both saying what they show', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?f.objective=malicious`);
    await page.getByText(/ of 36 incidents$/).waitFor();
    const actions = await openActions(page, 'Boundary');
    const svg = await download(page, () => actions.getByRole('button', { name: 'SVG', exact: true }).click());
    const png = await download(page, () => actions.getByRole('button', { name: 'PNG', exact: true }).click());
    const build = (await buildOf(page)).slice(0, 8);
    expect([svg.name, png.name]).toEqual([`faultline-boundary-objective-malicious-${build}.svg`, `faultline-boundary-objective-malicious-${build}.png`]);

    const markup = svg.bytes.toString('utf8');
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(markup) ?? [];
    expect(pngSize(png.bytes)).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
    const malicious = await selectRows(page, { options: [['objective', 'malicious']] });
    expect(markup).toContain('<title>Boundary</title>');
    expect(markup).toContain('Filters: Objective = malicious');
    expect(markup).toContain(`N = ${malicious.length} incidents · `);
    expect(markup).toContain(`dataset build ${(await buildOf(page)).slice(0, 12)}`);
    expect(problems).toEqual([]);
    await close();
  });

  it('exports a panel’s CSV with the numbers of a plain count over index.json and of the panel’s own bars', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?f.objective=malicious&f.domain=finance`);
    await page.getByText(/ of 36 incidents$/).waitFor();
    const actions = await openActions(page, 'Boundary');
    const csv = await download(page, () => actions.getByRole('button', { name: 'CSV', exact: true }).click());
    expect(csv.name).toBe(`faultline-boundary-domain-finance-objective-malicious-${(await buildOf(page)).slice(0, 8)}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { context, table } = readCsvParts(csv.bytes.toString('utf8'));
    const [header, ...records] = table;
    expect(header).toEqual(['Option', 'Incidents', 'Share', 'Share of all incidents']);
    expect(context.get('filters')).toBe('Domain = finance; Objective = malicious');

    const rows = await selectRows(page, { options: [['objective', 'malicious'], ['domain', 'finance']] });
    const counts = await facetCounts(page, 'boundary', rows);
    expect(records.map((record) => Number(record[1]))).toEqual(counts.map((each) => each.count));
    expect(records.map((record) => Number(record[2]))).toEqual(counts.map((each) => Number((each.count / rows.length).toFixed(6))));
    expect(records.at(-1)?.[0]).toBe('not analysed');

    const bars = await page.getByRole('toolbar', { name: 'Boundary options' }).locator('.share-bar__value').allTextContents();
    expect(bars.map((value) => Number(value.split(' ')[0]))).toEqual(records.map((record) => Number(record[1])));
    expect(problems).toEqual([]);
    await close();
  });

  it('exports the deck, imports it back into an emptied deck, and refuses a damaged file leaving the deck as it was', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    await pinThree(page);
    await openDeck(page);
    const titles = await slideTitleInputs(page).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(titles).toEqual(['Phase', 'Boundary', 'Domain']);
    const exported = await download(page, () => page.getByRole('button', { name: 'Export deck' }).click());
    expect(exported.name).toBe('findings.faultline-deck.json');
    const deck = JSON.parse(exported.bytes.toString('utf8')) as { slides: { view: string; chart: unknown }[] };
    expect(deck.slides.map((slide) => slide.view)).toEqual(PINS.map((pin) => pin.search));

    for (let left = 3; left > 0; left -= 1) await page.getByRole('button', { name: 'Remove slide 1' }).click();
    await page.getByText(/^No slides yet/).waitFor();

    const file = join(tmpdir(), `faultline-e2e-${process.pid}.faultline-deck.json`);
    await writeFile(file, exported.bytes);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import deck' }).click()]);
    await chooser.setFiles(file);
    await rm(file);
    await page.getByText(/^Imported 3 slides from /).waitFor();
    expect(await slideTitleInputs(page).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(titles);
    const stored = await page.evaluate(() => window.localStorage.getItem('faultline.deck'));
    expect(JSON.parse(stored ?? 'null')).toEqual(deck);

    const damaged = [
      { name: 'cut-short.faultline-deck.json', buffer: exported.bytes.subarray(0, exported.bytes.length >> 1), reason: /^it is not JSON/ },
      { name: 'wrong-chart.faultline-deck.json', buffer: Buffer.from(JSON.stringify({ ...deck, slides: [{ ...deck.slides[0], chart: { kind: 'facet', facet: 'colour' } }] })), reason: /^slide 1 chart facet: / },
    ];
    for (const { name, buffer, reason } of damaged) {
      const [picker] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import deck' }).click()]);
      await picker.setFiles({ name, mimeType: 'application/json', buffer });
      const alert = page.getByRole('alert').filter({ hasText: `${name} was not imported, and your deck is unchanged:` });
      await alert.waitFor();
      expect(await alert.locator('li').first().textContent()).toMatch(reason);
      expect(await page.evaluate(() => window.localStorage.getItem('faultline.deck'))).toBe(stored);
      expect(await slideTitleInputs(page).count()).toBe(3);
    }
    expect(problems).toEqual([]);
    await close();
  });
});
