import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { readCsv } from '../export/read-csv';

/** A download the page starts with `start`, read whole. */
export async function download(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width and height of a PNG, read from its IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Every `<text>` of an SVG document as a reader sees it, in document order, entities
 * decoded and any `<title>` tooltip inside it dropped. Wrapped lines are separate entries.
 */
export function svgTexts(markup: string): string[] {
  return [...markup.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map(([, inner]) =>
    inner
      .replace(/<title>[\s\S]*?<\/title>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]),
  );
}

/** The SVG's text as one string, lines joined by spaces, so a sentence wrapped over lines is found whole. */
export const svgProse = (markup: string): string => svgTexts(markup).join(' ');

/** The SVG document's own `<title>`, the first one, which names the chart. */
export const svgTitle = (markup: string): string | undefined => /<title>([^<]*)<\/title>/.exec(markup)?.[1];

/** A figure's CSV: its context lines in order (warnings, notes and statistics may repeat) and its table. */
export function figureCsvParts(bytes: Buffer): { context: [string, string][]; table: string[][] } {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = readCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const blank = records.findIndex((record) => record.length === 1 && record[0] === '');
  expect(blank).toBeGreaterThan(0);
  return { context: records.slice(0, blank).map(([key, value]) => [key, value]), table: records.slice(blank + 1) };
}

/** The values of one key of a CSV's context, in order. */
export const contextValues = (context: readonly [string, string][], key: string): string[] => context.filter(([k]) => k === key).map(([, v]) => v);

/** What a figure says around its chart where it is drawn (a view section or a slide): its warnings, filters line and caption, empty where it has none. */
export async function figureReadout(scope: Locator): Promise<{ warnings: string[]; filters: string; caption: string }> {
  const warnings = (await scope.locator('.figure-notes__warning').allTextContents()).map((text) => text.replace(/^Careful: /, ''));
  const [filters = ''] = await scope.locator('.figure-caption__filters').allTextContents();
  const [caption = ''] = await scope.locator('.figure-caption__figures').allTextContents();
  return { warnings, filters, caption };
}

/** The slide on show in present mode. */
export const shownSlide = (page: Page): Locator => page.locator('.present-slide:not([hidden])');

/** "N = 12 incidents with …" as the CSV's N line writes it: "12 incidents with …". */
export const csvN = (countText: string): string => countText.replace(/^N = /, '');

/**
 * Checks that the slide, the SVG and the CSV of one figure say the same thing: the title,
 * N and what it counts, the filters in words, every warning and the caption.
 */
export function expectSameFigure(
  slide: { title: string; warnings: string[]; filters: string; caption: string },
  svg: string,
  csv: { context: [string, string][] },
): void {
  const prose = svgProse(svg);
  const n = slide.caption.split(' · ')[0];
  expect(svgTitle(svg)).toBe(slide.title);
  expect(contextValues(csv.context, 'chart')).toEqual([slide.title]);
  expect(prose).toContain(slide.filters);
  expect(`Filters: ${contextValues(csv.context, 'filters')[0]}`).toBe(slide.filters === 'Filters: none, all incidents' ? 'Filters: none' : slide.filters);
  expect(prose).toContain(slide.caption.replace(/ \(pinned from build [0-9a-f]+\)$/, ''));
  expect(contextValues(csv.context, 'N')).toEqual([csvN(n)]);
  for (const warning of slide.warnings) expect(prose).toContain(`Careful: ${warning}`);
  expect(contextValues(csv.context, 'warning')).toEqual(slide.warnings);
}

/** A figure's SVG (as text), PNG and CSV (read), downloaded through its actions, then the figure pinned as slide `position`. */
export async function exportAndPin(
  page: Page,
  actions: Locator,
  position = 1,
): Promise<{ svg: string; png: Buffer; csv: ReturnType<typeof figureCsvParts> }> {
  const file = async (kind: string) => (await download(page, () => actions.getByRole('button', { name: kind, exact: true }).click())).bytes;
  const svg = (await file('SVG')).toString('utf8');
  const png = await file('PNG');
  const csv = figureCsvParts(await file('CSV'));
  await actions.getByRole('button', { name: 'Pin to deck' }).click();
  await page.getByText(`Pinned as slide ${position}.`).waitFor();
  return { svg, png, csv };
}

/** Checks that the PNG is the SVG drawn at twice its size. */
export function expectPngOfSvg(png: Buffer, svg: string): void {
  const [, width, height] = /<svg [^>]*width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg) ?? [];
  expect(pngSize(png)).toEqual({ width: Math.round(2 * Number(width)), height: Math.round(2 * Number(height)) });
}

/** The slide on show once its figure is drawn: its title without "Slide n of m: ", and what its figure says. */
export async function slideReadout(page: Page): Promise<{ title: string; warnings: string[]; filters: string; caption: string }> {
  const slide = shownSlide(page);
  await slide.locator('.figure-caption').waitFor();
  const title = ((await slide.locator('.present-slide__title').textContent()) ?? '').replace(/^Slide \d+ of \d+: /, '');
  return { title, ...(await figureReadout(slide)) };
}
