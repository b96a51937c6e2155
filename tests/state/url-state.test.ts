import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FacetFilter } from '../../src/analysis/filters';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { defaultUrlState, parseUrlState, stringifyUrlState } from '../../src/state/url-state';
import type { UrlState } from '../../src/state/url-state';
import { FACET_IDS } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';

const base = defaultUrlState();

/** The default state with some facet filters set. */
function withFacets(facets: Partial<Record<FacetId, FacetFilter>>, rest: Partial<UrlState> = {}): UrlState {
  return { ...base, ...rest, filters: { ...base.filters, facets: { ...base.filters.facets, ...facets } } };
}

describe('stringifyUrlState and parseUrlState', () => {
  it('write nothing for the default state, and read nothing as the default state', () => {
    expect(stringifyUrlState(base)).toBe('');
    expect(parseUrlState('')).toEqual(base);
    expect(parseUrlState('?')).toEqual(base);
  });

  it('read the documented example and write it back unchanged', () => {
    const search =
      '?f.phase=design,operation&all=behaviour&q=database&from=2015&to=2020&kind=report&gaps=0&bars=count&sort=date-desc&page=2&view=incident&id=fail-2751';
    const state = parseUrlState(search);
    expect(state).toEqual({
      view: 'incident',
      id: 'fail-2751',
      org: null,
      filters: {
        facets: {
          ...base.filters.facets,
          phase: { selected: ['design', 'operation'], matchAll: false },
          behaviour: { selected: [], matchAll: true },
        },
        years: { from: 2015, to: 2020 },
        kind: 'report',
        organizations: [],
      },
      query: 'database',
      excludeGaps: true,
      barOrder: 'count',
      sort: 'date-desc',
      page: 2,
      deck: null,
      trend: base.trend,
      crosstab: base.crosstab,
      cohorts: base.cohorts,
    });
    expect(stringifyUrlState(state)).toBe(search);
  });

  it('carries organizations by name, commas included, and the organization page', () => {
    const state: UrlState = {
      ...base,
      view: 'organization',
      org: 'The New York Times company',
      filters: { ...base.filters, organizations: ['Tesla', 'At least 30,000 organizations in the US'] },
      cohorts: { ...base.cohorts, a: { ...base.cohorts.a, organizations: ['Boeing Co'] } },
    };
    const search = '?orgs=Tesla,At+least+30%2C000+organizations+in+the+US&view=organization&org=The+New+York+Times+company&a.orgs=Boeing+Co';
    expect(stringifyUrlState(state)).toBe(search);
    expect(parseUrlState(search)).toEqual(state);
  });

  it('opens the overview for an organization page that names no organization', () => {
    expect(parseUrlState('?view=organization').view).toBe('overview');
    expect(parseUrlState('?view=organization&org=+').view).toBe('overview');
    expect(parseUrlState(`?orgs=${'x'.repeat(301)},Tesla,Tesla`).filters.organizations).toEqual(['Tesla']);
  });

  it.each<[string, UrlState, string]>([
    ['one facet option', withFacets({ domain: { selected: ['finance'], matchAll: false } }), '?f.domain=finance'],
    [
      'options in the order they were picked',
      withFacets({ behaviour: { selected: ['value', 'crash'], matchAll: true } }),
      '?f.behaviour=value,crash&all=behaviour',
    ],
    ['the not-analysed option', withFacets({ phase: { selected: [NOT_ANALYSED, 'unknown'], matchAll: false } }), '?f.phase=__none__,unknown'],
    [
      'an option written as __none__, apart from not analysed',
      withFacets({ recurring: { selected: ['__none__', NOT_ANALYSED], matchAll: false } }),
      '?f.recurring=%5F_none__,__none__',
    ],
    [
      'several facets, in taxonomy order',
      withFacets({ domain: { selected: ['health'], matchAll: false }, phase: { selected: ['design'], matchAll: true } }),
      '?f.phase=design&f.domain=health&all=phase',
    ],
    ['an option holding a comma and a space', withFacets({ consequence: { selected: ['a, b', 'c'], matchAll: false } }), '?f.consequence=a%2C+b,c'],
    ['a query with spaces and symbols', { ...base, query: 'power grid & 50% +1' }, '?q=power+grid+%26+50%25+%2B1'],
    ['a query with non-ASCII text', { ...base, query: 'café “outage”' }, '?q=caf%C3%A9+%E2%80%9Coutage%E2%80%9D'],
    ['only a start year', { ...base, filters: { ...base.filters, years: { from: 2019, to: null } } }, '?from=2019'],
    ['only an end year', { ...base, filters: { ...base.filters, years: { from: null, to: 2011 } } }, '?to=2011'],
    ['articles only', { ...base, filters: { ...base.filters, kind: 'article' } }, '?kind=article'],
    ['gaps excluded', { ...base, excludeGaps: true }, '?gaps=0'],
    ['title order', { ...base, sort: 'title' }, '?sort=title'],
    ['a later page', { ...base, page: 14 }, '?page=14'],
    ['a trend drawing its 8 options with the most incidents', { ...base, view: 'trends', trend: { ...base.trend, layout: 'stacked', top: 8 } }, '?view=trends&layout=stacked&lines=8'],
    ['the quality view', { ...base, view: 'quality' }, '?view=quality'],
    ['an incident', { ...base, view: 'incident', id: 'i-b0e699482583' }, '?view=incident&id=i-b0e699482583'],
    ['the deck view', { ...base, view: 'deck' }, '?view=deck'],
    ['a deck from a link, presented', { ...base, view: 'present', deck: 'eyJ2IjoxfQ' }, '?view=present&deck=eyJ2IjoxfQ'],
    [
      'a linked deck next to filters, in the deck view',
      { ...withFacets({ phase: { selected: ['design'], matchAll: false } }), view: 'deck', deck: 'a-b_C9' },
      '?f.phase=design&view=deck&deck=a-b_C9',
    ],
  ])('round-trip %s', (_name, state, search) => {
    expect(stringifyUrlState(state)).toBe(search);
    expect(parseUrlState(search)).toEqual(state);
  });
});

describe('parseUrlState falls back field by field', () => {
  it.each<[string, string, Partial<UrlState>]>([
    ['an unknown facet', '?f.colour=red&f.phase=design', withFacets({ phase: { selected: ['design'], matchAll: false } })],
    ['an unknown facet in all', '?all=colour,phase', withFacets({ phase: { selected: [], matchAll: true } })],
    ['empty and repeated options', '?f.phase=,design,,design,', withFacets({ phase: { selected: ['design'], matchAll: false } })],
    ['an overlong option', `?f.phase=${'x'.repeat(81)}`, base],
    ['the not-analysed key spelt other than __none__', `?f.phase=${encodeURIComponent(NOT_ANALYSED)}`, base],
    ['a year that is not a number', '?from=abc&to=2020', { filters: { ...base.filters, years: { from: null, to: 2020 } } }],
    ['a year out of range', '?from=1066&to=99999', base],
    ['a fractional year', '?from=2015.5', base],
    ['years in the wrong order, swapped', '?from=2020&to=2015', { filters: { ...base.filters, years: { from: 2015, to: 2020 } } }],
    ['an unknown kind', '?kind=podcast', base],
    ['a gaps value other than 0', '?gaps=yes', base],
    ['an unknown sort', '?sort=random', base],
    ['a negative page', '?page=-2', base],
    ['page zero', '?page=0', base],
    ['a page that is not a number', '?page=two', base],
    ['a huge page', '?page=99999999999', base],
    ['an unknown view', '?view=admin', base],
    ['an incident view without an id', '?view=incident', base],
    ['an incident id that is not an id', '?view=incident&id=..%2F..%2Fetc%2Fpasswd', base],
    ['an id with markup', '?view=incident&id=%3Cscript%3E', base],
    ['a broken percent escape', '?q=%E0%A4%A&f.phase=%ZZ,design&view=quality', withFacets({ phase: { selected: ['design'], matchAll: false } }, { view: 'quality' })],
    ['a query longer than 200 characters, cut', `?q=${'a'.repeat(250)}`, { query: 'a'.repeat(200) }],
    ['keys without values and stray ampersands', '?&&view&page=&q&=3', base],
    ['repeated keys, the first winning', '?page=2&page=5', { page: 2 }],
    ['plain garbage', '?%%%&==&;;;<>', base],
    ['a string without a question mark', 'view=quality', { view: 'quality' }],
    ['a deck outside the deck views', '?deck=eyJ2IjoxfQ', base],
    ['a deck in the incident view', '?view=incident&id=fail-1&deck=eyJ2IjoxfQ', { view: 'incident', id: 'fail-1' }],
    ['a deck that is not base64url', '?view=present&deck=eyJ2%2B%3D', { view: 'present' }],
    ['an empty deck', '?view=present&deck=', { view: 'present' }],
    ['a deck longer than any link should be', `?view=present&deck=${'a'.repeat(12_001)}`, { view: 'present' }],
    ['an unknown trend facet', '?trend=colour&measure=count', { trend: { ...base.trend, measure: 'count' } }],
    ['an unknown granularity', '?per=decade&layout=stacked', { trend: { ...base.trend, layout: 'stacked' } }],
    ['an unknown measure and layout', '?measure=mean&layout=pie', base],
    ['options drawn that no slide could draw', '?lines=0&trend=domain', { trend: { ...base.trend, facet: 'domain' } }],
    ['too many options drawn, or not a count', '?lines=41', base],
    ['options drawn written as a fraction', '?lines=2.5', base],
    ['unknown crosstab facets', '?rows=colour&cols=phase&co=size', { crosstab: { ...base.crosstab, cols: 'phase' } }],
    ['an unknown cell and shade', '?cell=median&shade=rainbow', base],
    [
      'a cohort with a bad year and an unknown facet',
      '?a.from=20x0&a.to=2015&a.f.colour=red&b.kind=podcast&b.f.phase=design',
      {
        cohorts: {
          a: { ...base.filters, years: { from: null, to: 2015 } },
          b: { ...base.filters, facets: { ...base.filters.facets, phase: { selected: ['design'], matchAll: false } } },
        },
      },
    ],
    [
      'cohort years in the wrong order, swapped',
      '?b.from=2020&b.to=2012',
      { cohorts: { ...base.cohorts, b: { ...base.filters, years: { from: 2012, to: 2020 } } } },
    ],
    ['a cohort key without its prefix dot', '?af.phase=design&c.f.phase=design', base],
  ])('for %s', (_name, search, expected) => {
    expect(parseUrlState(search)).toEqual({ ...base, ...expected });
  });

  it('drops a deck when leaving the deck views, so other links never carry it', () => {
    const presenting = parseUrlState('?f.phase=design&view=present&deck=eyJ2IjoxfQ');
    expect(stringifyUrlState({ ...presenting, view: 'overview' })).toBe('?f.phase=design');
  });

  it('keeps the valid fields next to the broken ones', () => {
    const expected = withFacets({ phase: { selected: ['design'], matchAll: false } }, { page: 3, sort: 'title' });
    expect(parseUrlState('?f.phase=design&from=19x9&to=2020&kind=nope&page=3&sort=title')).toEqual({
      ...expected,
      filters: { ...expected.filters, years: { from: null, to: 2020 } },
    });
  });
});

const optionArb = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((option) => option.trim() === option && option !== ''),
  fc.constantFrom(NOT_ANALYSED, '__none__', '_none__', '%5F_none__'),
);

const facetFilterArb = fc.record({
  selected: fc.uniqueArray(optionArb, { maxLength: 4 }),
  matchAll: fc.boolean(),
});

const yearArb = fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null });

const deckArb = fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), { nil: null });

const facetIdArb = fc.constantFrom(...FACET_IDS);

/** Organization names as a filter holds them: trimmed, distinct, any characters (commas, plus signs, percent signs) inside. */
const organizationNameArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((name) => name.trim() === name && name !== '');
const organizationsArb = fc.uniqueArray(organizationNameArb, { maxLength: 3 });

const filtersArb = fc
  .record({
    facets: fc.record(Object.fromEntries(FACET_IDS.map((facet) => [facet, facetFilterArb])) as Record<FacetId, typeof facetFilterArb>),
    years: fc.tuple(yearArb, yearArb),
    kind: fc.constantFrom('both', 'report', 'article'),
    organizations: organizationsArb,
  })
  .map(({ facets, years: [a, b], kind, organizations }) => ({
    facets,
    years: a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b },
    kind,
    organizations,
  }));

const trendArb = fc.record({
  facet: facetIdArb,
  granularity: fc.constantFrom(null, 'year', 'quarter', 'month'),
  measure: fc.constantFrom('share', 'count'),
  layout: fc.constantFrom('lines', 'stacked', 'multiples'),
  top: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
});

const crosstabArb = fc.record({
  rows: facetIdArb,
  cols: facetIdArb,
  cell: fc.constantFrom('count', 'row', 'col', 'overall'),
  shade: fc.constantFrom('value', 'residual'),
  within: facetIdArb,
});

const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    view: fc.constantFrom('overview', 'incident', 'quality', 'deck', 'present', 'trends', 'crosstab', 'cohorts', 'organization'),
    id: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), { nil: null }),
    org: fc.option(organizationNameArb, { nil: null }),
    organizations: organizationsArb,
    facets: fc.record(Object.fromEntries(FACET_IDS.map((facet) => [facet, facetFilterArb])) as Record<FacetId, typeof facetFilterArb>),
    years: fc.tuple(yearArb, yearArb),
    kind: fc.constantFrom('both', 'report', 'article'),
    query: fc.string({ unit: 'binary', maxLength: 60 }),
    excludeGaps: fc.boolean(),
    barOrder: fc.constantFrom('taxonomy', 'count'),
    sort: fc.constantFrom('date-asc', 'date-desc', 'title'),
    page: fc.integer({ min: 1, max: 100_000 }),
    deck: deckArb,
    trend: trendArb,
    crosstab: crosstabArb,
    cohorts: fc.record({ a: filtersArb, b: filtersArb }),
  })
  .map(({ view, id, org, facets, years: [a, b], kind, organizations, deck, ...rest }) => ({
    ...rest,
    view: (view === 'incident' && id === null) || (view === 'organization' && org === null) ? 'overview' : view,
    id,
    org,
    deck: view === 'deck' || view === 'present' ? deck : null,
    filters: {
      facets,
      years: a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b },
      kind,
      organizations,
    },
  }));

describe('parseUrlState ∘ stringifyUrlState', () => {
  it('is the identity on every well-formed state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseUrlState(stringifyUrlState(state))).toEqual(state);
      }),
    );
  });

  it('never throws, whatever the address holds', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (search) => parseUrlState(search) !== null));
  });
});
