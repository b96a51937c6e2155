import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromIndices, toIndices } from '../../src/analysis/bitset';
import { countFacet } from '../../src/analysis/facet-counts';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import type { FacetFilter, Filters, KindFilter } from '../../src/analysis/filters';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { crossFilterMasks } from '../../src/analysis/selection-masks';
import { FACETS, FACET_IDS, UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { fixtureIndex } from './index-fixture';
import type { FixtureRow } from './index-fixture';
import { naiveCounts, naiveSelection } from './naive-selection';

/** A few options per facet, `unknown` and an extra, so random rows collide often. */
const optionPool = (facet: FacetId): string[] => [
  ...FACETS[facet].options.slice(0, 3).map((o) => o.id),
  UNKNOWN,
  'mystery',
];

const facetsArbitrary = fc.record(
  Object.fromEntries(FACET_IDS.map((facet) => [facet, fc.subarray(optionPool(facet))])) as Record<
    FacetId,
    fc.Arbitrary<string[]>
  >,
);

const rowArbitrary: fc.Arbitrary<FixtureRow> = fc.record({
  kind: fc.constantFrom('report' as const, 'article' as const),
  published: fc.option(fc.integer({ min: 2017, max: 2023 }).map((year) => year * 10000 + 101)),
  facets: facetsArbitrary,
});

/** Filters that leave some rows selected often enough: most facets, kinds and years do not filter. */
function filtersArbitrary(size: number): fc.Arbitrary<Filters> {
  const facetFilter = (facet: FacetId): fc.Arbitrary<FacetFilter> =>
    fc.record({
      selected: fc.oneof(
        { weight: 6, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.subarray([...optionPool(facet), NOT_ANALYSED, 'absent'], { maxLength: 3 }) },
      ),
      matchAll: fc.boolean(),
    });
  return fc.record({
    facets: fc.record(
      Object.fromEntries(FACET_IDS.map((facet) => [facet, facetFilter(facet)])) as Record<
        FacetId,
        fc.Arbitrary<FacetFilter>
      >,
    ),
    years: fc.record({
      from: fc.option(fc.integer({ min: 2016, max: 2020 }), { freq: 3 }),
      to: fc.option(fc.integer({ min: 2019, max: 2024 }), { freq: 3 }),
    }),
    kind: fc.constantFrom<KindFilter>('both', 'both', 'report', 'article'),
    organizations: fc.constant([]),
    search: fc.option(
      fc
        .array(fc.nat({ max: Math.max(size - 1, 0) }), { maxLength: size })
        .map((rows) => fromIndices(size === 0 ? [] : rows, size)),
      { freq: 3 },
    ),
  });
}

const datasetAndFilters = fc
  .array(rowArbitrary, { maxLength: 70, size: 'large' })
  .chain((rows) => fc.tuple(fc.constant(rows), filtersArbitrary(rows.length)));

describe('bitset selection against a row-by-row filter', () => {
  it('selects the same rows, for the headline and for every panel', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([rows, filters]) => {
        const columns = prepareColumns(fixtureIndex(rows));
        const masks = crossFilterMasks(columns, filters);
        expect([...toIndices(masks.all)]).toEqual(naiveSelection(rows, filters));
        for (const facet of FACET_IDS) {
          expect([...toIndices(masks.except[facet])]).toEqual(naiveSelection(rows, filters, facet));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts every panel like a row-by-row count', () => {
    fc.assert(
      fc.property(datasetAndFilters, fc.boolean(), ([rows, filters], excludeGaps) => {
        const columns = prepareColumns(fixtureIndex(rows));
        const masks = crossFilterMasks(columns, filters);
        for (const facet of FACET_IDS) {
          const tally = countFacet(columns, facet, masks.except[facet], excludeGaps);
          const selected = naiveSelection(rows, filters, facet);
          const expected = naiveCounts(rows, selected, facet, columns.facets[facet].options);
          expect(tally.options.map((o) => o.count)).toEqual(expected.counts);
          expect(tally.notAnalysed).toBe(expected.notAnalysed);
          expect(tally.unknownOnly).toBe(expected.unknownOnly);
          const gaps = excludeGaps ? expected.notAnalysed + expected.unknownOnly : 0;
          expect(tally.n).toBe(selected.length - gaps);
        }
      }),
      { numRuns: 200 },
    );
  });
});
