import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvRowResult } from '../../../scripts/lib/parse-fail-csv';
import { parseFailCsv } from '../../../scripts/lib/parse-fail-csv';
import { IncidentDraftSchema } from '../../../src/domain/schema';

const CSV_PATH = fileURLToPath(new URL('../../../data/fail-export/incident_data.csv', import.meta.url));
const GOLDEN_PATH = fileURLToPath(new URL('../../fixtures/golden/incident_data.csv.json', import.meta.url));
const REAL = readFileSync(CSV_PATH, 'utf8');
const REAL_HEADER = REAL.slice(0, REAL.indexOf('\n')).split(',');

/**
 * Rows chosen for what they exercise, in file order: 2751 multi-valued Domain and
 * Consequence with every IoT layer filled; 2730 `unknown` next to a known option and
 * Perception without CPS; 2741 an empty Recurring option; 2736 two Communication
 * options; 2758 `unknown` Behaviour, Intent and CPS.
 */
const GOLDEN_IDS = ['2751', '2730', '2741', '2736', '2758'];

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function parse(text: string, size = 4096): Promise<CsvRowResult[]> {
  const results: CsvRowResult[] = [];
  for await (const result of parseFailCsv(chunked(text, size))) results.push(result);
  return results;
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvLine = (fields: readonly string[]) => fields.map(csvField).join(',');

/** A CSV with the given columns, one line per row; cells default to empty. */
function csv(header: readonly string[], rows: readonly Record<string, string>[]): string {
  return [csvLine(header), ...rows.map((row) => csvLine(header.map((name) => row[name] ?? '')))].join('\n') + '\n';
}

const baseRow = (id: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'Incident ID': id,
  Title: `Incident ${id}`,
  'Related Article IDs': '[10]',
  Published: '2020-09-18 07:00:00+00:00',
  'Phase Option': 'design, operation',
  'Phase Rationale': 'Built wrong [11].',
  ...extra,
});

const errors = (result: CsvRowResult) => result.diagnostics.filter((d) => d.level === 'error');
const warnings = (result: CsvRowResult) => result.diagnostics.filter((d) => d.level === 'warning');

describe('parseFailCsv on the real export', () => {
  it('matches the golden rows', async () => {
    const results = await parse(REAL);
    const actual = results.filter((r) => r.key !== null && GOLDEN_IDS.includes(r.key));
    expect(actual.map((r) => r.key)).toEqual(GOLDEN_IDS);
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(GOLDEN_PATH), { recursive: true });
      writeFileSync(GOLDEN_PATH, text);
    }
    expect(text).toBe(readFileSync(GOLDEN_PATH, 'utf8'));
  });

  it('yields 31 valid drafts and no diagnostics', async () => {
    const results = await parse(REAL);
    expect(results).toHaveLength(31);
    const ids = results.map((r) => r.key);
    expect(new Set(ids).size).toBe(31);
    expect([...ids].sort()).toEqual(Array.from({ length: 31 }, (_, i) => String(2728 + i)));
    for (const result of results) {
      expect(result.diagnostics).toEqual([]);
      expect(result.draft).not.toBeNull();
      expect(IncidentDraftSchema.parse(result.draft)).toEqual(result.draft);
      expect(result.draft?.failId).toBe(result.key);
    }
  });

  it('gives the same results for any chunk size and for CRLF line endings', async () => {
    const whole = await parse(REAL, REAL.length);
    expect(await parse(REAL, 1)).toEqual(whole);
    expect(await parse(REAL, 65_536)).toEqual(whole);
    expect(await parse(REAL.replace(/\n/g, '\r\n'), 777)).toEqual(whole);
  });

  it('keeps the rows before a row cut off inside a quoted cell', async () => {
    const cut = REAL.slice(0, REAL.lastIndexOf('(a)') + 10);
    const results = await parse(cut);
    expect(results).toHaveLength(31);
    expect(results.slice(0, 30).every((r) => r.draft !== null && errors(r).length === 0)).toBe(true);
    const last = results[30];
    expect(last.draft).toBeNull();
    expect(last.key).toBeNull();
    expect(errors(last)[0].message).toMatch(/^unterminated quoted field starting at line \d+$/);
  });
});

describe('parseFailCsv on hostile input', () => {
  it('skips the whole file when it is empty', async () => {
    const results = await parse('');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ key: null, line: 1, draft: null });
    expect(errors(results[0])[0].message).toContain('Incident ID, Title');
  });

  it('yields nothing for a header with no rows', async () => {
    expect(await parse(csvLine(REAL_HEADER))).toEqual([]);
    expect(await parse(`${csvLine(REAL_HEADER)}\r\n\r\n\r\n`)).toEqual([]);
  });

  it.each([
    [['Incident ID', 'Summary'], 'missing required columns: Title'],
    [['ID', 'Name'], 'missing required columns: Incident ID, Title'],
    [[''], 'missing required columns: Incident ID, Title'],
  ])('skips the whole file when the header is %j', async (header, message) => {
    const results = await parse(`${csvLine(header)}\n1,x\n`);
    expect(results).toEqual([{ key: null, line: 1, draft: null, diagnostics: [{ level: 'error', message, line: 1 }] }]);
  });

  it('skips the whole file when the header itself is cut off', async () => {
    const results = await parse('Incident ID,"Title');
    expect(results).toHaveLength(1);
    expect(errors(results[0])[0].message).toContain('unterminated quoted field');
  });

  it('finds columns by name in any order, with trimmed header names', async () => {
    const canonical = await parse(csv(REAL_HEADER, [baseRow('7')]));
    const reversed = [...REAL_HEADER].reverse().map((name) => ` ${name} `);
    const shuffled = await parse(
      csv(reversed, [Object.fromEntries(Object.entries(baseRow('7')).map(([k, v]) => [` ${k} `, v]))]),
    );
    expect(canonical[0].draft?.facets.phase).toEqual(['design', 'operation']);
    expect(shuffled.map((r) => r.draft)).toEqual(canonical.map((r) => r.draft));
  });

  it('notes unknown and repeated columns once, on the first row', async () => {
    const header = [...REAL_HEADER, 'Severity', 'Title'];
    const results = await parse(csv(header, [baseRow('1', { Severity: 'high' }), baseRow('2')]));
    expect(results[0].diagnostics).toEqual([
      { level: 'info', message: 'columns ignored (unknown or repeated): "Severity", "Title"', line: 1 },
    ]);
    expect(results[1].diagnostics).toEqual([]);
    expect(results[0].draft?.title).toBe('Incident 1');
  });

  it('lists at most ten ignored columns, however wide the header', async () => {
    const extra = Array.from({ length: 5000 }, (_, i) => `x${i}`);
    const [result] = await parse(csv([...REAL_HEADER, ...extra], [baseRow('1')]));
    expect(result.diagnostics).toEqual([
      {
        level: 'info',
        message: `columns ignored (unknown or repeated): ${extra.slice(0, 10).map((n) => `"${n}"`).join(', ')}, and 4990 more`,
        line: 1,
      },
    ]);
    expect(result.draft?.title).toBe('Incident 1');
  });

  it('leaves a facet with no column empty in every row and says so on the first row', async () => {
    const header = REAL_HEADER.filter((name) => name !== 'Recurring Option' && name !== 'Phase Rationale');
    const results = await parse(csv(header, [baseRow('1', { 'Recurring Option': 'x' }), baseRow('2')]));
    expect(results[0].diagnostics).toEqual([
      {
        level: 'info',
        message: 'columns not in the file, left empty in every row: Recurring Option, Phase Rationale',
        line: 1,
      },
    ]);
    expect(results[1].diagnostics).toEqual([]);
    for (const result of results) {
      expect(result.draft?.facets.recurring).toEqual([]);
      expect(result.draft?.rationale.phase).toBeNull();
    }
  });

  it('reads a file with only the required columns', async () => {
    const results = await parse('Incident ID,Title\n42,Short\n');
    expect(results).toHaveLength(1);
    expect(results[0].draft).toMatchObject({ title: 'Short', failId: '42', published: null, articleIds: [] });
    expect(results[0].diagnostics.map((d) => d.level)).toEqual(['info']);
    expect(IncidentDraftSchema.safeParse(results[0].draft).success).toBe(true);
  });

  it('skips a row with the wrong number of fields and reads the rows around it', async () => {
    const [header, first] = csv(REAL_HEADER, [baseRow('1')]).split('\n');
    const third = csv(REAL_HEADER, [baseRow('3')]).split('\n')[1];
    const results = await parse([header, first, '2,short row,x', third, ''].join('\n'));
    expect(results.map((r) => r.key)).toEqual(['1', null, '3']);
    expect(results[1]).toEqual({
      key: null,
      line: 3,
      draft: null,
      diagnostics: [{ level: 'error', message: `row has 3 fields, header has ${REAL_HEADER.length}`, line: 3 }],
    });
  });

  it('skips blank lines silently, wherever they are', async () => {
    const [header, row] = csv(REAL_HEADER, [baseRow('1')]).split('\n');
    const results = await parse(`${header}\n\n${row}\n\n\n`);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ key: '1', line: 3, diagnostics: [] });
  });

  it.each([
    ['', 'row has no Incident ID'],
    ['  ', 'row has no Incident ID'],
    ['../etc', 'Incident ID "../etc" is not letters, digits and dashes'],
    ['12 34', 'Incident ID "12 34" is not letters, digits and dashes'],
    ['-1', 'Incident ID "-1" is not letters, digits and dashes'],
    ['x'.repeat(65), `Incident ID "${'x'.repeat(60)}…" is not letters, digits and dashes`],
  ])('skips a row whose Incident ID is %j', async (id, message) => {
    const [result] = await parse(csv(REAL_HEADER, [baseRow(id)]));
    expect(result).toEqual({ key: null, line: 2, draft: null, diagnostics: [{ level: 'error', message, line: 2 }] });
  });

  it('skips a row with an empty title but keeps its key', async () => {
    const [result] = await parse(csv(REAL_HEADER, [baseRow('9', { Title: ' \n ' })]));
    expect(result).toEqual({
      key: '9',
      line: 2,
      draft: null,
      diagnostics: [{ level: 'error', message: 'incident 9 has no title', line: 2 }],
    });
  });

  it('keeps markup in a title as literal text', async () => {
    const title = '<script>alert("x")</script> & <b>bold</b>';
    const [result] = await parse(csv(REAL_HEADER, [baseRow('1', { Title: `  ${title}  ` })]));
    expect(result.draft?.title).toBe(title);
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps unknown and oddly written options as written, and warns with facet, option and line', async () => {
    const [, result] = await parse(
      csv(REAL_HEADER, [
        baseRow('1'),
        baseRow('2', {
          'Phase Option': 'Design, operation, desgin',
          'Domain Option': 'finance,finance , health',
          'Behaviour Option': 'None',
          'Duration Option': 'none',
          'Consequence Option': ' , ',
          'Perception Option': 'sensor, laser',
          'Application Option': 'application',
          'CPS Option': 'unknown',
        }),
      ]),
    );
    expect(result.draft?.facets).toMatchObject({
      phase: ['Design', 'operation', 'desgin'],
      domain: ['finance', 'health'],
      behaviour: [],
      duration: [],
      consequence: [],
    });
    expect(result.draft?.iot.perception.options).toEqual(['sensor', 'laser']);
    expect(result.draft?.iot.application.options).toEqual(['application']);
    expect(result.draft?.iot.cps.options).toEqual(['unknown']);
    expect(warnings(result)).toEqual([
      { level: 'warning', message: 'line 3: phase option "Design" is not in the taxonomy; kept as written', line: 3 },
      { level: 'warning', message: 'line 3: phase option "desgin" is not in the taxonomy; kept as written', line: 3 },
      { level: 'warning', message: 'line 3: domain option "finance" is listed more than once; kept once', line: 3 },
      { level: 'warning', message: 'line 3: perception option "laser" is not in the taxonomy; kept as written', line: 3 },
    ]);
    expect(IncidentDraftSchema.safeParse(result.draft).success).toBe(true);
  });

  it('reads rationales trimmed, with empty and None as no rationale', async () => {
    const [result] = await parse(
      csv(REAL_HEADER, [
        baseRow('1', {
          'Phase Rationale': '\n (a) Built wrong.\n\n(b) Run wrong. ',
          'Domain Rationale': '   ',
          'CPS Rationale': 'None',
          'Perception Rationale': 'Sensors [12].',
        }),
      ]),
    );
    expect(result.draft?.rationale.phase).toBe('(a) Built wrong.\n\n(b) Run wrong.');
    expect(result.draft?.rationale.domain).toBeNull();
    expect(result.draft?.iot.cps.rationale).toBeNull();
    expect(result.draft?.iot.perception.rationale).toBe('Sensors [12].');
  });

  it.each([
    ['2020-09-18 07:00:00+00:00', '2020-09-18', []],
    ['2020-09-18 23:30:00-05:00', '2020-09-18', []],
    ['', null, []],
    ['yesterday', null, ['line 2: Published "yesterday" is not a date; left empty']],
    ['2021-02-30', null, ['line 2: Published "2021-02-30" is not a date; left empty']],
  ])('reads Published %j as %j', async (published, expected, messages) => {
    const [result] = await parse(csv(REAL_HEADER, [baseRow('1', { Published: published })]));
    expect(result.draft?.published).toBe(expected);
    expect(warnings(result).map((d) => d.message)).toEqual(messages);
  });

  it('collects article ids from the id list and every cited text, distinct and in order', async () => {
    const [result] = await parse(
      csv(REAL_HEADER, [
        baseRow('1', {
          'Related Article IDs': '[30, 10, 30]',
          Summary: 'Seen in [Article 20] and [10].',
          SEcauses: '1. A bug [40]. 2. Another [#50, 20].',
          'Phase Rationale': 'Built wrong [60].',
          'CPS Rationale': 'Not physical [70].',
        }),
      ]),
    );
    expect(result.draft?.articleIds).toEqual(['30', '10', '20', '40', '50', '60', '70']);
    expect(result.draft?.postmortem.softwareCauses).toEqual([
      { text: 'A bug [40].', citations: ['40'] },
      { text: 'Another [#50, 20].', citations: ['50', '20'] },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('warns when the article id list holds something else', async () => {
    const [result] = await parse(csv(REAL_HEADER, [baseRow('1', { 'Related Article IDs': 'see [5]' })]));
    expect(result.draft?.articleIds).toEqual(['5', '11']);
    expect(warnings(result).map((d) => d.message)).toEqual([
      'line 2: Related Article IDs "see [5]" holds more than article ids',
    ]);
  });

  it('derives organization names from the responsible and impacted lists', async () => {
    const [result] = await parse(
      csv(REAL_HEADER, [
        baseRow('1', {
          ResponsibleOrg: '1. Acme Corp - wrote the code [1].',
          ImpactedOrg: '1. Acme Corp [1]\n2. City of Bath: lost water',
        }),
      ]),
    );
    expect(result.draft?.organizations).toEqual(['Acme Corp', 'City of Bath']);
  });

  it('never throws, and every draft it makes is valid, whatever follows the header', async () => {
    const piece = fc.constantFrom('"', ',', '\n', '\r\n', ' ', '7', 'x', '[12]', 'None', 'unknown', '1. ', '<b>', '\u00e9');
    const header = `Incident ID,Title,Published,Phase Option,CPS Option,Phase Rationale,Extra\n`;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: piece, maxLength: 80 }), fc.integer({ min: 1, max: 16 }), async (body, size) => {
        for (const result of await parse(header + body, size)) {
          if (result.draft === null) expect(errors(result)).toHaveLength(1);
          else expect(IncidentDraftSchema.safeParse(result.draft).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parses a 50 MB export fed in 64 KB chunks without holding it', { timeout: 30_000 }, async () => {
    const real = await parse(REAL, REAL.length);
    const lines = REAL.split('\n');
    // The first row, raw, with its id cut off so each copy can get a new one.
    const rowTail = lines.slice(real[0].line - 1, real[1].line - 1).join('\n').slice('2751'.length);
    const target = 50 * 1024 * 1024;
    const rowCount = Math.ceil(target / (rowTail.length + 7));
    let produced = 0;

    async function* bigExport(): AsyncGenerator<string> {
      const chunkSize = 64 * 1024;
      let pending = `${lines[0]}\n`;
      for (let i = 0; i < rowCount; i++) {
        const row = `${100_000 + i}${rowTail}\n`;
        produced += row.length;
        pending += row;
        while (pending.length >= chunkSize) {
          yield pending.slice(0, chunkSize);
          pending = pending.slice(chunkSize);
        }
      }
      yield pending;
    }

    let count = 0;
    let problems = 0;
    let lastKey: string | null = null;
    for await (const result of parseFailCsv(bigExport())) {
      count += 1;
      if (result.draft === null || result.diagnostics.length > 0) problems += 1;
      lastKey = result.key;
    }
    expect(produced).toBeGreaterThanOrEqual(target);
    expect(count).toBe(rowCount);
    expect(problems).toBe(0);
    expect(lastKey).toBe(String(100_000 + rowCount - 1));
  });
});

describe('parseFailCsv on a cell of many options', () => {
  it('reads 200,000 options in one cell in linear time, keeping each once, listing a bounded number of warnings', async () => {
    const options = Array.from({ length: 200_000 }, (_, i) => `opt_${i}`);
    const cell = [...options, 'opt_7'].join(', ');
    const started = performance.now();
    const [row] = await parse(csv(REAL_HEADER, [baseRow('77', { 'Domain Option': cell })]), 65_536);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(row.draft?.facets.domain).toEqual(options);
    expect(row.diagnostics.length).toBeLessThanOrEqual(51);
    expect(row.diagnostics.at(-1)).toMatchObject({ level: 'warning', message: 'and 199951 more diagnostics not listed' });
  }, 20_000);
});
