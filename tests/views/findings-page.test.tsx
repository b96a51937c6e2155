// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { hasOption, rowsWhere } from './overview-expected';

const { dataset } = useDatasetServer();

describe('the findings view on the bundled reports', () => {
  it('says plainly that nothing stands out in so few incidents, how many tests it ran, and how', async () => {
    const { count } = dataset().json<{ count: number }>('index.json');
    renderApp('?view=findings');
    const summary = await screen.findByText(/^Nothing stands out: none of [\d,]+ tests over [\d,]+ incidents reaches the bar below\.$/, {}, { timeout: 10_000 });
    expect(summary.textContent).toContain(`over ${count} incidents`);
    const tests = /none of ([\d,]+) tests/.exec(summary.textContent ?? '')![1];
    const methods = screen.getByRole('region', { name: 'How the scan works' });
    expect(within(methods).getAllByRole('listitem')[0].textContent).toMatch(new RegExp(`^${tests} tests: `));
    expect(screen.queryByRole('list', { name: 'Findings' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Findings: download' })).toBeDefined();
  });

  it('says that no test could run in a selection too small for any, rather than that nothing stands out', async () => {
    const index = dataset().index();
    const entertainment = rowsWhere(index, (row) => hasOption(index, 'domain', row, 'entertainment')).length;
    expect(entertainment).toBeGreaterThan(1);
    expect(entertainment).toBeLessThan(10);
    renderApp('?view=findings&f.domain=entertainment');
    const summary = await screen.findByText(/^No test could run/, {}, { timeout: 10_000 });
    expect(summary.textContent).toBe(`No test could run over these ${entertainment} incidents: a test needs at least 10 incidents in each group it compares, and 10 with the option.`);
    expect(screen.queryByText(/^Nothing stands out/)).toBeNull();
  });

  it('leaves out the facets the filters use, and says so', async () => {
    renderApp('?view=findings&f.objective=malicious');
    const methods = await screen.findByRole('region', { name: 'How the scan works' }, { timeout: 10_000 });
    expect(within(methods).getByText(/^Left out: Objective, which the selection’s own filters use/)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Findings' }).getAttribute('aria-current')).toBe('page');
  });
});
