import { describe, expect, it } from 'vitest';
import type { FacetFilter } from '../../src/analysis/filters';
import { defaultUrlState } from '../../src/state/url-state';
import type { UrlFilters } from '../../src/state/url-state';
import { cohortFilters, hasOwnFilters, narrowFacet, swapCohorts } from '../../src/state/cohort-filters';

const none = defaultUrlState().filters;
const any = (...selected: string[]): FacetFilter => ({ selected, matchAll: false });
const all = (...selected: string[]): FacetFilter => ({ selected, matchAll: true });
const withFacet = (filters: UrlFilters, facet: 'objective' | 'domain', filter: FacetFilter): UrlFilters => ({
  ...filters,
  facets: { ...filters.facets, [facet]: filter },
});

describe('cohortFilters', () => {
  const base: UrlFilters = { ...withFacet(none, 'domain', any('finance')), years: { from: 2012, to: 2020 }, kind: 'report' };

  it('is the selection itself for a cohort without filters of its own', () => {
    expect(cohortFilters(base, none)).toEqual(base);
  });

  it('adds a cohort’s facet filter to the selection’s other facets', () => {
    expect(cohortFilters(base, withFacet(none, 'objective', any('malicious')))).toEqual(withFacet(base, 'objective', any('malicious')));
  });

  it('replaces the selection’s filter of the same facet, years or kind', () => {
    const cohort: UrlFilters = { ...withFacet(none, 'domain', any('health')), years: { from: null, to: 2015 }, kind: 'article' };
    expect(cohortFilters(base, cohort)).toEqual({ ...withFacet(base, 'domain', any('health')), years: { from: null, to: 2015 }, kind: 'article' });
  });
});

describe('narrowFacet', () => {
  it.each<[string, FacetFilter, FacetFilter | null]>([
    ['no filter: the option alone', any(), any('crash')],
    ['any-of holding it: the option alone', any('crash', 'value'), any('crash')],
    ['one other option: both required', any('value'), all('value', 'crash')],
    ['all-of: the option required too', all('value', 'timing'), all('value', 'timing', 'crash')],
    ['all-of holding it already: unchanged', all('crash', 'value'), all('crash', 'value')],
    ['the same single option: unchanged', any('crash'), any('crash')],
    ['any-of several others: no single filter says it', any('value', 'timing'), null],
  ])('%s', (_name, filter, expected) => {
    expect(narrowFacet(filter, 'crash')).toEqual(expected);
  });
});

describe('the cohort pair', () => {
  it('swaps A and B and nothing else', () => {
    const state = { ...defaultUrlState(), view: 'cohorts' as const, cohorts: { a: withFacet(none, 'objective', any('malicious')), b: none } };
    expect(swapCohorts(state)).toEqual({ ...state, cohorts: { a: none, b: withFacet(none, 'objective', any('malicious')) } });
  });

  it.each<[string, UrlFilters, boolean]>([
    ['no filter', none, false],
    ['an option', withFacet(none, 'domain', any('health')), true],
    ['a start year', { ...none, years: { from: 2016, to: null } }, true],
    ['a kind', { ...none, kind: 'report' }, true],
  ])('knows whether a cohort has filters of its own: %s', (_name, filters, expected) => {
    expect(hasOwnFilters(filters)).toBe(expected);
  });
});
