import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildReportSchema, IncidentSchema, TermsFileSchema } from '../../src/domain/schema';
import { readIndexIn } from '../testing/real-dataset';
import { loadDir, searchDir } from '../analysis/search-fixture';
import { bundledPrebuild } from '../testing/bundled-prebuild';

const root = resolve(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'faultline-prebuild-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/esm/index.mjs')).href;

function prebuild(...args: string[]) {
  const run = spawnSync(process.execPath, [bundledPrebuild(), ...args], {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function dir(name: string, files: Record<string, string | Uint8Array>): string {
  const base = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), content);
  }
  return base;
}

function readDataset(out: string) {
  const index = readIndexIn(out);
  const report = BuildReportSchema.parse(JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')));
  const search = loadDir(out, index.build).dictionary;
  const incidents = readdirSync(join(out, 'incidents')).map((f) => IncidentSchema.parse(JSON.parse(readFileSync(join(out, 'incidents', f), 'utf8'))));
  return { index, report, search, incidents };
}

function allBytes(out: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else files[relative(out, join(d, e.name))] = readFileSync(join(d, e.name), 'latin1');
    }
  };
  walk(out);
  return files;
}

const page = (title: string, date: string, body = 'Phase (Design/Operation) design (a) Because [1].') =>
  `Incident: ${title}\n\nPublished Date: ${date}\n\nPostmortem Analysis\nTimeline 1. It happened [1].\n\nSoftware Taxonomy of Faults\n\nCategory Option Rationale\n${body}\n`;

describe('prebuild on the bundled data', () => {
  const out = join(scratch, 'bundled');
  const first = prebuild('--in', join(root, 'data'), '--out', out);

  it('builds 36 incidents: the five seed files and the 31 CSV rows', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const { index, incidents, report, search } = readDataset(out);
    expect(index.count).toBe(36);
    expect(incidents).toHaveLength(36);
    expect(search.rows).toBe(36);
    expect(report.summary).toMatchObject({ incidents: 36, duplicates: 0 });
    expect(index.kind.filter((k) => k === 1)).toHaveLength(1);
    expect(first.stdout).toMatch(/^prebuild: \d+ inputs → 36 incidents, 0 duplicates, \d+ skipped, \d+ warnings/);
  });

  it('accounts for every input file and every CSV row', () => {
    const { report, index } = readDataset(out);
    const sources = report.inputs.map((i) => i.source);
    for (const file of readdirSync(join(root, 'data/reports'))) expect(sources).toContain(`reports/${file}`);
    expect(sources.filter((s) => s.startsWith('fail-export/incident_data.csv#'))).toHaveLength(31);
    expect(report.inputs.find((i) => i.source === 'fail-export/README.md')).toMatchObject({ status: 'skipped' });
    expect(report.inputs.find((i) => i.source === 'organization-aliases.json')).toMatchObject({ status: 'ok', incident: null });
    const ok = report.inputs.filter((i) => i.status === 'ok' && i.source !== 'organization-aliases.json').map((i) => i.incident);
    expect(new Set(ok)).toEqual(new Set(index.id));
  });

  it('writes each incident under its id with sources relative to the input directory', () => {
    const { incidents } = readDataset(out);
    const csvRow = incidents.find((i) => i.id === 'fail-2751');
    expect(csvRow?.sources).toEqual(['fail-export/incident_data.csv#2751']);
    expect(csvRow?.published).toBe('2020-09-18');
    const seed = incidents.find((i) => i.sources[0] === 'reports/000_97d1ca67f521d475.txt');
    expect(seed?.title).toBe('MoviePass Exposes Customer Data Due to Unprotected Database.');
    expect(seed?.facets.nature).toEqual(['non-human_actions', 'human_actions']);
  });

  it('gives the same bytes for the same input', () => {
    const again = join(scratch, 'bundled-again');
    expect(prebuild('--in', join(root, 'data'), '--out', again).code).toBe(0);
    expect(allBytes(again)).toEqual(allBytes(out));
  });

  it('writes a JSON Schema of the dataset files and of the decisions and alias files it reads', () => {
    const schema = JSON.parse(readFileSync(join(out, 'schema.json'), 'utf8'));
    expect(Object.keys(schema.files)).toEqual(['indexColumns', 'index', 'incident', 'terms', 'buildReport']);
    expect(Object.keys(schema.inputs)).toEqual(['duplicateDecisions', 'organizationAliases']);
    expect(schema.files.incident.properties.facets.required).toContain('phase');
  });

  it('indexes every word of titles, organizations and the long text for search, of its build', () => {
    const { index, incidents } = readDataset(out);
    const row = index.id.indexOf('fail-2751');
    const record = incidents.find((i) => i.id === 'fail-2751')!;
    const summaryOnly = (record.summary ?? '').toLowerCase().match(/\p{L}{6,}/gu)!.find((word) => !index.title[row].toLowerCase().includes(word))!;
    expect(searchDir(out, index.build, summaryOnly)).toContain(row);
    expect(searchDir(out, index.build, index.title[row].toLowerCase().match(/\p{L}{4,}/gu)!.slice(0, 2).join(' '))).toContain(row);
    expect(searchDir(out, index.build, 'zzzz-no-such-word')).toEqual([]);
    expect(() => loadDir(out, 'another-build')).toThrow(/another build/);
    expect(readdirSync(out).filter((f) => f.startsWith('search'))).toEqual(['search-postings-0000.bin', 'search-words.bin']);
  });

  it('writes each incident’s distinctive terms, aligned with the index and of its build', () => {
    const { index } = readDataset(out);
    const terms = TermsFileSchema.parse(JSON.parse(readFileSync(join(out, 'terms.json'), 'utf8')));
    expect(terms.build).toBe(index.build);
    expect(terms.rows).toHaveLength(index.count);
    const tesla = terms.rows[index.title.findIndex((title) => title.startsWith('Tesla Autopilot'))].map((t) => terms.terms[t]);
    expect(tesla).toContain('tesla');
    expect(tesla).toContain('vehicle');
  });

  it('needs nothing outside the repository: the seeds and the export with its attribution note', () => {
    expect(readdirSync(join(root, 'data/reports'))).toHaveLength(5);
    expect(readFileSync(join(root, 'data/fail-export/README.md'), 'utf8')).toContain('Apache-2.0');
  });

  it('passes --strict on the bundled data', () => {
    expect(prebuild('--in', join(root, 'data'), '--out', join(scratch, 'strict'), '--strict').code).toBe(0);
  });
});

describe('prebuild on hostile input', () => {
  const cut = readFileSync(join(root, 'data/fail-export/incident_data.csv'), 'utf8');
  const input = dir('hostile', {
    'empty.txt': '',
    'blank.txt': '\n  \n',
    'image.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    'binary.txt': Uint8Array.from([0x41, 0, 0, 0x42]),
    'latin1.txt': Uint8Array.from([...Buffer.from('Incident: Caf'), 0xe9, 0x0a]),
    'crlf-bom.txt': `\uFEFF${page('Windows Line Endings', '2020-01-01').replace(/\n/g, '\r\n')}`,
    'html.txt': page('<script>alert(1)</script> & <b>bold</b>', '2020-01-02'),
    'dup-a.txt': page('Same Incident', '2020-01-03'),
    'nested/dup-b.txt': page('same incident!', '2020-01-03'),
    'unknown-option.txt': page('Odd Option', '2020-01-04', 'Phase (Design/Operation) desgin (a) Typo [1].'),
    'no-sections.txt': 'Incident: Only A Title\n\nPublished Date: 2020-01-05\n',
    'truncated.csv': cut.slice(0, Math.floor(cut.length / 2)),
    'notes.pdf': '%PDF-1.4',
  });
  const out = join(scratch, 'hostile-out');
  const run = prebuild('--in', input, '--out', out);
  const { report, incidents } = readDataset(out);
  const entry = (source: string) => report.inputs.find((i) => i.source === source);

  it('writes the dataset and lists every skipped file with its reason', () => {
    expect(run.code).toBe(0);
    expect(entry('empty.txt')).toMatchObject({ status: 'skipped', diagnostics: [{ message: 'empty file' }] });
    expect(entry('blank.txt')?.status).toBe('skipped');
    expect(entry('image.png')?.diagnostics[0].message).toContain('unsupported file type ".png"');
    expect(entry('binary.txt')?.diagnostics[0].message).toContain('binary data');
    expect(entry('latin1.txt')?.diagnostics[0].message).toContain('unreadable encoding');
    expect(entry('notes.pdf')?.status).toBe('skipped');
    for (const source of ['empty.txt', 'image.png', 'binary.txt', 'latin1.txt', 'notes.pdf']) {
      expect(run.stdout).toContain(`skipped ${source}:`);
    }
  });

  it('reads CRLF with a BOM as normal input', () => {
    expect(entry('crlf-bom.txt')).toMatchObject({ status: 'ok' });
    expect(incidents.find((i) => i.title === 'Windows Line Endings')?.facets.phase).toEqual(['design']);
  });

  it('keeps HTML in titles as literal text', () => {
    expect(incidents.map((i) => i.title)).toContain('<script>alert(1)</script> & <b>bold</b>');
  });

  it('merges duplicates and combines their sources', () => {
    expect(entry('nested/dup-b.txt')).toMatchObject({ status: 'duplicate', incident: entry('dup-a.txt')?.incident });
    const merged = incidents.find((i) => i.id === entry('dup-a.txt')?.incident);
    expect(merged?.sources).toEqual(['dup-a.txt', 'nested/dup-b.txt']);
    const text = readFileSync(join(out, 'incidents', `${merged?.id}.json`), 'utf8');
    expect(text.startsWith(`{"id":"${merged?.id}","sources":["dup-a.txt","nested/dup-b.txt"],"kind":"report"`)).toBe(true);
  });

  it('keeps an unknown option as written, with a warning', () => {
    expect(incidents.find((i) => i.title === 'Odd Option')?.facets.phase).toEqual(['desgin']);
    expect(entry('unknown-option.txt')?.diagnostics.some((d) => d.level === 'warning' && d.message.includes('desgin'))).toBe(true);
  });

  it('keeps a report with missing sections, its facets not analysed', () => {
    const sparse = incidents.find((i) => i.title === 'Only A Title');
    expect(sparse?.facets.phase).toEqual([]);
    expect(entry('no-sections.txt')?.status).toBe('ok');
  });

  it('keeps the CSV rows before a truncation and reports the cut row', () => {
    const rows = report.inputs.filter((i) => i.source.startsWith('truncated.csv'));
    expect(rows.filter((r) => r.status === 'ok').length).toBeGreaterThan(5);
    expect(rows.at(-1)?.status).toBe('skipped');
    expect(rows.at(-1)?.diagnostics.map((d) => d.message).join(' ')).toContain('unterminated');
  });

  it('fails under --strict when an input was skipped or warned', () => {
    const strict = prebuild('--in', input, '--out', join(scratch, 'hostile-strict'), '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict');
  });
});

describe('prebuild inputs and outputs', () => {
  it('reads several --in directories, each with sources relative to itself under its name', () => {
    const a = dir('multi-a', { 'x/one.txt': page('First Of Two', '2021-01-01') });
    const b = dir('multi-b', { 'two.txt': page('Second Of Two', '2021-01-02') });
    const out = join(scratch, 'multi-out');
    expect(prebuild('--in', a, '--in', b, '--out', out).code).toBe(0);
    expect(readDataset(out).report.inputs.map((i) => i.source)).toEqual(['multi-a/x/one.txt', 'multi-b/two.txt']);
  });

  it('says what one input made in the singular', () => {
    const input = dir('single-in', { 'one.txt': page('The Only One', '2021-01-01') });
    const run = prebuild('--in', input, '--out', join(scratch, 'single-out'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^prebuild: 1 input → 1 incident, 0 duplicates, 0 skipped, \d+ warnings → /);
  });

  it('exits non-zero with a clear message when there is nothing to read', () => {
    const empty = join(scratch, 'nothing');
    mkdirSync(empty, { recursive: true });
    const run = prebuild('--in', empty, '--out', join(scratch, 'nothing-out'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nothing to read');
    const missing = prebuild('--in', join(scratch, 'does-not-exist'), '--out', join(scratch, 'x'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('input directory not found');
  });

  it('exits non-zero with a clear message when the output cannot be written', () => {
    const input = dir('writable-in', { 'a.txt': page('Anything', '2021-01-01') });
    const blocker = join(scratch, 'a-file');
    writeFileSync(blocker, 'not a directory');
    const run = prebuild('--in', input, '--out', join(blocker, 'out'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^prebuild: cannot write/);

    const foreign = dir('foreign', { 'precious.txt': 'keep me' });
    const refused = prebuild('--in', input, '--out', foreign);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to replace');
    expect(readFileSync(join(foreign, 'precious.txt'), 'utf8')).toBe('keep me');
  });

  it('replaces an earlier build completely, leaving no stale incident files', () => {
    const out = join(scratch, 'replace-out');
    const first = dir('replace-1', { 'a.txt': page('Old Incident', '2021-01-01') });
    const second = dir('replace-2', { 'b.txt': page('New Incident', '2021-01-02') });
    expect(prebuild('--in', first, '--out', out).code).toBe(0);
    expect(prebuild('--in', second, '--out', out).code).toBe(0);
    expect(readDataset(out).incidents.map((i) => i.title)).toEqual(['New Incident']);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('compiles a large corpus on worker threads with the same care: duplicates, skips, identical bytes', () => {
    const corpus = join(scratch, 'threaded');
    const generate = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'scripts/generate-corpus.ts'), '--count', '240', '--seed', '7', '--out', corpus], { encoding: 'utf8' });
    expect(generate.stderr).toBe('');
    expect(generate.status).toBe(0);
    const pages = readdirSync(join(corpus, 'reports'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const first = join(pages[0].parentPath, pages[0].name);
    writeFileSync(join(corpus, 'copy-of-first.txt'), readFileSync(first));
    writeFileSync(join(corpus, 'zero.txt'), '');
    const out = join(scratch, 'threaded-out');
    expect(prebuild('--in', corpus, '--out', out).code).toBe(0);
    const { index, report } = readDataset(out);
    expect(index.count).toBe(240);
    expect(report.summary).toMatchObject({ inputs: 242, incidents: 240, duplicates: 1, skipped: 1 });
    expect(report.inputs.find((i) => i.source === 'zero.txt')?.diagnostics[0].message).toBe('empty file');
    const again = join(scratch, 'threaded-again');
    expect(prebuild('--in', corpus, '--out', again).code).toBe(0);
    expect(allBytes(again)).toEqual(allBytes(out));
  }, 120_000);

  it('compiles a 50 MB page without running out of memory', () => {
    const huge = page('Huge Rationale', '2021-02-02', `Phase (Design/Operation) design ${'lorem ipsum [1] '.repeat(3_300_000)}`);
    const input = dir('huge', { 'huge.txt': huge });
    const out = join(scratch, 'huge-out');
    const run = prebuild('--in', input, '--out', out);
    expect(run.code).toBe(0);
    expect(readDataset(out).incidents[0].rationale.phase?.length).toBeGreaterThan(50_000_000);
  }, 120_000);
});
