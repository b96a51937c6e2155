import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** What reports hold unbroken: a long address, a file name without spaces. */
const UNBROKEN = `https://example.com/reports/${'a1b2c3d4e5'.repeat(40)}`;

type Json = Record<string, unknown>;

/** Every piece of report text in `record` made `UNBROKEN`: title, summary, organizations, postmortem items, rationales. */
function unbrokenRecord(record: Json): Json {
  const postmortem = Object.fromEntries(
    Object.entries(record.postmortem as Record<string, { text: string; citations: string[] }[]>).map(([field, items]) => [field, items.map((item) => ({ ...item, text: `${UNBROKEN} ${item.text}` }))]),
  );
  const rationale = Object.fromEntries(Object.entries(record.rationale as Record<string, string | null>).map(([facet, text]) => [facet, text === null ? null : `${UNBROKEN} ${text}`]));
  return { ...record, title: UNBROKEN, summary: `${UNBROKEN} ${String(record.summary ?? '')}`, organizations: (record.organizations as string[]).map(() => UNBROKEN), postmortem, rationale };
}

/** Serves the dataset with every title, record text and input name unbroken. */
async function serveUnbroken(page: Page): Promise<void> {
  await page.route('**/data/index.json', async (route) => {
    const index = (await (await route.fetch()).json()) as Json;
    await route.fulfill({ json: { ...index, title: (index.title as string[]).map((title, i) => `${UNBROKEN}${i} ${title}`) } });
  });
  await page.route('**/data/incidents/*.json', async (route) => {
    await route.fulfill({ json: unbrokenRecord((await (await route.fetch()).json()) as Json) });
  });
  await page.route('**/data/build-report.json', async (route) => {
    const report = (await (await route.fetch()).json()) as Json;
    const inputs = (report.inputs as Json[]).map((input) => ({ ...input, source: `${UNBROKEN}/${String(input.source)}` }));
    await route.fulfill({ json: { ...report, inputs } });
  });
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('report text without spaces', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`wraps on the incident page and in the list, and never scrolls a ${viewport.width} px page sideways`, async () => {
      const { page, problems, close } = await openPage(browser(), 'about:blank', viewport);
      await serveUnbroken(page);
      await page.goto(`${baseURL}?view=incident&id=fail-2751`);
      await page.getByRole('heading', { level: 1, name: UNBROKEN }).waitFor();
      await page.getByRole('heading', { name: 'Postmortem analysis' }).waitFor();
      expect(await sideways(page)).toBe(0);

      await page.goto(`${baseURL}?view=overview`);
      await page.locator('.incident-list__item', { hasText: UNBROKEN }).first().waitFor();
      expect(await sideways(page)).toBe(0);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('wraps in the tables of Data quality, which fit a desktop screen without scrolling', async () => {
    const { page, problems, close } = await openPage(browser(), 'about:blank');
    await serveUnbroken(page);
    await page.goto(`${baseURL}?view=quality`);
    await page.getByText(`${UNBROKEN}/fail-export/README.md`).waitFor();
    await page.getByRole('link', { name: new RegExp(`^${UNBROKEN}\\d+ `) }).first().waitFor();
    const scrolled = await page.locator('.table-scroll').evaluateAll((tables) => tables.filter((table) => table.scrollWidth > table.clientWidth).length);
    expect(scrolled).toBe(0);
    expect(await sideways(page)).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
