import { describe, expect, it } from 'vitest';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { yearSpan } from '../../src/analysis/year-span';
import { fixtureIndex } from './index-fixture';
import type { FixtureRow } from './index-fixture';

describe('yearSpan', () => {
  it.each<[string, FixtureRow[], ReturnType<typeof yearSpan>]>([
    ['dated and undated incidents', [{ published: 20190305 }, { published: null }, { published: 20110101 }, { published: 20221231 }], { first: 2011, last: 2022 }],
    ['a single dated incident', [{ published: 20200520 }], { first: 2020, last: 2020 }],
    ['only undated incidents', [{ published: null }, {}], null],
    ['no incidents', [], null],
  ])('spans %s', (_, rows, expected) => {
    expect(yearSpan(prepareColumns(fixtureIndex(rows)))).toEqual(expected);
  });
});
