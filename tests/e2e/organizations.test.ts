import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe('organizations in the browser', () => {
  it('goes from the overview panel to an organization page, on to an incident, and back', async () => {
    const { page, problems, close } = await openPage(browser(), baseURL);
    const panel = page.getByRole('region', { name: 'Organizations' });
    await panel.waitFor();
    await panel.getByText(/^All \d+ organizations$/).click();
    await panel.getByRole('searchbox', { name: /Find an organization/ }).fill('google as');
    const row = panel.locator('.organization-bars--all li');
    await row.getByRole('button', { name: /^Google 1 incidents?/ }).waitFor();
    await row.getByRole('link', { name: 'Page of Google' }).click();

    await page.getByRole('heading', { level: 1, name: 'Google' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('organization');
    expect(await page.getByText(/Written 2 ways in the reports/).textContent()).toContain('Google as a company');
    await page.getByRole('heading', { name: 'Incidents per year' }).waitFor();
    const incident = page.getByRole('region', { name: 'Its incidents' }).getByRole('link').first();
    const title = await incident.textContent();
    await incident.click();

    await page.getByRole('heading', { level: 1, name: title ?? '' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('incident');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Google' }).waitFor();
    await page.goBack();
    await page.getByRole('region', { name: 'Organizations' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    expect(problems).toEqual([]);
    await close();
  });
});
