import { describe, expect, it } from 'vitest';
import { plainIndex } from '../../analysis/plain-index';
import { readPlainIndex } from '../../../src/domain/index-files';
import { FACET_IDS, FACETS, type FacetId } from '../../../src/domain/taxonomy';
import { buildIndex, dateNumber, facetColumn, type IndexRow } from '../../../scripts/lib/index-columns';

function row(id: string, facets: Partial<Record<FacetId, string[]>>, extra: Partial<IndexRow> = {}): IndexRow {
  const all = Object.fromEntries(FACET_IDS.map((f) => [f, facets[f] ?? []])) as Record<FacetId, string[]>;
  return { id, kind: 'report', published: '2020-03-04', title: id, organizations: [], organizationRoles: [], facets: all, ...extra };
}

describe('facetColumn', () => {
  it('lists the vocabulary, then unknown, then out-of-vocabulary options sorted', () => {
    const column = facetColumn('phase', [row('a', { phase: ['zeta'] }), row('b', { phase: ['Design', 'operation'] })]);
    expect(column.options).toEqual(['design', 'operation', 'unknown', 'Design', 'zeta']);
  });

  it('sorts out-of-vocabulary options that differ in a number by the number, as a reader counts', () => {
    const column = facetColumn('phase', [row('a', { phase: ['custom_phase_10', 'custom_phase_2'] }), row('b', { phase: ['custom_phase_1', 'custom_phase_02', 'custom_phase'] })]);
    expect(column.options.slice(3)).toEqual(['custom_phase', 'custom_phase_1', 'custom_phase_02', 'custom_phase_2', 'custom_phase_10']);
  });

  it('stores each distinct option set once, as written and in order, with [] first for not analysed', () => {
    const rows = [
      row('a', { nature: ['non-human_actions', 'human_actions'] }),
      row('b', {}),
      row('c', { nature: ['human_actions', 'non-human_actions'] }),
      row('d', { nature: ['non-human_actions', 'human_actions'] }),
    ];
    const column = facetColumn('nature', rows);
    expect(column.combos).toEqual([[], [1, 0], [0, 1]]);
    expect(column.rows).toEqual([1, 0, 2, 1]);
    expect(Array.from(column.rows, (code) => column.combos[code].map((o) => column.options[o]))).toEqual(rows.map((r) => r.facets.nature));
  });

  it('codes a list the same whether rows share its array or hold equal copies', () => {
    const both = ['non-human_actions', 'human_actions'];
    const none: string[] = [];
    const shared = [row('a', { nature: both }), row('b', { nature: none }), row('c', { nature: both }), row('d', { nature: [...both] }), row('e', { nature: none })];
    const copies = shared.map((r) => row(r.id, { nature: [...r.facets.nature] }));
    const column = facetColumn('nature', shared);
    expect(column).toEqual(facetColumn('nature', copies));
    expect(column.combos).toEqual([[], [1, 0]]);
    expect(column.rows).toEqual([1, 0, 1, 1, 0]);
  });
});

describe('buildIndex', () => {
  it('gives one row per incident in every column and passes the schema', () => {
    const rows = [
      row('a', { domain: ['finance', 'health'] }, { organizations: ['Acme', 'Bank'], organizationRoles: [1, 2] }),
      row('b', {}, { kind: 'article', published: null, organizations: ['Bank'], organizationRoles: [3] }),
    ];
    const index = plainIndex(readPlainIndex(buildIndex(rows, 'abc')));
    expect(index.count).toBe(2);
    expect(Array.from(index.kind)).toEqual([0, 1]);
    expect(Array.from(index.published)).toEqual([20200304, 0]);
    expect(index.organizations).toEqual({
      values: ['Acme', 'Bank'],
      rows: [[0, 1], [1]],
      roles: [[1, 2], [3]],
      names: ['Acme', 'Bank'],
      keys: ['acme', 'bank'],
      of: [0, 1],
    });
    expect(index.facets.domain.options.slice(0, FACETS.domain.options.length)).toEqual(FACETS.domain.options.map((o) => o.id));
  });

  it('is empty but valid for no incidents', () => {
    const index = readPlainIndex(buildIndex([], 'x'));
    expect(index.count).toBe(0);
    expect(index.facets.phase.combos).toEqual([[]]);
  });
});

describe('dateNumber', () => {
  it.each([
    ['2019-08-22', 20190822],
    [null, null],
  ])('%j → %j', (date, n) => expect(dateNumber(date)).toBe(n));
});
