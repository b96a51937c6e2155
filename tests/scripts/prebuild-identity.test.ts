import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildReportSchema, IncidentSchema } from '../../src/domain/schema';
import { prebuild as prebuildIn, writeFiles as write } from './prebuild-process';

const root = resolve(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'faultline-identity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const prebuild = (...args: string[]) => prebuildIn(scratch, ...args);

function incidents(out: string) {
  return readdirSync(join(out, 'incidents')).map((f) => IncidentSchema.parse(JSON.parse(readFileSync(join(out, 'incidents', f), 'utf8'))));
}

const report = (out: string) => BuildReportSchema.parse(JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')));

/** A fully analysed seed page under another title and Phase, so it passes --strict on its own. */
const seed = readFileSync(join(root, 'data/reports/001_dea1ede3e0161830.txt'), 'utf8');
const page = (title: string, phase = 'design') =>
  seed.replace(/^Incident: .*$/m, () => `Incident: ${title}`).replace(/^Phase \(Design\/Operation\) .*$/m, `Phase (Design/Operation) ${phase} (a) Because [4540].`);

const exportCsv = (id: string, title: string, published = '2020-03-04') =>
  `Incident ID,Title,Published,Phase Option,Phase Rationale\n${id},${title},${published},design,Because [1].\n`;

describe('prebuild: merging needs real evidence', () => {
  it('keeps titles apart that differ in a symbol, or are made only of symbols, and passes --strict', () => {
    const titles = ['C compiler bug', 'C# compiler bug', 'C++ compiler bug!', '🔥🔥', '$$$', '???'];
    const input = write(join(scratch, 'symbols'), Object.fromEntries(titles.map((title, i) => [`${i}.txt`, page(title)])));
    const out = join(scratch, 'symbols-out');
    const run = prebuild('--in', input, '--out', out, '--strict');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(incidents(out).map((i) => i.title).sort()).toEqual([...titles].sort());
    expect(report(out).summary).toMatchObject({ incidents: 6, duplicates: 0, warnings: 0 });
  });

  it('fails --strict when merged inputs are classified differently, naming the facet', () => {
    const input = write(join(scratch, 'conflict'), { 'a.txt': page('Same Outage', 'design'), 'b.txt': page('same outage!', 'operation') });
    const run = prebuild('--in', input, '--out', join(scratch, 'conflict-out'), '--strict');
    expect(run.code).toBe(1);
    const warnings = report(join(scratch, 'conflict-out')).inputs.flatMap((i) => i.diagnostics.filter((d) => d.level === 'warning'));
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('phase: design in a.txt, operation in b.txt')]);
  });
});

describe('prebuild: ids are stable', () => {
  it('keeps fail-abc on its incident when an export with id ABC is added and sorts first', () => {
    const input = write(join(scratch, 'ids'), { 'old.csv': exportCsv('abc', 'The established incident') });
    const out = join(scratch, 'ids-out');
    expect(prebuild('--in', input, '--out', out).code).toBe(0);
    const before = incidents(out).map((i) => [i.id, i.title]);
    expect(before).toEqual([['fail-abc', 'The established incident']]);

    write(input, { 'a-new.csv': exportCsv('ABC', 'A different incident') });
    const run = prebuild('--in', input, '--out', out, '--strict');
    expect(run.code).toBe(0);
    const after = new Map(incidents(out).map((i) => [i.id, i.title]));
    expect(after.size).toBe(2);
    expect(after.get('fail-abc')).toBe('The established incident');
    expect(report(out).inputs.find((i) => i.source === 'a-new.csv#ABC')?.incident).not.toBe('fail-abc');
  });

  it.each([
    ['the page sorts first', 'a.txt', 'b.csv'],
    ['the export sorts first', 'b.txt', 'a.csv'],
  ])('names an incident by its FAIL id whichever of its inputs is read first (%s)', (_, pageName, csvName) => {
    const title = 'Play.com marketing breach';
    const input = write(join(scratch, `gain-${pageName}`), { [pageName]: page(title), [csvName]: exportCsv('77', title, '2011-03-22') });
    const out = join(scratch, `gain-${pageName}-out`);
    expect(prebuild('--in', input, '--out', out, '--strict').code).toBe(0);
    expect(readdirSync(join(out, 'incidents'))).toEqual(['fail-77.json']);
    const [record] = incidents(out);
    expect(record).toMatchObject({ id: 'fail-77', failId: '77', kind: 'report' });
    expect(record.facets.domain.length).toBeGreaterThan(0);
    expect(record.sources.sort()).toEqual([pageName, `${csvName}#77`].sort());
  });
});
