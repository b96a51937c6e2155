import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe('the production build', () => {
  it('loads the overview with every bundled incident and no errors', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    await page.getByText('36 of 36 incidents').waitFor();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('lists the incidents by title when asked, sorted off the page in the loading worker', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?sort=title`);
    const titles = page.locator('.incident-list__title');
    await titles.first().waitFor();
    const shown = await titles.allTextContents();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(shown.length).toBeGreaterThan(10);
    expect([...shown].sort(collator.compare)).toEqual(shown);
    expect(problems).toEqual([]);
    await close();
  });

  it('opens an incident with the rationale for each of its labels', async () => {
    const { page, problems, close } = await openPage(browser(), `${baseURL}?view=incident&id=fail-2751`);
    await page.getByRole('heading', { name: 'River Avon Boat Tour Company Revenue Loss Due to Software Fault' }).waitFor();
    const classification = page.locator('section[aria-labelledby="classification-heading"]');
    await classification.waitFor();
    expect(await classification.locator('dt').allTextContents()).toEqual(
      expect.arrayContaining(['Phase', 'Boundary', 'Nature', 'Domain', 'Behaviour', 'Consequence']),
    );
    expect(await classification.locator('.rationale').count()).toBeGreaterThanOrEqual(10);
    expect(problems).toEqual([]);
    await close();
  });

  it.each([
    ['the columns cannot be loaded', 'index-columns.bin'],
    ['the ids and titles cannot be loaded after the charts were drawn', 'index.json'],
  ])('shows what failed when %s, and Retry recovers', async (_, file) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let fail = true;
    await page.route(`**/data/${file}`, (route) => (fail ? route.fulfill({ status: 500, body: 'boom' }) : route.continue()));
    await page.goto(baseURL);
    const alert = page.getByRole('alert');
    await alert.getByText(`${file} could not be loaded: HTTP 500`).waitFor({ timeout: 30_000 });
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('36 of 36 incidents').waitFor();
    await page.locator('a.incident-list__title').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('renders an HTML title as text and runs nothing', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await page.route('**/data/index.json', async (route) => {
      const index = await (await route.fetch()).json();
      index.title = index.title.map(() => hostile);
      await route.fulfill({ json: index });
    });
    await page.route('**/data/incidents/*.json', async (route) => {
      const record = await (await route.fetch()).json();
      record.title = hostile;
      await route.fulfill({ json: record });
    });
    await page.goto(baseURL);
    await page.getByText(hostile).first().waitFor();
    const id = await page.evaluate(async () => (await (await fetch('data/index.json')).json()).id[0]);
    await page.goto(`${baseURL}?view=incident&id=${id}`);
    await page.getByRole('heading', { name: hostile }).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // The incident page loads the index in its worker without waiting on it: let that request finish before the context goes.
    await page.unrouteAll({ behavior: 'wait' });
    await context.close();
  });
});
