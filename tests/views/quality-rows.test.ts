import { describe, expect, it } from 'vitest';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { readPlainIndex } from '../../src/domain/index-files';
import { INDEX_FORMAT } from '../../src/domain/schema';
import type { BuildReport, DatasetIndex, PlainIndex } from '../../src/domain/schema';
import { FACET_IDS, FACETS, UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { contradictoryLabels, datedAfter, extraOptionRows, gapRows, mergedTitles } from '../../src/views/quality/quality-rows';
import { duplicateInputs, skippedRows, warningGroups, warningKinds } from '../../src/data/build-report-rows';
import { plainOrganizations } from '../analysis/organization-fixture';
import { labelled } from '../testing/labelled-index';

/** A facet column of `rows` incidents, each given as its list of options. */
function column(facet: FacetId, rows: string[][]): PlainIndex['facets'][FacetId] {
  const vocabulary = [...FACETS[facet].options.map((o) => o.id), UNKNOWN];
  const extras = [...new Set(rows.flat().filter((o) => !vocabulary.includes(o)))].sort();
  const options = [...vocabulary, ...extras];
  const combos: number[][] = [];
  const keys: string[] = [];
  const rowCombos = rows.map((row) => {
    const combo = row.map((o) => options.indexOf(o));
    const key = combo.join(',');
    if (!keys.includes(key)) {
      keys.push(key);
      combos.push(combo);
    }
    return keys.indexOf(key);
  });
  return { options, combos, rows: rowCombos };
}

/** Four incidents; phase and domain vary, every other facet is `unknown` everywhere. */
function index(): DatasetIndex {
  return readPlainIndex(plain());
}

function plain(): PlainIndex {
  const facets = Object.fromEntries(FACET_IDS.map((f) => [f, column(f, [[UNKNOWN], [UNKNOWN], [UNKNOWN], [UNKNOWN]])])) as Record<FacetId, PlainIndex['facets'][FacetId]>;
  facets.phase = column('phase', [['design'], ['desgin'], [], ['unknown']]);
  facets.domain = column('domain', [['finance', 'banking'], ['banking'], [], ['unknown', 'health']]);
  return {
    format: INDEX_FORMAT,
    build: 'test',
    count: 4,
    possibleCopies: 0,
    id: ['a', 'b', 'c', 'd'],
    kind: [0, 0, 1, 0],
    published: [20190101, null, 20200101, 20210101],
    title: ['A', 'B', 'C', 'D'],
    organizations: plainOrganizations([], [[], [], [], []]),
    facets,
  };
}

const report: BuildReport = {
  build: 'test',
  summary: { inputs: 5, incidents: 4, duplicates: 1, skipped: 2, warnings: 1 },
  inputs: [
    { source: 'README.md', status: 'skipped', incident: null, diagnostics: [{ level: 'info', message: 'documentation, not a report', line: null }] },
    {
      source: 'broken.txt',
      status: 'skipped',
      incident: null,
      diagnostics: [
        { level: 'error', message: 'no title', line: 1 },
        { level: 'error', message: 'no date', line: 3 },
      ],
    },
    { source: 'a.txt', status: 'ok', incident: 'a', diagnostics: [{ level: 'info', message: 'fine', line: null }] },
    { source: 'b.txt', status: 'ok', incident: 'b', diagnostics: [{ level: 'warning', message: 'odd option', line: 7 }, { level: 'info', message: 'fine', line: null }] },
    { source: 'a-again.txt', status: 'duplicate', incident: 'a', diagnostics: [] },
  ],
};

describe('quality rows', () => {
  it('list each reason of each skipped input', () => {
    expect(skippedRows(report)).toEqual([
      { source: 'README.md', level: 'info', line: null, message: 'documentation, not a report' },
      { source: 'broken.txt', level: 'error', line: 1, message: 'no title' },
      { source: 'broken.txt', level: 'error', line: 3, message: 'no date' },
    ]);
  });

  it('group warnings by kept input, leaving out information', () => {
    expect(warningGroups(report)).toEqual([
      { source: 'b.txt', incident: 'b', diagnostics: [{ level: 'warning', message: 'odd option', line: 7 }] },
    ]);
  });

  it('count the inputs raising each kind of warning, a quoted value standing for any, most inputs first', () => {
    const warned = (source: string, ...messages: string[]) => ({ source, incident: source, diagnostics: messages.map((message, line) => ({ level: 'warning' as const, message, line })) });
    const groups = [
      warned('a.txt', 'no Recurring row: not analysed', "Domain: option 'banking' is not in the vocabulary", "Domain: option 'retail' is not in the vocabulary"),
      warned('b.txt', 'no Recurring row: not analysed', "unreadable published date '1826-01-15'"),
      warned('c.txt', "Domain: option 'bank' is not in the vocabulary"),
    ];
    expect(warningKinds(groups)).toEqual([
      { message: "Domain: option '…' is not in the vocabulary", inputs: 2, warnings: 3, first: 'a.txt' },
      { message: 'no Recurring row: not analysed', inputs: 2, warnings: 2, first: 'a.txt' },
      { message: "unreadable published date '…'", inputs: 1, warnings: 1, first: 'b.txt' },
    ]);
    expect(warningKinds([])).toEqual([]);
  });

  it('list duplicates with the incident they were merged into', () => {
    expect(duplicateInputs(report).map((input) => [input.source, input.incident])).toEqual([['a-again.txt', 'a']]);
  });

  it('name each incident a duplicate was merged into by its title, and no other', () => {
    const merged = [...duplicateInputs(report), { source: 'd-again.txt', status: 'duplicate' as const, incident: 'd', diagnostics: [] }];
    expect([...mergedTitles(labelled(index()), merged)]).toEqual([['a', 'A'], ['d', 'D']]);
    expect(mergedTitles(labelled(index()), [])).toEqual(new Map());
  });

  it('count options outside the vocabulary, facets in display order', () => {
    expect(extraOptionRows(prepareColumns(index()))).toEqual([
      { facet: 'phase', option: 'desgin', count: 1 },
      { facet: 'domain', option: 'banking', count: 2 },
    ]);
  });

  it('count only-unknown, any-unknown and not-analysed incidents per facet, apart', () => {
    const rows = gapRows(prepareColumns(index()));
    expect(rows.find((row) => row.facet === 'phase')).toEqual({
      facet: 'phase',
      unknownOnly: 1,
      unknownOnlyShare: 0.25,
      anyUnknown: 1,
      anyUnknownShare: 0.25,
      notAnalysed: 1,
      notAnalysedShare: 0.25,
    });
    expect(rows.find((row) => row.facet === 'domain')).toMatchObject({ unknownOnly: 0, anyUnknown: 1, anyUnknownShare: 0.25, notAnalysed: 1 });
    expect(rows.find((row) => row.facet === 'duration')).toMatchObject({ unknownOnly: 4, anyUnknown: 4, unknownOnlyShare: 1, notAnalysed: 0 });
  });

  it('list the incidents published after a day, latest first, and none of those undated or dated that day', () => {
    const dated = labelled(index());
    expect(datedAfter(dated, 20191231)).toEqual({
      total: 2,
      rows: [
        { id: 'd', title: 'D', published: 20210101 },
        { id: 'c', title: 'C', published: 20200101 },
      ],
    });
    expect(datedAfter(dated, 20191231, 1)).toEqual({ total: 2, rows: [{ id: 'd', title: 'D', published: 20210101 }] });
    expect(datedAfter(dated, 20210101)).toEqual({ total: 0, rows: [] });
  });

  it('list an incident whose facet holds both unknown and an option as contradictory, and nothing else', () => {
    const written = plain();
    const edited = readPlainIndex({ ...written, facets: { ...written.facets, phase: column('phase', [['design', 'unknown'], ['desgin'], [], ['unknown']]) } });
    const all = [
      { facet: 'phase', id: 'a', title: 'A', options: ['design', 'unknown'] },
      { facet: 'domain', id: 'd', title: 'D', options: ['unknown', 'health'] },
    ];
    expect(contradictoryLabels(labelled(edited))).toEqual({ total: 2, rows: all });
    expect(contradictoryLabels(labelled(edited), 1)).toEqual({ total: 2, rows: all.slice(0, 1) });
  });
});
