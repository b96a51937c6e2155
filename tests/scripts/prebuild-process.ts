/**
 * The prebuild CLI as the tests run it: a child process of the bundled CLI, as `npm run
 * prebuild` starts it, synchronously or left running so a test can kill it; and the check that a
 * directory holds a whole dataset the app can load.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BuildReportSchema, IncidentSchema, TermsFileSchema } from '../../src/domain/schema';
import { readIndexIn } from '../testing/real-dataset';
import { loadDir } from '../analysis/search-fixture';
import { MARKER_FILE, parseMarker } from '../../scripts/lib/dataset-marker';
import { bundledPrebuild } from '../testing/bundled-prebuild';

const command = (args: readonly string[]) => [bundledPrebuild(), ...args];

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function prebuild(cwd: string, ...args: string[]): Run {
  const run = spawnSync(process.execPath, command(args), { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** A prebuild left running; `ended` settles once the process is gone, killed or not. */
export function startPrebuild(cwd: string, ...args: string[]): { child: ChildProcess; ended: Promise<Run> } {
  const child = spawn(process.execPath, command(args), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<Run>((done) => child.on('close', (code, signal) => done({ code, signal, stdout, stderr })));
  return { child, ended };
}

export const page = (title: string, date: string, body = 'Phase (Design/Operation) design (a) Because [1].') =>
  `Incident: ${title}\n\nPublished Date: ${date}\n\nPostmortem Analysis\nTimeline 1. It happened [1].\n\nSoftware Taxonomy of Faults\n\nCategory Option Rationale\n${body}\n`;

export function writeFiles(base: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), content);
  }
  return base;
}

/** `count` distinct incident pages named `<name> <i>`, a hundred to a folder. */
export function writePages(base: string, name: string, count: number): string {
  for (let i = 0; i < count; i++) {
    const dir = join(base, `part-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(dir, { recursive: true });
    const day = String(1 + (i % 28)).padStart(2, '0');
    writeFileSync(join(dir, `${i}.txt`), page(`${name} ${i}`, `2020-02-${day}`));
  }
  return base;
}

/**
 * The dataset at `out`, checked whole: the marker, an index, every record it names and
 * no other, the build report, the search and terms files, all schema-valid and of one build.
 * Throws, saying what is missing or wrong, otherwise.
 */
export function completeDataset(out: string): { build: string; titles: string[] } {
  const read = (file: string) => JSON.parse(readFileSync(join(out, file), 'utf8'));
  const index = readIndexIn(out);
  const report = BuildReportSchema.parse(read('build-report.json'));
  const terms = TermsFileSchema.parse(read('terms.json'));
  const marker = parseMarker(readFileSync(join(out, MARKER_FILE), 'utf8'));
  if (marker === null || marker.records !== index.count) throw new Error(`${MARKER_FILE} does not describe the index`);
  if (report.build !== index.build || terms.build !== index.build) throw new Error('the files are of different builds');
  if (!existsSync(join(out, 'schema.json'))) throw new Error('schema.json is missing');
  if (loadDir(out, index.build).dictionary.rows !== index.count) throw new Error('the search index does not cover the index');
  const records = readdirSync(join(out, 'incidents'));
  if (records.length !== index.count) throw new Error(`${records.length} record files for ${index.count} incidents`);
  for (const id of index.id) IncidentSchema.parse(read(`incidents/${id}.json`));
  return { build: index.build, titles: index.title };
}

/** One page per title in `dir`, dated a day apart. */
export const writeReports = (dir: string, titles: readonly string[]): string =>
  writeFiles(dir, Object.fromEntries(titles.map((title, i) => [`${i}.txt`, page(title, `2021-03-${String(1 + i).padStart(2, '0')}`)])));

/** Every file below `dir` with its text, by path relative to `dir`. */
export function contents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}
