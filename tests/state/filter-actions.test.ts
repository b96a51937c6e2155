import { describe, expect, it } from 'vitest';
import { parseUrlState, stringifyUrlState } from '../../src/state/url-state';
import {
  clearFilters,
  removeOption,
  setKind,
  setMatchAll,
  setQuery,
  setYears,
  toggleOption,
  toggleOrganization,
} from '../../src/state/filter-actions';
import { filterChips, isFiltered } from '../../src/state/filter-chips';
import { filtersInWords } from '../../src/state/filters-in-words';

const at = (search: string) => parseUrlState(search);
const url = (state: ReturnType<typeof at>) => stringifyUrlState(state);

describe('filter actions', () => {
  it.each<[string, string, (s: ReturnType<typeof at>) => ReturnType<typeof at>, string]>([
    ['adds an option', '?page=3', (s) => toggleOption(s, 'phase', 'design'), '?f.phase=design'],
    ['adds a second option after the first', '?f.phase=design', (s) => toggleOption(s, 'phase', 'operation'), '?f.phase=design,operation'],
    ['removes an option on a second toggle', '?f.phase=design,operation', (s) => toggleOption(s, 'phase', 'design'), '?f.phase=operation'],
    ['drops "must have all" with the last option', '?f.phase=design&all=phase', (s) => toggleOption(s, 'phase', 'design'), ''],
    ['keeps "must have all" while options remain', '?f.phase=design,operation&all=phase', (s) => removeOption(s, 'phase', 'design'), '?f.phase=operation&all=phase'],
    ['sets "must have all"', '?f.domain=information,finance', (s) => setMatchAll(s, 'domain', true), '?f.domain=information,finance&all=domain'],
    ['swaps reversed years', '', (s) => setYears(s, { from: 2020, to: 2015 }), '?from=2015&to=2020'],
    ['keeps one open year bound', '?to=2019', (s) => setYears(s, { from: 2012, to: null }), '?from=2012'],
    ['sets the kind', '?page=2', (s) => setKind(s, 'article'), '?kind=article'],
    ['adds an organization', '?page=2', (s) => toggleOrganization(s, 'Tesla'), '?orgs=Tesla'],
    ['adds a second organization after the first', '?orgs=Tesla', (s) => toggleOrganization(s, 'Boeing Co'), '?orgs=Tesla,Boeing+Co'],
    ['removes an organization on a second toggle', '?orgs=Tesla,Boeing+Co', (s) => toggleOrganization(s, 'Tesla'), '?orgs=Boeing+Co'],
    ['trims the query', '', (s) => setQuery(s, '  database  '), '?q=database'],
    ['clears a blank query', '?q=bank&page=4', (s) => setQuery(s, '   '), ''],
    [
      'clears every filter but keeps sort, switch and view',
      '?f.phase=design&all=phase&q=x&orgs=Tesla&from=2012&to=2014&kind=report&gaps=0&sort=title&page=3&view=quality',
      clearFilters,
      '?gaps=0&sort=title&view=quality',
    ],
  ])('%s', (_, from, action, expected) => {
    expect(url(action(at(from)))).toBe(expected);
  });
});

describe('filter chips', () => {
  it('lists facets in display order, then years, search and kind, each leading to the state without it', () => {
    const state = at('?f.recurring=__none__&f.phase=design,operation&all=phase&q=bank&from=2015&to=2020&kind=report');
    const chips = filterChips(state);
    expect(chips.map((chip) => chip.label)).toEqual([
      'Phase: design',
      'Phase: operation',
      'Phase: must have all',
      'Recurring: not analysed',
      'Years 2015–2020',
      'Search: bank',
      'Source: reports',
    ]);
    expect(chips.map((chip) => url(chip.without))).toEqual([
      '?f.recurring=__none__&f.phase=operation&all=phase&q=bank&from=2015&to=2020&kind=report',
      '?f.recurring=__none__&f.phase=design&all=phase&q=bank&from=2015&to=2020&kind=report',
      '?f.recurring=__none__&f.phase=design,operation&q=bank&from=2015&to=2020&kind=report',
      '?f.phase=design,operation&all=phase&q=bank&from=2015&to=2020&kind=report',
      '?f.recurring=__none__&f.phase=design,operation&all=phase&q=bank&kind=report',
      '?f.recurring=__none__&f.phase=design,operation&all=phase&from=2015&to=2020&kind=report',
      '?f.recurring=__none__&f.phase=design,operation&all=phase&q=bank&from=2015&to=2020',
    ]);
  });

  it.each([
    ['?from=2015', 'Years from 2015'],
    ['?to=2015', 'Years up to 2015'],
    ['?from=2015&to=2015', 'Year 2015'],
    ['?kind=article', 'Source: raw articles'],
    ['?f.domain=unknown', 'Domain: any unknown'],
    ['?f.domain=made_up', 'Domain: made_up'],
    ['?f.boundary=outside_system', 'Boundary: outside system'],
    ['?orgs=Tesla', 'Organization: Tesla'],
  ])('writes %s as “%s”', (search, label) => {
    expect(filterChips(at(search)).map((chip) => chip.label)).toEqual([label]);
  });

  it('has no chip for "must have all" with a single option, nor for anything that does not filter', () => {
    expect(filterChips(at('?f.phase=design&all=phase')).map((chip) => chip.label)).toEqual(['Phase: design']);
    expect(isFiltered(at('?all=phase&gaps=0&sort=title&page=2'))).toBe(false);
    expect(isFiltered(at('?kind=report'))).toBe(true);
  });
});

describe('organizations in words', () => {
  it('names the organizations a selection is filtered on, for captions and exports', () => {
    expect(filtersInWords(at('?f.objective=malicious&orgs=Tesla,Boeing+Co&from=2015'))).toEqual([
      'Objective = malicious',
      'Organization = Tesla or Boeing Co',
      'Years from 2015',
    ]);
  });

  it('gives each organization a chip that removes it alone', () => {
    const chips = filterChips(at('?orgs=Tesla,Boeing+Co&kind=report'));
    expect(chips.map((chip) => [chip.label, url(chip.without)])).toEqual([
      ['Organization: Tesla', '?orgs=Boeing+Co&kind=report'],
      ['Organization: Boeing Co', '?orgs=Tesla&kind=report'],
      ['Source: reports', '?orgs=Tesla,Boeing+Co'],
    ]);
  });
});
