import { describe, expect, it } from 'vitest';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { trendByOption } from '../../src/analysis/trend';
import { isMultiValued } from '../../src/analysis/trend-shape';
import type { FixtureRow } from './index-fixture';
import { fixtureIndex } from './index-fixture';

const multiValued = (rows: readonly FixtureRow[]) => {
  const columns = prepareColumns(fixtureIndex(rows));
  return isMultiValued(trendByOption(columns, columns.all, 'phase', 'year'));
};

describe('isMultiValued', () => {
  it.each([
    ['one option each, gaps included', [{ published: 20190101, facets: { phase: ['design'] } }, { published: 20200101 }, { published: 20200101, facets: { phase: ['unknown'] } }], false],
    ['two options on one incident', [{ published: 20190101, facets: { phase: ['design', 'operation'] } }], true],
    ['an option beside unknown', [{ published: 20190101, facets: { phase: ['design', 'unknown'] } }], true],
    ['several options on an undated incident only', [{ published: null, facets: { phase: ['design', 'operation'] } }, { published: 20190101, facets: { phase: ['design'] } }], true],
    ['nothing analysed', [{ published: 20190101 }], false],
  ])('%s: %s', (_, rows, expected) => {
    expect(multiValued(rows)).toBe(expected);
  });
});
