import fc from 'fast-check';
import { FACETS, FACET_IDS, UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import type { FixtureRow } from './index-fixture';

/** A few options per facet, `unknown` and an extra, so random rows collide often. */
export const optionPool = (facet: FacetId): string[] => [
  ...FACETS[facet].options.slice(0, 3).map((o) => o.id),
  UNKNOWN,
  'mystery',
];

/**
 * Random incidents for property tests: any subset of each facet's pool (empty = not
 * analysed), dates spread over 2017–2023 on any month, a fifth of them undated.
 */
export const rowArbitrary: fc.Arbitrary<FixtureRow> = fc.record({
  kind: fc.constantFrom('report' as const, 'article' as const),
  published: fc.option(
    fc
      .tuple(fc.integer({ min: 2017, max: 2023 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([year, month, day]) => year * 10000 + month * 100 + day),
    { freq: 5 },
  ),
  facets: fc.record(
    Object.fromEntries(FACET_IDS.map((facet) => [facet, fc.subarray(optionPool(facet))])) as Record<
      FacetId,
      fc.Arbitrary<string[]>
    >,
  ),
});

/** Random incidents and a random subset of their row numbers, the selection. */
export const rowsAndSelection = fc
  .array(rowArbitrary, { maxLength: 60 })
  .chain((rows) =>
    fc.tuple(fc.constant(rows), fc.subarray(rows.map((_, i) => i))),
  );
