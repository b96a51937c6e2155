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
  ])('refuses %s', (_name, value) => {
    expect(DeckSchema.safeParse(value).success).toBe(false);
  });
});
