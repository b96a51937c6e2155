import { describe, expect, it } from 'vitest';
import { plainIndex, readOrganizations } from './plain-index';
import { fromIndices, hasBit, toIndices } from '../../src/analysis/bitset';
import { mulberry32 } from '../../scripts/lib/seeded-random';
import { organizationCounts, organizationIndex, organizationRows, prepareOrganizations } from '../../src/analysis/organizations';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { crossFilterMasks } from '../../src/analysis/selection-masks';
import { readPlainIndex } from '../../src/domain/index-files';
import { filtersWith } from './filters-fixture';
import { fixtureIndex } from './index-fixture';
import { plainOrganizations } from './organization-fixture';

/**
 * Five incidents. "Boeing Co" and "Boeing" are one organization (as the prebuild groups
 * them); incident 1 names both variants, as responsible and as impacted.
 */
const names = ['Boeing Co', 'Boeing', 'Users of Boeing jets', 'Tesla'];
const organizations = {
  values: names,
  rows: [[0], [0, 1], [2, 3], [3], []],
  roles: [[1], [1, 2], [2, 1], [2], []],
  names: ['Boeing', 'Tesla', 'Users of Boeing jets'],
  keys: ['boeing', 'tesla', 'users of boeing jets'],
  of: [0, 0, 2, 1],
};
const base = fixtureIndex([{ published: 20190101 }, { published: 20200101 }, { published: 20200101 }, { published: 20210101 }, { published: 20210101 }]);
const index = readPlainIndex({ ...plainIndex(base), organizations });
const columns = prepareColumns(index);

describe('prepareOrganizations', () => {
  it('lists each organization\'s incidents once, its roles combined, and its variants', () => {
    const prepared = prepareOrganizations(index.organizations);
    expect([...organizationRows(prepared, 0)]).toEqual([0, 1]);
    expect([...prepared.roles.subarray(prepared.start[0], prepared.start[1])]).toEqual([1, 3]);
    expect(prepared.variants).toEqual([[0, 1], [3], [2]]);
  });

  it('gives the rows of each organization and the organizations of each row as a plain count does, names of one organization repeated in a row included', () => {
    const random = mulberry32(11);
    for (let trial = 0; trial < 40; trial++) {
      const valueCount = 1 + Math.floor(random() * 8);
      const of = Array.from({ length: valueCount }, (_, v) => (v < 3 ? v % 3 : Math.floor(random() * 3)));
      const orgCount = Math.max(...of) + 1;
      const rowCount = Math.floor(random() * 30);
      const rows = Array.from({ length: rowCount }, () => Array.from({ length: Math.floor(random() * 5) }, () => Math.floor(random() * valueCount)));
      const roles = rows.map((row) => row.map(() => 1 + Math.floor(random() * 3)));
      const plain = {
        values: of.map((_, v) => `name ${v}`),
        rows,
        roles,
        names: Array.from({ length: orgCount }, (_, o) => `org ${o}`),
        keys: Array.from({ length: orgCount }, (_, o) => `org ${o}`),
        of,
      };
      const read = readPlainIndex({ ...plainIndex(fixtureIndex(rows.map(() => ({})))), organizations: plain }).organizations;
      const prepared = prepareOrganizations(read);
      const roleOf = rows.map((row, r) => {
        const joined = new Map<number, number>();
        row.forEach((value, k) => joined.set(of[value], (joined.get(of[value]) ?? 0) | roles[r][k]));
        return new Map([...joined].sort(([a], [b]) => a - b));
      });
      for (let org = 0; org < orgCount; org++) {
        const expected = roleOf.flatMap((joined, row) => (joined.has(org) ? [[row, joined.get(org)]] : []));
        const k = [prepared.start[org], prepared.start[org + 1]];
        expect([...prepared.rows.subarray(k[0], k[1])].map((row, i) => [row, prepared.roles[k[0] + i]])).toEqual(expected);
      }
      roleOf.forEach((joined, row) => {
        const k = [prepared.rowStart[row], prepared.rowStart[row + 1]];
        expect([...prepared.rowOrganizations.subarray(k[0], k[1])]).toEqual([...joined.keys()]);
        expect([...prepared.rowRoles.subarray(k[0], k[1])]).toEqual([...joined.values()]);
        expect(hasBit(prepared.named, row)).toBe(joined.size > 0);
      });
    }
  });
});

describe('organizationIndex', () => {
  it.each([
    ['its name', 'Boeing', 0],
    ['another spelling', 'The Boeing Company', 0],
    ['a name that folds elsewhere', 'Users of Boeing jets', 2],
    ['a name of no organization', 'Airbus', -1],
  ])('finds an organization by %s', (_, name, org) => {
    expect(organizationIndex(columns.organizations, name)).toBe(org);
  });
});

describe('organizationCounts', () => {
  it('counts any selection the same whether it visits the rows inside it or the rows outside it', () => {
    const random = mulberry32(11);
    const names = Array.from({ length: 9 }, (_, k) => `Organization ${k}`);
    const rows = Array.from({ length: 300 }, () => names.flatMap((_, k) => (random() < 0.25 ? [k] : [])));
    const written = readOrganizations({ ...plainOrganizations(names, rows), roles: rows.map((row) => row.map(() => 1 + Math.floor(random() * 3))) });
    const prepared = prepareOrganizations(written);
    for (const density of [0, 0.05, 0.5, 0.95, 1]) {
      const mask = fromIndices(rows.flatMap((_, row) => (random() < density ? [row] : [])), rows.length);
      const expected = names.map((_, org) => {
        const tally = { organization: org, incidents: 0, responsible: 0, impacted: 0, both: 0 };
        rows.forEach((codes, row) => {
          const at = codes.indexOf(org);
          if (at < 0 || !hasBit(mask, row)) return;
          const role = written.roles[written.start[row] + at];
          tally.incidents += 1;
          tally.responsible += role & 1 ? 1 : 0;
          tally.impacted += role & 2 ? 1 : 0;
          tally.both += role === 3 ? 1 : 0;
        });
        return tally;
      });
      const ranked = expected.filter((count) => count.incidents > 0).sort((x, y) => y.incidents - x.incidents || x.organization - y.organization);
      expect(organizationCounts(prepared, mask), `density ${density}`).toEqual(ranked);
    }
  });

  it('counts incidents naming each organization, once per organization, with the role split', () => {
    expect(organizationCounts(columns.organizations, columns.all)).toEqual([
      { organization: 0, incidents: 2, responsible: 2, impacted: 1, both: 1 },
      { organization: 1, incidents: 2, responsible: 1, impacted: 1, both: 0 },
      { organization: 2, incidents: 1, responsible: 0, impacted: 1, both: 0 },
    ]);
  });

  it('ranks and keeps organizations by the role chosen', () => {
    expect(organizationCounts(columns.organizations, columns.all, 'impacted').map((c) => [c.organization, c.impacted])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
    expect(organizationCounts(columns.organizations, columns.all, 'responsible').map((c) => c.organization)).toEqual([0, 1]);
  });

  it('counts only the incidents of the mask', () => {
    const mask = crossFilterMasks(columns, filtersWith({ years: { from: 2020, to: 2020 } })).all;
    expect(organizationCounts(columns.organizations, mask).map((c) => [c.organization, c.incidents])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });
});

describe('the organization filter', () => {
  const selected = (organizationsFilter: string[]) => [...toIndices(crossFilterMasks(columns, filtersWith({ organizations: organizationsFilter })).all)];

  it.each([
    ['one organization, under any of its spellings', ['boeing co.'], [0, 1]],
    ['several organizations with OR', ['Boeing', 'Tesla'], [0, 1, 2, 3]],
    ['a name of no organization', ['Airbus'], []],
    ['no organization', [], [0, 1, 2, 3, 4]],
  ])('selects incidents naming %s', (_, filter, rows) => {
    expect(selected(filter)).toEqual(rows);
  });

  it('combines with the other filters with AND', () => {
    const mask = crossFilterMasks(columns, filtersWith({ organizations: ['Tesla'], years: { from: 2021, to: null } })).all;
    expect([...toIndices(mask)]).toEqual([3]);
  });
});

describe('a name the alias file joined', () => {
  it('finds its organization although its key is another', () => {
    const aliased = prepareOrganizations(readOrganizations({ ...organizations, values: ['The Pentagon', 'Boeing', 'Users of Boeing jets', 'Tesla'] }));
    expect(organizationIndex(aliased, 'The Pentagon')).toBe(0);
    expect(organizationIndex(aliased, 'Pentagon')).toBe(-1);
  });
});
