import { describe, expect, it } from 'vitest';
import { plainIndex } from '../analysis/plain-index';
import { incidentListCsv, incidentListJson, incidentRecords } from '../../src/export/incident-export';
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
