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
  it('is never violated in any view, while the dataset, an incident, the statistics and the findings scan load and run', async () => {
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
    const violations: string[] = [];
    // Each page starts its own list; it is read before the next navigation clears it.
    const visit = async (search: string, ready: () => Promise<void>) => {
      await page.goto(`${baseURL}${search}`);
      await ready();
      violations.push(...((await page.evaluate(() => window.cspViolations)) ?? []).map((line) => `${search || 'overview'}: ${line}`));
    };
    await visit('', () => page.getByText('36 of 36 incidents').waitFor());
    await visit('?view=incident&id=fail-2751', () => page.getByRole('heading', { name: 'River Avon Boat Tour Company Revenue Loss Due to Software Fault' }).waitFor());
    await visit('?view=trends&trend=domain', () => page.locator('.figure-caption').first().waitFor());
    await visit('?view=crosstab&rows=domain&cols=consequence', () => page.locator('.figure-notes__statistic').filter({ hasNotText: 'being computed' }).first().waitFor({ timeout: 20_000 }));
    await visit('?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious', () => page.locator('.figure-caption').first().waitFor());
    await visit('?view=findings', () => page.getByRole('region', { name: 'How the scan works' }).waitFor({ timeout: 20_000 }));
    await visit('?view=quality', () => page.getByRole('heading', { level: 1 }).waitFor());
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await context.close();
  });
});
