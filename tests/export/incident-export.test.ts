import { describe, expect, it } from 'vitest';
import { plainIndex } from '../analysis/plain-index';
import { incidentListCsvParts, incidentListJsonParts } from '../../src/export/incident-export';
import { incidentListCsv, incidentListJson, incidentRecords } from './whole-exports';
import { readPlainIndex } from '../../src/domain/index-files';
import { FACET_IDS } from '../../src/domain/taxonomy';
import { fixtureIndex } from '../analysis/index-fixture';
import { readCsv } from './read-csv';
import { plainOrganizations } from '../analysis/organization-fixture';
import { labelled } from '../testing/labelled-index';

const index = labelled(readPlainIndex({
  ...plainIndex(fixtureIndex([
    { published: 20190822, title: 'Outage, "big" one', facets: { phase: ['design', 'operation'], domain: ['finance'] } },
    { published: null, title: '=1+1', facets: { phase: ['unknown'] } },
    { kind: 'article', published: 20200101, title: 'Bank down\nagain' },
  ])),
  organizations: plainOrganizations(['Acme, Inc.', 'Bank'], [[0, 1], [], [1]]),
}));

describe('incidentRecords', () => {
  it('give each row in the order asked, dates as ISO, empty facets as no options', () => {
    const [third, first] = incidentRecords(index, Uint32Array.of(2, 0));
    expect(first).toMatchObject({ id: 'incident-0', date: '2019-08-22', organizations: ['Acme, Inc.', 'Bank'] });
    expect(first.facets.phase).toEqual(['design', 'operation']);
    expect(third).toMatchObject({ id: 'incident-2', date: '2020-01-01', title: 'Bank down\nagain' });
    expect(Object.values(third.facets).every((options) => options.length === 0)).toBe(true);
  });
});

describe('incidentListCsv', () => {
  it('writes id, date, title, organizations and every facet with the screen’s labels, lists joined with "; "', () => {
    const [header, ...rows] = readCsv(incidentListCsv(index, [0, 1, 2]).replace(/^\uFEFF/, ''));
    expect(header).toEqual(['id', 'date', 'title', 'organizations', 'Recurring', 'Phase', 'Boundary', 'Nature', 'Dimension', 'Objective', 'Intent', 'Capability', 'Duration', 'Behaviour', 'Consequence', 'Domain']);
    expect(rows).toHaveLength(3);
    expect(rows[0].slice(0, 4)).toEqual(['incident-0', '2019-08-22', 'Outage, "big" one', 'Acme, Inc.; Bank']);
    expect(rows[0][header.indexOf('Phase')]).toBe('design; operation');
    expect(rows[0][header.indexOf('Boundary')]).toBe('not analysed');
    expect(rows[0][header.indexOf('Domain')]).toBe('finance');
    expect(rows[1].slice(0, 4)).toEqual(['incident-1', '', "'=1+1", '']);
    expect(rows[1][header.indexOf('Phase')]).toBe('unknown');
    expect(rows[2][2]).toBe('Bank down\nagain');
    expect(rows.every((row) => row.length === 4 + FACET_IDS.length)).toBe(true);
  });

  it('never writes an internal key or a raw option id: labels, and not analysed spelled out', () => {
    const written = labelled(fixtureIndex([{ facets: { boundary: ['outside_system'], nature: ['non-human_actions'] } }, { kind: 'article' }]));
    const text = incidentListCsv(written, [0, 1]);
    const [header, ...rows] = readCsv(text.replace(/^\uFEFF/, ''));
    expect(rows[0][header.indexOf('Boundary')]).toBe('outside system');
    expect(rows[0][header.indexOf('Nature')]).toBe('non-human actions');
    expect(rows[1].slice(4).every((cell) => cell === 'not analysed')).toBe(true);
    expect(text).not.toContain('__none__');
    expect(text).not.toContain('outside_system');
  });

  it('puts N, the filters and the build above the table when given them', () => {
    const text = incidentListCsv(index, [0], [['N', '1 incident'], ['dataset build', 'b1']]);
    const records = readCsv(text.replace(/^\uFEFF/, ''));
    expect(records.slice(0, 3)).toEqual([['N', '1 incident'], ['dataset build', 'b1'], ['']]);
    expect(records[3][0]).toBe('id');
  });
});

describe('incidentListJson', () => {
  it('writes the same records as JSON, text untouched', () => {
    const parsed = JSON.parse(incidentListJson(index, [1]));
    expect(parsed).toEqual([expect.objectContaining({ id: 'incident-1', date: null, title: '=1+1', organizations: [] })]);
    expect(parsed[0].facets.phase).toEqual(['unknown']);
  });
});

describe('exports made part by part', () => {
  const many = labelled(readPlainIndex({
    ...plainIndex(fixtureIndex(Array.from({ length: 11 }, (_, i) => ({
      published: i % 3 === 0 ? null : 20190101 + i,
      title: ['Outage, "big" one', '=1+1', 'Bank down\nagain', 'café \u2028 crash'][i % 4],
      facets: i % 2 === 0 ? { phase: ['design', 'operation'], domain: ['finance'] } : { boundary: ['outside_system'] },
      ...(i % 5 === 4 ? { kind: 'article' as const } : {}),
    })))),
    organizations: plainOrganizations(['Acme, Inc.', 'Bank "B"'], Array.from({ length: 11 }, (_, i) => (i % 3 === 0 ? [] : i % 3 === 1 ? [0] : [0, 1]))),
  }));
  const order = Uint32Array.of(10, 3, 0, 7, 1, 9, 2, 8, 4, 6, 5);
  const texts = (parts: Iterable<{ text: string }>) => Array.from(parts, (part) => part.text);

  it('write the same CSV in parts of any size, each part holding at most its records', () => {
    const whole = incidentListCsv(many, order, [['N', '11 incidents']]);
    for (const size of [1, 2, 3, 11, 50]) {
      const parts = [...incidentListCsvParts(many, order, [['N', '11 incidents']], size)];
      expect(parts.map((part) => part.text).join('')).toBe(whole);
      expect(parts.every((part) => part.rows <= size && part.text.split('\r\n').length - 1 >= part.rows)).toBe(true);
      expect(parts.reduce((sum, part) => sum + part.rows, 0)).toBe(order.length);
    }
    expect(readCsv(whole.replace(/^\uFEFF/, '')).slice(3).map((record) => record[0])).toEqual(Array.from(order, (row) => `incident-${row}`));
  });

  it('write JSON, in parts of any size, byte for byte as JSON.stringify writes the records', () => {
    const expected = `${JSON.stringify(incidentRecords(many, order), null, 2)}\n`;
    for (const size of [1, 4, 11, 50]) expect(texts(incidentListJsonParts(many, order, size)).join('')).toBe(expected);
    expect(incidentListJson(many, [])).toBe(`${JSON.stringify([], null, 2)}\n`);
  });
});
