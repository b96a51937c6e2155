import { describe, expect, it } from 'vitest';
import { fullBitset, popcount } from '../../src/analysis/bitset';
import { crosstab } from '../../src/analysis/crosstab';
import { facetPanels } from '../../src/analysis/facet-counts';
import { groupColumns, keptOptions, OPTION_LIMIT } from '../../src/analysis/option-groups';
import { groupKey, groupLabel, groupSize } from '../../src/domain/option-group-keys';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { crossFilterMasks } from '../../src/analysis/selection-masks';
import { FACETS } from '../../src/domain/taxonomy';
import { fixtureIndex } from './index-fixture';
import type { FixtureRow } from './index-fixture';

const VOCABULARY = FACETS.domain.options.length;
const free = (i: number): string => `free text ${String(i).padStart(4, '0')}`;

/** Incident i has two free-text domains, i and i + 1, so options overlap and a union is not a sum. */
function manyOptions(distinct: number): FixtureRow[] {
  return Array.from({ length: distinct }, (_, i) => ({
    facets: { domain: i % 3 === 0 ? ['finance', free(i), free((i + 1) % distinct)] : [free(i), free((i + 1) % distinct)], phase: ['design'] },
  }));
}

const noFilters = {
  facets: Object.fromEntries(Object.keys(FACETS).map((f) => [f, { selected: [], matchAll: false }])),
  years: { from: null, to: null },
  kind: 'both' as const,
  organizations: [],
  search: null,
};

describe('option groups', () => {
  it('leaves a facet that fits alone', () => {
    const columns = prepareColumns(fixtureIndex(manyOptions(5)));
    const grouped = groupColumns(columns);
    expect(grouped.groups.domain).toBeUndefined();
    expect(grouped.counting.facets.domain).toBe(columns.facets.domain);
  });

  it('keeps the vocabulary, unknown and the most frequent free options, and groups the rest into one line', () => {
    const rows: FixtureRow[] = [...manyOptions(5000), ...Array.from({ length: 30 }, () => ({ facets: { domain: [free(7)] } }))];
    const columns = prepareColumns(fixtureIndex(rows));
    const { counting, groups } = groupColumns(columns);
    const bits = counting.facets.domain;
    expect(bits.options).toHaveLength(OPTION_LIMIT);
    expect(bits.options.slice(0, VOCABULARY)).toEqual(FACETS.domain.options.map((o) => o.id));
    expect(bits.options).toContain('unknown');
    expect(bits.options).toContain(free(7));
    const group = groups.domain!;
    expect(group.options).toHaveLength(5000 - (OPTION_LIMIT - 2 - VOCABULARY));
    expect(bits.options.at(-1)).toBe(group.key);
    expect(groupSize(group.key)).toBe(group.options.length);
    expect(bits.roles.at(-1)).toBe('extra');
  });

  it('counts each incident once in the group, having at least one grouped option', () => {
    const columns = prepareColumns(fixtureIndex(manyOptions(200)));
    const { counting, groups } = groupColumns(columns);
    const original = columns.facets.domain;
    const grouped = new Set(groups.domain!.options);
    const expected = Array.from({ length: columns.size }, (_, row) => row).filter((row) =>
      original.options.some((option, k) => grouped.has(option) && (original.optionBits[k][row >>> 5] & (1 << (row & 31))) !== 0),
    ).length;
    const sumOfOptions = original.options.reduce((sum, option, k) => sum + (grouped.has(option) ? original.optionTotals[k] : 0), 0);
    expect(counting.facets.domain.optionTotals.at(-1)).toBe(expected);
    expect(sumOfOptions).toBeGreaterThan(expected);
    const table = crosstab(counting, fullBitset(columns.size), 'domain', 'phase');
    expect(table.rows.at(-1)).toMatchObject({ key: groups.domain!.key, total: expected });
  });

  it('filters on the group or on any single grouped option', () => {
    const columns = prepareColumns(fixtureIndex(manyOptions(200)));
    const { filtering, groups } = groupColumns(columns);
    const group = groups.domain!;
    const on = (selected: string[]) =>
      popcount(crossFilterMasks(filtering, { ...noFilters, facets: { ...noFilters.facets, domain: { selected, matchAll: false } } } as never).all);
    expect(on([group.key])).toBe(filtering.facets.domain.optionTotals.at(-1));
    expect(on([group.options[0]])).toBe(2);
  });

  it('draws a bounded number of bars on the overview', () => {
    const columns = prepareColumns(fixtureIndex(manyOptions(5000)));
    const { counting, filtering } = groupColumns(columns);
    const panels = facetPanels(counting, crossFilterMasks(filtering, noFilters as never), false);
    expect(panels.domain.selection.options).toHaveLength(OPTION_LIMIT);
  });

  it('groups only past the limit, and then at least two options', () => {
    const fits = prepareColumns(fixtureIndex(manyOptions(OPTION_LIMIT - VOCABULARY - 1)));
    expect(fits.facets.domain.options).toHaveLength(OPTION_LIMIT);
    expect(keptOptions(fits.facets.domain)).toBeNull();
    const past = prepareColumns(fixtureIndex(manyOptions(OPTION_LIMIT - VOCABULARY)));
    expect(keptOptions(past.facets.domain)).toHaveLength(OPTION_LIMIT - 1);
    expect(groupColumns(past).groups.domain?.options).toHaveLength(2);
  });

  it('names the group with its size and cannot collide with an option', () => {
    expect(groupLabel(4980)).toBe('4,980 rarer options');
    expect(groupKey(4980)).toContain(',');
    expect(groupSize('4,980 rarer options')).toBeNull();
    expect(groupSize('other')).toBeNull();
  });
});
