// @vitest-environment jsdom
import { plainIndex } from '../analysis/plain-index';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DatasetIndex } from '../../src/domain/schema';
import { indexHandlers, useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';

const { server, dataset } = useDatasetServer();

const rawIndex = () => dataset().index();

/** Rows naming organization `org` under any of its names, counted the plain way. */
function rowsNaming(index: DatasetIndex, org: number): number[] {
  const rows: number[] = [];
  plainIndex(index).organizations.rows.forEach((codes, row) => {
    if (codes.some((code) => index.organizations.of[code] === org)) rows.push(row);
  });
  return rows;
}

const panel = () => screen.findByRole('region', { name: 'Organizations' }, { timeout: 10_000 });

describe('the organization panel', () => {
  it('counts, for each organization, the incidents naming it under any of its names', async () => {
    const index = rawIndex();
    renderApp('');
    const region = await panel();
    const google = index.organizations.keys.indexOf('google');
    expect(index.organizations.of.filter((org) => org === google)).toHaveLength(2);
    const bars = within(region).getAllByRole('button', { pressed: false });
    const counts = new Map(bars.map((bar) => [bar.title.split(':')[0], Number(/: (\d+) incidents?/.exec(bar.title)?.[1])]));
    for (const [name, count] of counts) {
      const org = index.organizations.names.indexOf(name);
      expect(count, name).toBe(rowsNaming(index, org).length);
    }
    const named = plainIndex(index).organizations.rows.filter((codes) => codes.length > 0).length;
    expect(within(region).getByText(`${index.organizations.names.length} organizations named in ${named} incidents`)).toBeDefined();
  });

  it('counts one organization in the singular', async () => {
    const plain = plainIndex(rawIndex());
    const first = plain.organizations.rows.findIndex((codes) => codes.length > 0);
    const only = (lists: readonly (readonly number[])[]) => lists.map((list, row) => (row === first ? list.slice(0, 1) : []));
    server.use(...indexHandlers({ ...plain, organizations: { ...plain.organizations, rows: only(plain.organizations.rows), roles: only(plain.organizations.roles) } }));
    renderApp('');
    const region = await panel();
    expect(within(region).getByText('1 organization named in 1 incident')).toBeDefined();
    expect(within(region).getByText('All 1 organization')).toBeDefined();
  });

  it('filters on an organization with a click: the headline, the chip and the link follow', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    renderApp('');
    await user.click(within(await panel()).getAllByRole('button', { pressed: false })[0]);
    const first = index.organizations.names.indexOf(new URLSearchParams(window.location.search).get('orgs') ?? '');
    expect(first).toBeGreaterThanOrEqual(0);
    const expected = rowsNaming(index, first).length;
    expect(await screen.findByText(`${expected} of ${index.count} incidents`)).toBeDefined();
    expect(within(screen.getByRole('region', { name: 'Active filters' })).getByText(`Organization: ${index.organizations.names[first]}`)).toBeDefined();
    // The panel follows the frame that answers the click.
    const pressed = await within(await panel()).findAllByRole('button', { pressed: true });
    expect(pressed.map((bar) => bar.title.split(':')[0])).toContain(index.organizations.names[first]);
    expect(new Set(pressed.map((bar) => bar.title.split(':')[0])).size).toBe(1);
  });

  it('is one tab stop whose arrow keys go from a bar to its page link and on to the next bar', async () => {
    const user = userEvent.setup();
    renderApp('');
    const toolbar = within(await panel()).getByRole('toolbar', { name: 'Organizations named most often' });
    const stops = Array.from(toolbar.querySelectorAll<HTMLElement>('button, a')).filter((item) => item.tabIndex === 0);
    expect(stops).toHaveLength(1);
    stops[0].focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toMatch(/^Page of /);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.className).toBe('organization-bar__button');
    expect(Array.from(toolbar.querySelectorAll<HTMLElement>('button, a')).filter((item) => item.tabIndex === 0)).toEqual([document.activeElement]);
  });

  it('finds every organization by any of its names in the full list', async () => {
    const user = userEvent.setup();
    renderApp('');
    const region = await panel();
    await user.click(within(region).getByText(/^All \d+ organizations$/));
    await user.type(within(region).getByRole('searchbox', { name: /Find an organization/ }), 'as a company');
    const list = region.querySelector('.organization-bars--all') as HTMLElement;
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('button').title).toMatch(/^Google: /);
  });
});

describe('the organization page', () => {
  it('shows the canonical name, its variants, its incidents and its timeline, whatever spelling the link used', async () => {
    const index = rawIndex();
    const google = index.organizations.keys.indexOf('google');
    renderApp('?view=organization&org=Google+as+a+company');
    expect(await screen.findByRole('heading', { level: 1, name: 'Google' }, { timeout: 10_000 })).toBeDefined();
    expect(screen.getByText(/Written 2 ways in the reports/).textContent).toContain('“Google as a company”');
    const incidents = screen.getByRole('region', { name: 'Its incidents' });
    const titles = within(incidents).getAllByRole('link').map((link) => link.textContent);
    expect(titles).toEqual(rowsNaming(index, google).map((row) => index.title[row]));
    expect(screen.getByRole('region', { name: 'How its incidents differ from the rest' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Incidents per year' })).toBeDefined();
    // The timeline names its filters and its N on the page, as its slide and CSV do.
    const timeline = screen.getByRole('region', { name: 'Incidents per year' });
    expect(timeline.querySelector('.figure-caption')?.textContent).toMatch(/Organization = Google/);
  });

  it('says there is nothing to compare with when the selection holds only its incidents, rather than against "the other 0"', async () => {
    const index = rawIndex();
    const [row] = rowsNaming(index, index.organizations.keys.indexOf('google'));
    // Searching for its incident's whole title leaves that incident alone in the selection.
    renderApp(`?q=${encodeURIComponent(index.title[row])}&view=organization&org=Google`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Google' }, { timeout: 10_000 })).toBeDefined();
    const profile = screen.getByRole('region', { name: 'How its incidents differ from the rest' });
    expect(profile.textContent).toContain('No other incident is in the selection, so there is nothing to compare its incidents with.');
    expect(profile.textContent).not.toMatch(/the other 0|0 options are tested/);
    expect(within(profile).queryAllByRole('table')).toHaveLength(0);
  });

  it('is reached from an incident page\'s organization names, and filters the dashboard from there', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const row = plainIndex(index).organizations.rows.findIndex((codes) => codes.some((code) => index.organizations.values[code] === 'Google as a company'));
    renderApp(`?view=incident&id=${index.id[row]}`);
    await user.click(await screen.findByRole('link', { name: 'Google as a company' }, { timeout: 10_000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Google' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Filter the dashboard on it' }));
    expect(window.location.search).toBe('?orgs=Google');
    expect(await screen.findByText(`1 of ${index.count} incidents`)).toBeDefined();
  });

  it('says so when no organization goes by the name', async () => {
    renderApp('?view=organization&org=Nobody+Inc');
    expect(await screen.findByRole('heading', { level: 1, name: 'No organization “Nobody Inc”' }, { timeout: 10_000 })).toBeDefined();
  });
});
