import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe('full-text search in the production build', () => {
  it('finds incidents by the words of their report text, fetching the index only to search', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/data/search')) fetched.push(path.slice(path.lastIndexOf('/') + 1));
    });
    await page.getByText('36 of 36 incidents').waitFor();
    expect(fetched).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search' }).fill('unprotected database');
    await page.getByText('2 of 36 incidents').waitFor();
    expect(fetched).toEqual(['search-words.bin', 'search-postings-0000.bin']);
    await page.getByRole('link', { name: 'MoviePass Exposes Customer Data Due to Unprotected Database.' }).click();
    await page.getByRole('heading', { name: 'MoviePass Exposes Customer Data Due to Unprotected Database.' }).waitFor();
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('says once that a damaged shard of the index cannot be used, and keeps searching titles and organizations', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.route('**/data/search-postings-*.bin', async (route) => {
      const body = await (await route.fetch()).body();
      await route.fulfill({ body: body.subarray(0, body.length - 7), contentType: 'application/octet-stream' });
    });
    await page.goto(`${baseURL}?q=database`);
    const status = page.locator('.search-box__status');
    await status.getByText(/could not be loaded/).waitFor();
    expect(await status.textContent()).toMatch(/^The report text could not be loaded \(search-postings-0000\.bin failed validation: it is truncated\), so only titles and organizations are searched\. Retry$/);
    expect(await page.getByText(/of 36 incidents/).textContent()).toMatch(/^\d+ of 36 incidents$/);
    await context.close();
  });
});
