import { describe, expect, inject, it } from 'vitest';
import { plainIndex } from '../analysis/plain-index';
import { articlesInOperation, financeRises, outsideIsMalicious, plantedIndex } from '../analysis/findings/planted-dataset';
import { useBrowser } from './browser';
import { routeIndex } from './served-index';
import { download, shownSlide } from './figure-helpers';
import { tabUntil } from './keyboard-helpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** 3,000 incidents with an association, a rising share and an over-represented option planted in noise. */
const PLANTED = plainIndex(plantedIndex(3000, 7, [outsideIsMalicious, financeRises, articlesInOperation]));

const ASSOCIATION = /^Incidents with (Boundary: outside system|Objective: malicious|Boundary: within system|Objective: non-malicious) are (\d+\.\d+) times as often (Boundary: [a-z ]+|Objective: [a-z-]+) as the others \((\d+)% vs (\d+)%/;

describe('findings', () => {
  it('lists the planted patterns, opens the view that shows each with the same share, and pins it with its sentence', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await routeIndex(page, PLANTED);
    await page.goto(`${baseURL}?view=findings`);
    const list = page.getByRole('list', { name: 'Findings' });
    await list.waitFor({ timeout: 30_000 });
    const sentences = (await list.locator('.finding__sentence').allTextContents()).map((text) => text.trim());
    const association = sentences.find((sentence) => ASSOCIATION.test(sentence) && sentence.includes('Boundary') && sentence.includes('Objective'));
    expect(association).toBeDefined();
    expect(sentences.some((sentence) => sentence.startsWith('Domain: finance rose by '))).toBe(true);
    expect(sentences.filter((sentence) => sentence.includes('Boundary') && sentence.includes('Objective'))).toHaveLength(1);

    const [, given, , outcome, firstShare] = ASSOCIATION.exec(association!)!;
    const item = list.getByRole('listitem').filter({ hasText: association! });
    const markdown = (await download(page, () => page.getByRole('button', { name: 'Markdown' }).click())).bytes.toString('utf8');
    expect(markdown).toContain(association!.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`));

    await item.getByRole('link', { name: /^Show it in / }).click();
    await page.waitForURL(/view=crosstab/);
    const [givenFacet, givenOption] = given.split(': ');
    const [outcomeFacet, outcomeOption] = outcome.split(': ');
    const cell = page.locator('a.heat-cell').filter({ has: page.locator('.heat-cell__text') }).and(page.locator(`[aria-label^="${givenFacet}: ${givenOption} × ${outcomeFacet}: ${outcomeOption}. "]`));
    const shown = (await cell.first().locator('.heat-cell__text').textContent()) ?? '';
    expect(Math.round(Number.parseFloat(shown))).toBe(Number(firstShare));

    await page.goBack();
    await item.getByRole('button', { name: 'Pin to deck' }).click();
    await item.getByText('Pinned as slide 1, with the sentence as its note.').waitFor();
    await page.goto(`${baseURL}?view=present`);
    const slide = shownSlide(page);
    await slide.locator('.figure-caption').waitFor({ timeout: 20_000 });
    expect(await slide.locator('.present-slide__title').textContent()).toContain(`${given} → ${outcome}`);
    expect((await slide.locator('.present-slide__note').textContent())?.trim()).toBe(association);
    await context.close();
  });

  it('is one tab stop however many findings there are, the arrow keys moving through their links and buttons', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await routeIndex(page, PLANTED);
    await page.goto(`${baseURL}?view=findings`);
    const list = page.getByRole('list', { name: 'Findings' });
    await list.waitFor({ timeout: 30_000 });
    expect(await list.locator('a, button').count()).toBeGreaterThan(2);
    const inList = '.findings-list a, .findings-list button, .findings-list summary';
    const name = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await tabUntil(page, inList);
    expect(await name()).toMatch(/^Show it in /);
    await page.keyboard.press('ArrowDown');
    expect(await name()).toBe('Pin to deck');
    await page.keyboard.press('Tab');
    expect(await page.evaluate((s) => document.activeElement?.matches(s), inList)).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await name()).toBe('Pin to deck');
    await context.close();
  });
});
