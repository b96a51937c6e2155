import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { shownSlide } from './figure-helpers';
import { servedIndex } from './index-counts';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Three slides of three kinds, each over a view small enough to carry warnings, two with notes. */
const SLIDES = [
  { view: '?f.objective=malicious&f.domain=finance', chart: { kind: 'facet', facet: 'phase' }, title: 'Finance attacks by phase', note: 'Start with where the faults came from.' },
  { view: '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious', chart: { kind: 'cohorts' }, title: 'Malicious against not', note: '' },
  { view: '?view=crosstab&rows=phase&cols=objective&f.domain=finance', chart: { kind: 'crosstab', rows: 'phase', columns: 'objective' }, title: 'Phase by objective', note: 'Close on the table.\nThen questions.' },
] as const;

async function storeDeck(page: Page): Promise<void> {
  const { build } = await servedIndex(page);
  const slides = SLIDES.map((each, i) => ({ id: `slide-${i + 1}`, build, ...each }));
  await page.evaluate((text) => window.localStorage.setItem('faultline.deck', text), JSON.stringify({ version: 1, title: 'Findings', slides }));
}

/** Whether `target` is drawn inside the viewport, above the present controls. */
async function inView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const controls = await page.locator('.present__controls').boundingBox();
  return box !== null && controls !== null && box.width > 0 && box.y >= 0 && box.y + box.height <= controls.y + 1;
}

const presenter = (page: Page) => page.getByRole('complementary', { name: 'Presenter view' });
const clock = (page: Page) => presenter(page).getByRole('timer', { name: 'Elapsed time' });

describe('the presenter view', () => {
  it('presents three slides with the keyboard, each with its legend and warnings in view, and shows the presenter the slide, the next one, the notes and a running clock', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL, { width: 1920, height: 1080 });
    await storeDeck(page);
    await page.goto(`${baseURL}?view=deck`);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.locator('.present__counter').waitFor();

    for (const [i, each] of SLIDES.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const slide = shownSlide(page);
      await slide.locator('.figure-caption').waitFor();
      expect(await slide.locator('.present-slide__title').textContent()).toBe(`Slide ${i + 1} of 3: ${each.title}`);
      const legend = slide.locator('.svg-legend, .figure-legend').first();
      expect({ slide: i + 1, legend: await inView(page, legend) }).toEqual({ slide: i + 1, legend: true });
      const warnings = slide.locator('.figure-notes__warning');
      expect(await warnings.count()).toBeGreaterThan(0);
      for (const warning of await warnings.all()) expect({ slide: i + 1, warning: await inView(page, warning) }).toEqual({ slide: i + 1, warning: true });
    }

    await page.keyboard.press('Home');
    await page.keyboard.press('p');
    await presenter(page).waitFor();
    const says = async () => ({
      current: (await shownSlide(page).locator('.present-slide__title').textContent())?.replace(/^Slide \d of 3: /, ''),
      position: await presenter(page).locator('.presenter__position').textContent(),
      next: await presenter(page).getByRole('heading', { name: /^Next: / }).textContent(),
      notes: await presenter(page).getByRole('region', { name: 'Notes' }).locator('p').textContent(),
    });
    expect(await says()).toEqual({ current: SLIDES[0].title, position: 'Slide 1 of 3', next: `Next: ${SLIDES[1].title}`, notes: SLIDES[0].note });
    await presenter(page).locator('.slide-thumbnail .present-slide__chart svg').first().waitFor();
    expect(await inView(page, shownSlide(page).locator('.svg-legend, .figure-legend').first())).toBe(true);

    await page.keyboard.press('ArrowRight');
    expect(await says()).toEqual({ current: SLIDES[1].title, position: 'Slide 2 of 3', next: `Next: ${SLIDES[2].title}`, notes: 'No notes for this slide.' });
    await page.keyboard.press('End');
    expect(await says()).toEqual({ current: SLIDES[2].title, position: 'Slide 3 of 3', next: 'Next: the end of the deck', notes: SLIDES[2].note });

    const before = await clock(page).textContent();
    expect(before).toMatch(/^\d\d:\d\d$/);
    await page.waitForTimeout(2_100);
    const after = await clock(page).textContent();
    expect(after).toMatch(/^\d\d:\d\d$/);
    expect(after).not.toBe(before);
    await presenter(page).getByRole('button', { name: 'Reset the clock' }).click();
    expect(await clock(page).textContent()).toBe('00:00');

    const pdf = (await page.pdf({ format: 'A4', landscape: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(3);

    await page.keyboard.press('P');
    expect(await presenter(page).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('opens the presenter view in a window of its own that moves the slides with it, and beside the slide when pop-ups are blocked', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL, { width: 1280, height: 720 });
    await storeDeck(page);
    await page.goto(`${baseURL}?view=present`);
    await shownSlide(page).locator('.figure-caption').waitFor();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter window' }).click()]);
    await presenter(popup).waitFor();
    expect(await presenter(page).count()).toBe(0);
    expect(await presenter(popup).locator('.presenter__position').textContent()).toBe('Slide 1 of 3');

    await popup.keyboard.press('ArrowRight');
    await page.locator('.present__counter', { hasText: '2 / 3' }).waitFor();
    await page.keyboard.press('End');
    await presenter(popup).locator('.presenter__position', { hasText: 'Slide 3 of 3' }).waitFor();
    expect(await presenter(popup).getByRole('region', { name: 'Notes' }).locator('p').textContent()).toBe(SLIDES[2].note);
    await popup.close();

    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.getByRole('button', { name: 'Presenter window' }).click();
    await presenter(page).waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/^The browser blocked the presenter window/);
    expect(await presenter(page).locator('.presenter__position').textContent()).toBe('Slide 3 of 3');
    expect(problems).toEqual([]);
    await close();
  });
});
