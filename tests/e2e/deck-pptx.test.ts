import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { download, shownSlide, slideReadout } from './figure-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();
const run = promisify(execFile);

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

const COHORTS = '?f.domain=finance&view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious';
const COHORT_TITLE = 'Cohort B (Objective = non-malicious) against cohort A (Objective = malicious)';
const CROSSTAB = '?view=crosstab&rows=phase&cols=objective&f.domain=finance';
const CROSSTAB_TITLE = 'Phase × Objective';
const NOTES = ['Finance dominates once malicious incidents are picked out.', 'Read the intervals, not the points.', 'Design & operation <both> matter.'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);

/** Each paragraph of a slide or notes part as a reader sees it: its runs joined, entities decoded. */
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, inner]) => decode([...inner.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, text]) => text).join(''))).filter((text) => text !== '');

/** The parts a slide points to (its chart, notes, pictures), by their path in the package. */
async function relatedParts(zip: JSZip, slide: number): Promise<string[]> {
  const rels = (await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string')) ?? '';
  return [...rels.matchAll(/Target="(?:\.\.\/|\/ppt\/)([^"]+)"/g)].map(([, target]) => `ppt/${target}`);
}

/** A chart part's categories and each series' values, as the file caches them for a reader. */
function chartSeries(xml: string): { categories: string[]; values: string[] }[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, series]) => {
    const points = (part: string) => [...(new RegExp(`<c:${part}>([\\s\\S]*?)</c:${part}>`).exec(series)?.[1] ?? '').matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map(([, value]) => decode(value));
    return { categories: points('cat'), values: points('val') };
  });
}

/** Opens `url`, waits for the chart's actions `actions` finds there, and pins it as slide `position`. */
async function pinFrom(page: Page, url: string, actions: (page: Page) => Promise<Locator>, position: number): Promise<void> {
  await page.goto(`${baseURL}${url}`);
  await (await actions(page)).getByRole('button', { name: 'Pin to deck' }).click();
  await page.getByText(`Pinned as slide ${position}.`).waitFor();
}

/** Runs LibreOffice with a profile of its own, so runs in parallel never share one. */
async function toPdf(pptx: string, folder: string): Promise<Buffer> {
  const profile = await mkdtemp(join(tmpdir(), 'faultline-soffice-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, pptx], { timeout: 90_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return readFile(pptx.replace(/\.pptx$/, '.pdf'));
}

describe('a deck exported as PowerPoint', () => {
  it('holds every slide’s title, caption, filters, notes and the chart numbers the screen shows, and LibreOffice opens it', { timeout: 180_000 }, async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`));
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));

    await pinFrom(page, '?f.objective=malicious&bars=count', async (p) => {
      await p.getByRole('button', { name: 'Pin, download or share Domain' }).click();
      return p.getByRole('toolbar', { name: 'Domain: pin, download or share' });
    }, 1);
    await pinFrom(page, COHORTS, async (p) => {
      const section = p.getByRole('region', { name: 'Cohort B against cohort A' });
      await section.locator('.figure-caption').waitFor();
      return section.getByRole('toolbar', { name: `${COHORT_TITLE}: pin, download or share` });
    }, 2);
    await pinFrom(page, CROSSTAB, async (p) => {
      const section = p.getByRole('region', { name: CROSSTAB_TITLE, exact: true });
      await section.locator('.figure-caption').waitFor();
      return section.getByRole('toolbar', { name: `${CROSSTAB_TITLE}: pin, download or share` });
    }, 3);

    await page.goto(`${baseURL}?view=deck`);
    await page.getByLabel('Deck title').fill('Malicious & finance: Q3');
    for (const [i, note] of NOTES.entries()) await page.getByLabel(`Slide ${i + 1} note`).fill(note);
    // The cohort slide compares two facets only, as chosen on the deck page.
    const compared = page.getByRole('group', { name: 'Slide 2 shows' }).getByRole('group', { name: /^Facets compared/ });
    await compared.getByRole('checkbox', { name: 'Phase', exact: true }).waitFor();
    for (const box of await compared.getByRole('checkbox').all()) {
      if (!['Phase', 'Capability'].includes((await box.locator('xpath=..').textContent()) ?? '')) await box.uncheck();
    }

    // What each slide says on screen, read in present mode.
    await page.getByRole('button', { name: 'Present' }).click();
    const screen = [];
    for (let i = 0; i < 3; i += 1) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const said = await slideReadout(page);
      const slide = shownSlide(page);
      // A permutation test's p-value arrives from a worker after the slide is drawn.
      await slide.locator('.figure-notes__statistic', { hasText: 'being computed' }).waitFor({ state: 'detached', timeout: 30_000 });
      const statistics = await slide.locator('.figure-notes__statistic').allTextContents();
      if (i === 1) {
        // Each label's own text, without the hover sentence in its <title>.
        const labels = await slide
          .locator('.difference-row__label')
          .evaluateAll((nodes) => nodes.map((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent).join('')));
        expect(labels.length).toBeGreaterThan(0);
        for (const label of labels) expect(label).toMatch(/^(Phase|Capability): /);
      }
      const bars =
        i === 0
          ? { labels: await slide.locator('.share-bar__text').allTextContents(), values: await slide.locator('.share-bar__value').allTextContents() }
          : null;
      screen.push({ ...said, statistics, bars });
    }
    expect(screen.map((said) => said.title)).toEqual(['Domain', COHORT_TITLE, CROSSTAB_TITLE]);
    expect(screen[0].filters).toBe('Filters: Objective = malicious');
    const counts = screen[0].bars!.values.map((value) => Number(value.split(' ')[0].replace(/,/g, '')));
    const options = counts.slice(0, -2);
    expect(options).toEqual([...options].sort((a, b) => b - a));
    expect(screen[2].statistics).toEqual([expect.stringMatching(/^X² = .*permutation test/)]);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Deck' }).waitFor();
    // A fresh page has no finished permutation test: the export must wait for its own.
    await page.goto(`${baseURL}?view=deck`);

    const button = page.getByRole('button', { name: 'Export PowerPoint' });
    await button.and(page.locator(':enabled')).waitFor();
    const file = await download(page, () => button.click());
    expect(file.name).toBe('malicious-finance-q3.pptx');
    await page.getByText('Saved malicious-finance-q3.pptx.').waitFor();

    const zip = await JSZip.loadAsync(file.bytes);
    const slideParts = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slideParts).toHaveLength(4);
    expect(paragraphs((await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '')).toContain('Malicious & finance: Q3');

    for (const [i, said] of screen.entries()) {
      const number = i + 2;
      const texts = paragraphs((await zip.file(`ppt/slides/slide${number}.xml`)?.async('string')) ?? '');
      expect(texts[0], `slide ${number} title`).toBe(said.title);
      expect(texts).toContain(said.filters);
      expect(texts).toContain(said.caption);
      for (const warning of said.warnings) expect(texts).toContain(`Careful: ${warning}`);
      for (const statistic of said.statistics) expect(texts).toContain(statistic);
      const parts = await relatedParts(zip, number);
      const notes = parts.find((part) => part.startsWith('ppt/notesSlides/'));
      expect(notes, `slide ${number} notes`).toBeDefined();
      expect(paragraphs((await zip.file(notes!)?.async('string')) ?? '')).toContain(NOTES[i]);
      const charts = parts.filter((part) => part.startsWith('ppt/charts/'));
      const pictures = parts.filter((part) => part.startsWith('ppt/media/'));
      if (i === 0) {
        expect(pictures).toEqual([]);
        expect(charts).toHaveLength(1);
        const [share, baseline] = chartSeries((await zip.file(charts[0])?.async('string')) ?? '');
        expect(baseline.values).toHaveLength(share.values.length);
        expect(share.categories).toEqual(said.bars!.labels.map((label, k) => `${label}: ${said.bars!.values[k]}`));
        expect(share.values.map((value) => `${value}%`)).toEqual(said.bars!.values.map((value) => /\(([^)]+)\)$/.exec(value)?.[1]));
      } else {
        expect(charts).toEqual([]);
        expect(pictures).toHaveLength(1);
        const png = await zip.file(pictures[0])!.async('nodebuffer');
        expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
      }
    }
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();

    const folder = await mkdtemp(join(tmpdir(), 'faultline-pptx-'));
    try {
      const pptx = join(folder, file.name);
      await writeFile(pptx, file.bytes);
      const pdf = (await toPdf(pptx, folder)).toString('latin1');
      expect(await readdir(folder)).toContain('malicious-finance-q3.pdf');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(slideParts.length);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
