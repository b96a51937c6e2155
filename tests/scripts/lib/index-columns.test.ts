import { describe, expect, it } from 'vitest';
import { plainIndex } from '../../analysis/plain-index';
import { encodeIndex, IndexSchema } from '../../../src/domain/schema';
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
    const index = plainIndex(IndexSchema.parse(encodeIndex(buildIndex(rows, 'abc'))));
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
    const index = IndexSchema.parse(encodeIndex(buildIndex([], 'x')));
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

describe('IndexSchema invariants', () => {
  it('rejects columns of different lengths and codes that point nowhere', () => {
    const index = buildIndex([row('a', { phase: ['design'] })], 'x');
    expect(IndexSchema.safeParse(encodeIndex({ ...index, title: [] })).success).toBe(false);
    const broken = { ...index, facets: { ...index.facets, phase: { ...index.facets.phase, rows: [9] } } };
    expect(IndexSchema.safeParse(encodeIndex(broken)).success).toBe(false);
  });
});

describe('IndexSchema column checks', () => {
  const code = (codes: string) => ({ width: 1, codes });
  const oneOrganization = { values: ['A'], counts: code('10'), codes: code('0'), roles: code('1'), names: ['A'], keys: ['a'], of: code('0') };
  const valid = () => encodeIndex(buildIndex([row('a', { phase: ['design'] }), row('b', {})], 'x'));

  it.each([
    ['an id that is not URL-safe', (i: ReturnType<typeof valid>) => ({ ...i, id: ['a', 'B C'] }), 'id.1', 'expected an incident id'],
    ['a kind other than 0 or 1', (i: ReturnType<typeof valid>) => ({ ...i, kind: { width: 1, codes: '02' } }), 'kind.1', 'expected 0 (report) or 1 (article)'],
    ['dates that are not codes', (i: ReturnType<typeof valid>) => ({ ...i, published: { width: 5, codes: '2020/01/01' } }), 'published', 'expected whole 5-digit codes of 0-9A-Za-z-_, each below 2^32'],
    ['a title that is not text', (i: ReturnType<typeof valid>) => ({ ...i, title: ['a', 7] }), 'title.1', 'expected a title'],
    [
      'a facet row code outside the code alphabet',
      (i: ReturnType<typeof valid>) => ({ ...i, facets: { ...i.facets, phase: { ...i.facets.phase, rows: { width: 1, codes: '0!' } } } }),
      'facets.phase.rows',
      'expected whole 1-digit codes of 0-9A-Za-z-_, each below 2^32',
    ],
    [
      'organization counts that do not add up',
      (i: ReturnType<typeof valid>) => ({ ...i, organizations: { ...oneOrganization, counts: { width: 1, codes: '21' } } }),
      'organizations.counts',
      'counts add up to 3 but there are 1 codes',
    ],
    [
      'an organization code that names nothing',
      (i: ReturnType<typeof valid>) => ({ ...i, organizations: { ...oneOrganization, codes: { width: 1, codes: '5' } } }),
      'organizations.codes',
      'a code refers to no name',
    ],
  ])('rejects %s, naming the first bad row', (_, damage, path, message) => {
    const result = IndexSchema.safeParse(damage(valid()));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });
});
