import { describe, expect, it } from 'vitest';
import { and, fromIndices, toIndices } from '../../src/analysis/bitset';
import type { Filters } from '../../src/analysis/filters';
import { emptyFilters } from '../../src/analysis/filters';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { crossFilterMasks, selectionMask } from '../../src/analysis/selection-masks';
import { FACET_IDS } from '../../src/domain/taxonomy';
import { allOf, anyOf, filtersWith } from './filters-fixture';
import { fixtureIndex } from './index-fixture';
import { SAMPLE } from './sample-incidents';

const columns = prepareColumns(fixtureIndex(SAMPLE));
const selected = (filters: Filters): number[] => [...toIndices(selectionMask(columns, filters))];

describe('selectionMask', () => {
  it('selects every incident without filters', () => {
    expect(selected(emptyFilters())).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it.each([
    ['one option', anyOf('design'), [0, 1, 6]],
    ['options within a facet with OR', anyOf('design', 'operation'), [0, 1, 2, 6]],
    ['all selected options', allOf('design', 'operation'), [0]],
    ['all of one option', allOf('design'), [0, 1, 6]],
    ['unknown like any option', anyOf('unknown'), [3, 6]],
    ['not analysed', anyOf(NOT_ANALYSED), [4, 5, 7]],
    ['not analysed or an option', anyOf(NOT_ANALYSED, 'operation'), [0, 2, 4, 5, 7]],
    ['not analysed and an option', allOf(NOT_ANALYSED, 'operation'), []],
    ['an option absent from the dictionary', anyOf('bogus'), []],
    ['an absent option or a present one', anyOf('bogus', 'design'), [0, 1, 6]],
    ['an absent option and a present one', allOf('bogus', 'design'), []],
    ['nothing, with "all selected" on', allOf(), [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('filters phase on %s', (_, phase, rows) => {
    expect(selected(filtersWith({ facets: { phase } }))).toEqual(rows);
  });

  it.each([
    [anyOf('design'), anyOf('within_system'), [0, 6]],
    [anyOf('design', 'operation'), anyOf('outside_system'), [1, 2]],
    [allOf('design', 'operation'), anyOf('outside_system'), []],
    [anyOf(NOT_ANALYSED), anyOf(NOT_ANALYSED), [5, 7]],
    [anyOf('operation'), allOf('within_system', 'outside_system'), [2]],
  ])('combines phase %j and boundary %j with AND', (phase, boundary, rows) => {
    expect(selected(filtersWith({ facets: { phase, boundary } }))).toEqual(rows);
  });

  it.each([
    [2020, 2021, [1, 3, 5]],
    [2021, null, [3, 4]],
    [null, 2019, [0, 6]],
    [2019, 2019, [0]],
    [2023, 2030, []],
    [null, null, [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('keeps years %s to %s, dropping undated incidents once a bound is set', (from, to, rows) => {
    expect(selected(filtersWith({ years: { from, to } }))).toEqual(rows);
  });

  it.each([
    ['both', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['report', [0, 1, 2, 3, 4, 6]],
    ['article', [5, 7]],
  ] as const)('filters kind %s', (kind, rows) => {
    expect(selected(filtersWith({ kind }))).toEqual(rows);
  });

  it.each([
    [[6, 1, 1], [1, 6]],
    [[], []],
    [[7, 6, 5, 4, 3, 2, 1, 0], [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('keeps only search matches %j', (matches, rows) => {
    expect(selected(filtersWith({ search: fromIndices(matches, 8) }))).toEqual(rows);
  });

  it('rejects search matches from a larger dataset', () => {
    expect(() => selected(filtersWith({ search: fromIndices([8], 40) }))).toThrow(RangeError);
  });

  it('applies kind, years, search and facets together', () => {
    const filters = filtersWith({
      kind: 'report',
      years: { from: 2019, to: 2022 },
      search: fromIndices([0, 1, 2, 3, 5], 8),
      facets: { boundary: anyOf('within_system', 'outside_system', 'unknown') },
    });
    expect(selected(filters)).toEqual([0, 1, 3]);
  });
});

describe('crossFilterMasks', () => {
  const filters = filtersWith({ facets: { phase: anyOf('design'), boundary: anyOf('within_system') } });
  const masks = crossFilterMasks(columns, filters);

  it.each([
    ['phase', [0, 2, 6]],
    ['boundary', [0, 1, 6]],
    ['nature', [0, 6]],
    ['domain', [0, 6]],
  ] as const)('lets the %s panel ignore only its own filter', (facet, rows) => {
    expect([...toIndices(masks.except[facet])]).toEqual(rows);
  });

  it('selects with every filter, like selectionMask', () => {
    expect([...toIndices(masks.all)]).toEqual(selected(filters));
  });

  it('shares the full selection with every panel that does not filter', () => {
    const unfiltered = FACET_IDS.filter((facet) => facet !== 'phase' && facet !== 'boundary');
    expect(unfiltered.every((facet) => masks.except[facet] === masks.all)).toBe(true);
  });

  it('applies the non-facet filters to every panel', () => {
    const narrowed = crossFilterMasks(columns, filtersWith({ kind: 'report', facets: { phase: anyOf(NOT_ANALYSED) } }));
    expect([...toIndices(narrowed.except.phase)]).toEqual([0, 1, 2, 3, 4, 6]);
    expect([...toIndices(narrowed.all)]).toEqual([4]);
  });
});

describe('the columns’ own sets', () => {
  /** Every set the columns hold, copied: what a mask sharing one of them must never change. */
  const snapshot = (prepared: ReturnType<typeof prepareColumns>) => [
    prepared.all,
    prepared.reports,
    prepared.articles,
    ...FACET_IDS.flatMap((facet) => [...prepared.facets[facet].optionBits, prepared.facets[facet].notAnalysed, prepared.facets[facet].unknownOnly]),
  ].map((bits) => [...bits]);

  it.each([
    ['no filter', filtersWith({})],
    ['one option', filtersWith({ facets: { phase: anyOf('design') } })],
    ['all of one option', filtersWith({ facets: { phase: allOf('operation') } })],
    ['one option in each of two facets', filtersWith({ facets: { phase: anyOf('design'), boundary: anyOf('within_system') } })],
    ['a kind and an option', filtersWith({ kind: 'report', facets: { phase: anyOf('design') } })],
    ['not analysed and years', filtersWith({ years: { from: 2010, to: 2020 }, facets: { nature: anyOf(NOT_ANALYSED) } })],
  ])('stay as they were after the masks of %s', (_, filters) => {
    const prepared = prepareColumns(fixtureIndex(SAMPLE));
    const before = snapshot(prepared);
    const masks = crossFilterMasks(prepared, filters);
    selectionMask(prepared, filters);
    // What a caller may do with a mask it was given: combine it into a set of its own.
    and(masks.all, prepared.facets.nature.notAnalysed);
    expect(snapshot(prepared)).toEqual(before);
  });

  it('are the masks of one option, as a bar click makes it, with no set of its own', () => {
    const masks = crossFilterMasks(columns, filtersWith({ facets: { phase: anyOf('design') } }));
    const { options, optionBits } = columns.facets.phase;
    expect(masks.all).toBe(optionBits[options.indexOf('design')]);
    expect(masks.except.phase).toBe(columns.all);
  });
});
