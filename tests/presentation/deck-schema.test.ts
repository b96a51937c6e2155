import { describe, expect, it } from 'vitest';
import { ChartDescriptorSchema, chartTitle, knownChart } from '../../src/figures/chart-descriptor';
import type { ChartDescriptor } from '../../src/figures/chart-descriptor';
import { DeckSchema } from '../../src/presentation/deck-schema';
import { deckOf, slide } from './deck-fixture';

describe('ChartDescriptorSchema', () => {
  it.each<[string, ChartDescriptor, string]>([
    ['a facet panel', { kind: 'facet', facet: 'phase' }, 'Phase'],
    ['a trend', { kind: 'trend', facet: 'domain' }, 'Domain over time'],
    ['a crosstab', { kind: 'crosstab', rows: 'phase', columns: 'boundary' }, 'Phase × Boundary'],
    ['cohorts', { kind: 'cohorts' }, 'Cohort B against cohort A'],
    ['a kind a later view adds, kept with its parameters', { kind: 'world-map', region: 'eu', zoom: 2 }, 'world-map'],
  ])('accepts %s and names it', (_name, chart, title) => {
    expect(ChartDescriptorSchema.parse(chart)).toEqual(chart);
    expect(chartTitle(chart)).toBe(title);
  });

  it.each<[string, unknown]>([
    ['a facet panel of a facet that does not exist', { kind: 'facet', facet: 'colour' }],
    ['a crosstab missing its columns', { kind: 'crosstab', rows: 'phase' }],
    ['a kind with markup in it', { kind: '<script>' }],
    ['a kind in capitals', { kind: 'Facet', facet: 'phase' }],
    ['no kind', { facet: 'phase' }],
    ['a string', 'facet'],
  ])('refuses %s', (_name, value) => {
    expect(ChartDescriptorSchema.safeParse(value).success).toBe(false);
  });

  it.each<[string, ChartDescriptor]>([
    ['a facet panel drawing its 8 largest options', { kind: 'facet', facet: 'domain', top: 8 }],
    ['a trend drawing its 5 largest options', { kind: 'trend', facet: 'domain', top: 5 }],
    ['exact sets drawing 6', { kind: 'option-sets', facet: 'capability', top: 6 }],
    ['cohorts compared on two facets, 8 differences', { kind: 'cohorts', facets: ['capability', 'phase'], top: 8 }],
  ])('keeps what a slide draws: %s', (_name, chart) => {
    expect(ChartDescriptorSchema.parse(chart)).toEqual(chart);
    expect(knownChart(chart)).toEqual(chart);
  });

  it.each<[string, unknown, string]>([
    ['no row at all', { kind: 'facet', facet: 'domain', top: 0 }, 'a slide draws at least 1 row'],
    ['more rows than a slide could hold', { kind: 'facet', facet: 'domain', top: 1000 }, 'a slide draws at most 40 rows'],
    ['a fraction of a row', { kind: 'trend', facet: 'domain', top: 2.5 }, 'the number of rows drawn is a whole number'],
    ['a number as text', { kind: 'option-sets', facet: 'domain', top: '8' }, 'the number of rows drawn is a number'],
    ['no facet to compare', { kind: 'cohorts', facets: [] }, 'a cohort slide compares at least one facet'],
    ['a facet named twice', { kind: 'cohorts', facets: ['phase', 'phase'] }, 'a facet is named twice'],
  ])('refuses a slide drawing %s, and says why', (_name, value, reason) => {
    const result = ChartDescriptorSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(reason);
  });

  it('refuses a facet that does not exist among the compared ones', () => {
    expect(ChartDescriptorSchema.safeParse({ kind: 'cohorts', facets: ['phase', 'colour'] }).success).toBe(false);
  });

  it('types a known kind and gives null for one this build does not know', () => {
    expect(knownChart({ kind: 'facet', facet: 'nature' })).toEqual({ kind: 'facet', facet: 'nature' });
    expect(knownChart({ kind: 'world-map' })).toBeNull();
  });
});

describe('DeckSchema', () => {
  it('accepts a deck and keeps it as it is', () => {
    const deck = deckOf(slide({ pinnedAt: '2024-01-02T03:04:05.000Z', note: 'Say why' }), slide({ id: 'slide-2', view: '?f.phase=design' }));
    expect(DeckSchema.parse(deck)).toEqual(deck);
  });

  it.each<[string, unknown]>([
    ['another version', { ...deckOf(), version: 2 }],
    ['two slides with one id', deckOf(slide(), slide())],
    ['a view that is not a query string', deckOf(slide({ view: 'https://evil.example/' }))],
    ['a view with a fragment', deckOf(slide({ view: '?a=b#x' }))],
    ['an id with a slash', deckOf(slide({ id: '../x' }))],
    ['a pinnedAt that is not a time', deckOf(slide({ pinnedAt: 'yesterday' }))],
    ['a missing note', { ...deckOf(), slides: [{ ...slide(), note: undefined }] }],
    ['a slide hiding its warnings', deckOf({ ...slide(), hide: ['warnings'] as never })],
    ['a slide hiding its notes twice', deckOf(slide({ hide: ['notes', 'notes'] }))],
  ])('refuses %s', (_name, value) => {
    expect(DeckSchema.safeParse(value).success).toBe(false);
  });

  it('keeps what a slide hides and what it draws', () => {
    const deck = deckOf(
      slide({ hide: ['statistics', 'notes'] }),
      slide({ id: 'slide-2', view: '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious', chart: { kind: 'cohorts', facets: ['capability', 'phase'], top: 8 } }),
    );
    expect(DeckSchema.parse(deck)).toEqual(deck);
  });

  it('reads a deck written before slides had choices exactly as it was written', () => {
    const written = {
      version: 1,
      title: 'Findings',
      slides: [
        { id: 'slide-1', view: '?f.phase=design', chart: { kind: 'facet', facet: 'domain' }, title: 'Domain', note: '', build: 'abc' },
        { id: 'slide-2', view: '?view=cohorts&b.f.objective=malicious', chart: { kind: 'cohorts' }, title: 'Cohorts', note: 'Why', build: 'abc' },
      ],
    };
    const deck = DeckSchema.parse(JSON.parse(JSON.stringify(written)));
    expect(deck).toEqual(written);
    expect(deck.slides.map((each) => Object.keys(each))).toEqual(written.slides.map((each) => Object.keys(each)));
    expect(deck.slides.map((each) => knownChart(each.chart))).toEqual([{ kind: 'facet', facet: 'domain' }, { kind: 'cohorts' }]);
  });
});
