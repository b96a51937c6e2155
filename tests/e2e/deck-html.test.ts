import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { download, pngSize, shownSlide, slideReadout, svgProse } from './figure-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

declare global {
  interface Window {
    cspViolations?: string[];
    /** Every SVG the page handed an image to draw, decoded: what a PNG was rasterized from. */
    drawnSvgs?: string[];
  }
}

const COHORT_TITLE = 'Cohort B (Objective = non-malicious) against cohort A (Objective = malicious)';

/** The three views of the deck: a filtered facet panel, a cohort comparison and a crosstab, each with where its actions are. */
const PINS = [
  {
    url: '?f.objective=malicious&f.domain=finance',
    actions: async (page: Page) => {
      await page.getByRole('button', { name: 'Pin, download or share Phase' }).click();
      return page.getByRole('toolbar', { name: 'Phase: pin, download or share' });
    },
  },
  {
    url: '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious',
    actions: async (page: Page) => page.getByRole('region', { name: 'Cohort B against cohort A' }).getByRole('toolbar', { name: `${COHORT_TITLE}: pin, download or share` }),
  },
  {
    url: '?view=crosstab',
    actions: async (page: Page) => page.getByRole('region', { name: 'Objective × Boundary', exact: true }).getByRole('toolbar', { name: 'Objective × Boundary: pin, download or share' }),
  },
] as const;

/** The title, filters line and caption of the slide a deck file shows, read from its SVG. */
async function fileSlide(page: Page): Promise<{ title: string; prose: string; counter: string }> {
  const section = page.locator('.slide:not([hidden])');
  const markup = await section.locator('svg').first().evaluate((node) => new XMLSerializer().serializeToString(node));
  const title = await section.locator('svg > title').first().textContent();
  return { title: title ?? '', prose: svgProse(markup), counter: (await page.locator('#counter').textContent()) ?? '' };
}

describe('a deck as one HTML file', () => {
  it('pins three views, downloads a slide PNG, and presents offline from disk with the screen’s titles and captions', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
      window.drawnSvgs = [];
      const source = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
      Object.defineProperty(HTMLImageElement.prototype, 'src', {
        ...source,
        set(this: HTMLImageElement, value: string) {
          const prefix = 'data:image/svg+xml;charset=utf-8,';
          if (value.startsWith(prefix)) window.drawnSvgs?.push(decodeURIComponent(value.slice(prefix.length)));
          source.set!.call(this, value);
        },
      });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const folder = await mkdtemp(join(tmpdir(), 'faultline-deck-html-'));
    try {
      let slideSvg = '';
      for (const [i, pin] of PINS.entries()) {
        await page.goto(`${baseURL}${pin.url}`);
        const actions = await pin.actions(page);
        await actions.waitFor();
        if (i === 0) {
          const slidePng = await download(page, () => actions.getByRole('button', { name: 'PNG for slides' }).click());
          expect(slidePng.name).toMatch(/^faultline-phase-.*-slide\.png$/);
          expect(pngSize(slidePng.bytes)).toEqual({ width: 1920, height: 1080 });
          slideSvg = (await page.evaluate(() => window.drawnSvgs ?? [])).at(-1) ?? '';
          expect(slideSvg).toContain('viewBox="0 0 1920 1080"');
        }
        await actions.getByRole('button', { name: 'Pin to deck' }).click();
        await page.getByText(`Pinned as slide ${i + 1}.`).waitFor();
      }

      await page.goto(`${baseURL}?view=present`);
      const screen: Awaited<ReturnType<typeof slideReadout>>[] = [];
      for (let i = 0; i < PINS.length; i += 1) {
        screen.push(await slideReadout(page));
        await page.keyboard.press('ArrowRight');
      }
      await shownSlide(page).waitFor();
      expect(screen.map((slide) => slide.filters)).toEqual([
        'Filters: Domain = finance; Objective = malicious',
        'Filters: Cohort A: Objective = malicious; Cohort B: Objective = non-malicious',
        'Filters: none, all incidents',
      ]);
      // The slide PNG of the panel says what its slide says.
      expect(svgProse(slideSvg)).toContain(screen[0].filters);
      expect(svgProse(slideSvg)).toContain(screen[0].caption);

      await page.goto(`${baseURL}?view=deck`);
      const exportButton = page.getByRole('button', { name: 'Export HTML' });
      await expect.poll(() => exportButton.isEnabled(), { timeout: 20_000 }).toBe(true);
      const file = await download(page, () => exportButton.click());
      expect(file.name).toMatch(/^faultline-deck-.+\.html$/);
      expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
      const path = join(folder, file.name);
      await writeFile(path, file.bytes);

      const offline = await browser().newContext({ viewport: { width: 1280, height: 720 } });
      const requests: string[] = [];
      await offline.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      const viewer = await offline.newPage();
      viewer.on('request', (request) => requests.push(request.url()));
      viewer.on('pageerror', (error) => problems.push(`file: ${error.message}`));
      const url = pathToFileURL(path).href;
      await viewer.goto(url);

      const shown = [];
      for (let i = 0; i < PINS.length; i += 1) {
        shown.push(await fileSlide(viewer));
        await viewer.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'Space');
      }
      for (const [i, slide] of shown.entries()) {
        expect(slide.counter).toBe(`Slide ${i + 1} of 3`);
        expect(slide.title).toBe(screen[i].title);
        expect(slide.prose).toContain(screen[i].filters);
        expect(slide.prose).toContain(screen[i].caption);
        for (const warning of screen[i].warnings) expect(slide.prose).toContain(`Careful: ${warning}`);
      }
      expect((await fileSlide(viewer)).title).toBe(screen[2].title);
      await viewer.keyboard.press('Home');
      expect((await fileSlide(viewer)).title).toBe(screen[0].title);
      await viewer.keyboard.press('End');
      expect((await fileSlide(viewer)).title).toBe(screen[2].title);
      await viewer.keyboard.press('PageUp');
      await viewer.keyboard.press('Shift+Space');
      expect((await fileSlide(viewer)).counter).toBe('Slide 1 of 3');
      const note = viewer.locator('.slide:not([hidden]) .note');
      expect(await note.isVisible()).toBe(false);
      await viewer.keyboard.press('n');
      expect(await note.isVisible()).toBe(true);

      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
      await offline.close();
    } finally {
      await context.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
