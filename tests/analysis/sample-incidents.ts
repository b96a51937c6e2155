import type { FixtureRow } from './index-fixture';

/**
 * Eight incidents covering every kind of gap, shared by the table tests so expected
 * values can be worked out by hand from this one listing:
 *
 * | row | kind    | published | phase              | boundary                       |
 * |-----|---------|-----------|--------------------|--------------------------------|
 * | 0   | report  | 20190305  | design, operation  | within_system                  |
 * | 1   | report  | 20200101  | design             | outside_system                 |
 * | 2   | report  | undated   | operation          | within_system, outside_system  |
 * | 3   | report  | 20211231  | unknown            | unknown                        |
 * | 4   | report  | 20220615  | (not analysed)     | outside_system                 |
 * | 5   | article | 20200520  | (not analysed)     | (not analysed)                 |
 * | 6   | report  | 20180101  | design, unknown    | within_system                  |
 * | 7   | article | undated   | (not analysed)     | (not analysed)                 |
 *
 * Row 0 also has behaviour `crash, degradation`, an option outside the vocabulary.
 */
export const SAMPLE: readonly FixtureRow[] = [
  {
    published: 20190305,
    facets: { phase: ['design', 'operation'], boundary: ['within_system'], behaviour: ['crash', 'degradation'] },
  },
  { published: 20200101, facets: { phase: ['design'], boundary: ['outside_system'] } },
  { published: null, facets: { phase: ['operation'], boundary: ['within_system', 'outside_system'] } },
  { published: 20211231, facets: { phase: ['unknown'], boundary: ['unknown'] } },
  { published: 20220615, facets: { boundary: ['outside_system'] } },
  { kind: 'article', published: 20200520 },
  { published: 20180101, facets: { phase: ['design', 'unknown'], boundary: ['within_system'] } },
  { kind: 'article', published: null },
];
