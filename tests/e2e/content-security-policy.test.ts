import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

describe('the Content-Security-Policy of the production build', () => {
  it('is never violated while the dataset and an incident are parsed', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
      });
    });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(baseURL);
    await page.getByText('36 of 36 incidents').waitFor();
    await page.goto(`${baseURL}?view=incident&id=fail-2751`);
    await page.getByRole('heading', { name: 'River Avon Boat Tour Company Revenue Loss Due to Software Fault' }).waitFor();
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await context.close();
  });
});
