import { describe, expect, it } from 'vitest';
import { defaultUrlState, stringifyUrlState } from '../../src/state/url-state';
import { listState, withOptions, withYears, withoutFacets } from '../../src/state/drill-down';
import { pValueText, signed, signedPoints, strengthWord } from '../../src/figures/stat-text';

const base = defaultUrlState();

describe('drill-down states', () => {
  it('replace a facet’s filter with one option, or require several together', () => {
    const filtered = withOptions(base.filters, 'phase', ['operation']);
    expect(withOptions(filtered, 'phase', ['design']).facets.phase).toEqual({ selected: ['design'], matchAll: false });
    expect(withOptions(base.filters, 'behaviour', ['crash', 'value', 'crash']).facets.behaviour).toEqual({ selected: ['crash', 'value'], matchAll: true });
  });

  it('clear the facets a view counts without, and set a year range', () => {
    const filters = withOptions(withOptions(base.filters, 'phase', ['design']), 'domain', ['finance']);
    expect(withoutFacets(filters, ['phase']).facets).toEqual({ ...filters.facets, phase: { selected: [], matchAll: false } });
    expect(withYears(filters, 2019, 2019).years).toEqual({ from: 2019, to: 2019 });
  });

  it('lead to the overview’s first page with the search and settings kept', () => {
    const state = { ...base, view: 'crosstab' as const, query: 'outage', page: 4, crosstab: { ...base.crosstab, cell: 'row' as const } };
    const to = listState(state, withOptions(state.filters, 'objective', ['malicious']));
    expect(stringifyUrlState(to)).toBe('?f.objective=malicious&q=outage&cell=row');
  });
});

describe('statistics in words', () => {
  it.each<[number, string]>([
    [0.0004, 'p < 0.001'],
    [0.0042, 'p = 0.004'],
    [0.042, 'p = 0.04'],
    [0.3149, 'p = 0.31'],
    [1, 'p = 1.00'],
  ])('writes p = %s as %s', (p, text) => {
    expect(pValueText(p)).toBe(text);
  });

  it('signs residuals and differences with a true minus', () => {
    expect(signed(2.345)).toBe('+2.3');
    expect(signed(-0.44)).toBe('−0.4');
    expect(signedPoints(-0.125)).toBe('−13 pts');
    expect(signedPoints(0.5)).toBe('+50 pts');
  });

  it.each<[number, string]>([
    [0.05, 'negligible'],
    [0.15, 'weak'],
    [0.35, 'moderate'],
    [0.8, 'strong'],
  ])('reads Cramér’s V = %s as %s', (v, word) => {
    expect(strengthWord(v)).toBe(word);
  });
});
