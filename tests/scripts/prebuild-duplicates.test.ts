/**
 * Copies of one report under another title: two bundled reports re-filed with new titles
 * (same date, same body) and a truncated copy of a third, built with the bundled data,
 * then reviewed in a decisions file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuildReport, BuildReportSchema, IncidentSchema, TermsFileSchema } from '../../src/domain/schema';
import { readIndexIn } from '../testing/real-dataset';
import { contents, prebuild } from './prebuild-process';
import { mergeLines, SAME_TEXT_NOTE, sameTextAndDate } from '../../src/views/quality/duplicate-rows';

const root = resolve(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'faultline-duplicates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const reports = join(root, 'data/reports');
const retitled = (file: string, title: string) => readFileSync(join(reports, file), 'utf8').replace(/^Incident: .*$/m, `Incident: ${title}`);

/** The bundled data plus the tester's three copies, in a folder of its own. */
function inputsWithCopies(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(root, 'data'), dir, { recursive: true });
  writeFileSync(join(dir, 'reports/copy-a.txt'), retitled('000_97d1ca67f521d475.txt', 'Cinema subscription service leaves card data open'));
  writeFileSync(join(dir, 'reports/copy-b.txt'), retitled('001_dea1ede3e0161830.txt', 'Retailer e-mail list stolen from marketing partner'));
  const third = retitled('002_bdb5fe8a0dd80e7c.txt', 'Parenting forum shows users other accounts');
  writeFileSync(join(dir, 'reports/copy-c.txt'), third.slice(0, Math.floor(third.length * 0.45)));
  return dir;
}

function build(input: string, out: string) {
  const run = prebuild(scratch, '--in', input, '--out', out);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const index = readIndexIn(out);
  const report: BuildReport = BuildReportSchema.parse(JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')));
  const idOf = (title: string) => index.id[index.title.findIndex((t) => t.startsWith(title))];
  const record = (id: string) => IncidentSchema.parse(JSON.parse(readFileSync(join(out, 'incidents', `${id}.json`), 'utf8')));
  const terms = TermsFileSchema.parse(JSON.parse(readFileSync(join(out, 'terms.json'), 'utf8')));
  return { index, report, terms, idOf, record, stdout: run.stdout };
}

const pairOf = (report: BuildReport, a: string, b: string) =>
  report.possibleDuplicates?.find((p) => p.incidents.includes(a) && p.incidents.includes(b));

describe('possible duplicates', () => {
  it('flags none of the 36 bundled incidents', () => {
    const { report, index } = build(join(root, 'data'), join(scratch, 'bundled'));
    expect(index.count).toBe(36);
    expect(report.possibleDuplicates).toEqual([]);
    expect(index.possibleCopies).toBe(0);
  });

  const input = inputsWithCopies('copies');
  const first = build(input, join(scratch, 'copies-out'));
  const pairs = [
    ['MoviePass Exposes', 'Cinema subscription'],
    ["Data Breach at Play.com's", 'Retailer e-mail list'],
    ['Data Breach at Mumsnet', 'Parenting forum'],
  ].map(([original, copy]) => [first.idOf(original), first.idOf(copy)]);

  it('flags the two re-titled copies and the truncated one, with their evidence, and nothing else', () => {
    const { report } = first;
    expect(first.index.count).toBe(39);
    expect(report.possibleDuplicates).toHaveLength(3);
    expect(first.index.possibleCopies).toBe(3);
    for (const [original, copy] of pairs) {
      const pair = pairOf(report, original, copy);
      expect(pair, `${original} and ${copy}`).toBeDefined();
      expect(pair?.containment).toBeGreaterThan(0.95);
      expect(pair?.sameDate).toBe(true);
      expect(pair?.evidence.length).toBeGreaterThan(0);
      expect(pair?.evidence.every((e) => e.split(' ').length >= 5)).toBe(true);
    }
    const [, , [truncatedOriginal, truncated]] = pairs;
    const cut = pairOf(report, truncatedOriginal, truncated);
    expect(cut?.shorter).toBe(truncated);
    expect(cut?.jaccard).toBeLessThan(0.7);
    expect(first.stdout).toContain('3 possible duplicate pairs to review');
  });

  it('flags every copy of a report filed more often than a shared passage can pair, each with the report it copies', () => {
    const dir = join(scratch, 'many-copies');
    cpSync(join(root, 'data'), dir, { recursive: true });
    const copies = 40;
    for (let n = 1; n <= copies; n++) writeFileSync(join(dir, `reports/copy-${n}.txt`), retitled('000_97d1ca67f521d475.txt', `Cinema subscription leak, filed again ${n}`));
    const { report, index, idOf } = build(dir, join(scratch, 'many-copies-out'));
    expect(index.count).toBe(36 + copies);
    const original = idOf('MoviePass Exposes');
    const copyIds = index.id.filter((_, row) => index.title[row].startsWith('Cinema subscription leak'));
    expect(copyIds).toHaveLength(copies);
    const flagged = report.possibleDuplicates ?? [];
    expect(flagged.every((p) => [original, ...copyIds].includes(p.incidents[0]) && [original, ...copyIds].includes(p.incidents[1]))).toBe(true);
    expect(flagged.every((p) => p.containment > 0.95)).toBe(true);
    for (const id of copyIds) expect(flagged.some((p) => p.incidents.includes(id)), id).toBe(true);
    // Merging every pair would leave the original alone: each copy is one incident too many.
    expect(index.possibleCopies).toBe(copies);

    // The lines Data quality copies for every pair with the same text, pasted into a new decisions file.
    const same = flagged.filter(sameTextAndDate);
    expect(same).toHaveLength(flagged.length);
    writeFileSync(join(dir, 'duplicate-decisions.json'), `[\n${mergeLines(same)}\n]\n`);
    const merged = build(dir, join(scratch, 'many-copies-merged'));
    expect(merged.index.count).toBe(36);
    expect(merged.index.possibleCopies).toBe(0);
    expect(merged.report.possibleDuplicates).toEqual([]);
    expect(merged.report.duplicateDecisions?.problems).toEqual([]);
    expect(merged.report.duplicateDecisions?.applied).toHaveLength(same.length);
    expect(merged.report.duplicateDecisions?.applied.every((d) => d.decision === 'merge' && d.note === SAME_TEXT_NOTE)).toBe(true);
    expect(merged.record(original).sources).toHaveLength(copies + 1);
  });

  it('merges a pair decided "merge" and unlists one decided "separate", on every rebuild, byte for byte', () => {
    const [[movie, movieCopy], [play, playCopy]] = pairs;
    const decisions = [
      { incidents: [movieCopy, movie], decision: 'merge', note: 're-filed under a new title' },
      { incidents: [play, playCopy], decision: 'separate', note: 'two breaches, one text' },
    ];
    writeFileSync(join(input, 'duplicate-decisions.json'), `[\n${decisions.map((d) => `  ${JSON.stringify(d)}`).join(',\n')}\n]\n`);
    const out = join(scratch, 'decided-out');
    const decided = build(input, out);
    const firstBytes = contents(out);
    const again = build(input, out);
    expect(contents(out)).toEqual(firstBytes);

    for (const { index, report, terms, record } of [decided, again]) {
      expect(index.count).toBe(38);
      expect(terms.rows).toHaveLength(38);
      expect(index.id).toContain(movie);
      expect(index.id).not.toContain(movieCopy);
      expect(record(movie).sources).toEqual(['reports/000_97d1ca67f521d475.txt', 'reports/copy-a.txt']);
      expect(report.inputs.find((i) => i.source === 'reports/copy-a.txt')).toMatchObject({ status: 'duplicate', incident: movie });
      expect(report.summary.duplicates).toBe(1);
      expect(report.possibleDuplicates?.map((p) => p.incidents.slice().sort())).toEqual([pairs[2].slice().sort()]);
      expect(index.possibleCopies).toBe(1);
      expect(report.duplicateDecisions?.applied).toEqual([
        expect.objectContaining({ decision: 'merge', kept: movie, line: 2, note: 're-filed under a new title' }),
        expect.objectContaining({ decision: 'separate', kept: null, line: 3, note: 'two breaches, one text' }),
      ]);
      expect(report.duplicateDecisions?.problems).toEqual([]);
      expect(report.inputs.map((i) => i.source)).not.toContain('duplicate-decisions.json');
    }
  });

  it('reports a bad or stale decision with its file and line, and applies the good ones', () => {
    const [, , [mumsnet, mumsnetCopy]] = pairs;
    writeFileSync(
      join(input, 'duplicate-decisions.json'),
      [
        '[',
        `  { "incidents": ["${mumsnet}", "${mumsnetCopy}"], "decision": "separate" },`,
        '  { "incidents": ["i-000000000000", "fail-2751"], "decision": "merge" },',
        '  { "incidents": ["fail-2751", "fail-2752"], "decision": "separate" },',
        '  { "incidents": ["fail-2751"], "decision": "merge" }',
        ']',
      ].join('\n'),
    );
    const { report } = build(input, join(scratch, 'stale-out'));
    expect(report.possibleDuplicates).toHaveLength(2);
    expect(report.duplicateDecisions?.applied.map((d) => d.line)).toEqual([2, 4]);
    expect(report.duplicateDecisions?.problems).toEqual([
      expect.objectContaining({ source: 'duplicate-decisions.json', line: 5, level: 'error', message: expect.stringMatching(/^item 4 is not a decision/) }),
      expect.objectContaining({ line: 3, level: 'warning', message: expect.stringMatching(/^i-000000000000: no incident/) }),
      expect.objectContaining({ line: 4, level: 'warning', message: expect.stringMatching(/not found similar/) }),
    ]);

    writeFileSync(join(input, 'duplicate-decisions.json'), '[\n  { "incidents": [] \n');
    const broken = prebuild(scratch, '--in', input, '--out', join(scratch, 'broken-out'), '--strict');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/duplicate-decisions\.json line \d: not valid JSON/);
    const brokenReport = BuildReportSchema.parse(JSON.parse(readFileSync(join(scratch, 'broken-out/build-report.json'), 'utf8')));
    expect(brokenReport.possibleDuplicates).toHaveLength(3);
  });
});
