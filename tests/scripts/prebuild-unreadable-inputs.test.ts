import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuildInput, BuildReportSchema, IncidentSchema } from '../../src/domain/schema';
import { bundledPrebuild } from '../testing/bundled-prebuild';

const root = resolve(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'faultline-inputs-'));
// rm walks a tree deeper than any one path may name; Node's rmSync cannot.
afterAll(() => execFileSync('rm', ['-rf', scratch]));

/**
 * Permissions do not bind root, whose capabilities override them. A run as root drops
 * those two capabilities (util-linux's setpriv) and so meets an unreadable file as any
 * user would, while still reaching the checkout wherever it lies.
 */
const DROP_PERMISSION_OVERRIDES = ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', '--'];

function prebuild(args: string[], nodeFlags: string[] = []) {
  const command = [process.execPath, ...nodeFlags, bundledPrebuild(), ...args];
  const [file, ...rest] = process.getuid?.() === 0 ? ['setpriv', ...DROP_PERMISSION_OVERRIDES, ...command] : command;
  const run = spawnSync(file, rest, {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, HOME: scratch },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function dir(name: string, files: Record<string, string | Uint8Array> = {}): string {
  const base = join(scratch, name);
  mkdirSync(base, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), content);
  }
  return base;
}

function report(out: string): BuildInput[] {
  return BuildReportSchema.parse(JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8'))).inputs;
}

const entry = (inputs: BuildInput[], source: string) => inputs.find((i) => i.source === source);
const reason = (inputs: BuildInput[], source: string) => entry(inputs, source)?.diagnostics.map((d) => d.message).join('; ') ?? 'no entry';

const page = (title: string, date = '2021-03-04') =>
  `Incident: ${title}\n\nPublished Date: ${date}\n\nSoftware Taxonomy of Faults\nPhase (Design/Operation) design (a) Because [1].\n`;

const header = readFileSync(join(root, 'data/fail-export/incident_data.csv'), 'utf8').split('\n')[0];
const columns = header.split(',');
/** An export of `count` ordinary rows, each an incident of its own. */
function csvRows(count: number, from = 1): string {
  const rows: string[] = [];
  for (let i = from; i < from + count; i += 1) {
    const cells = columns.map(() => '');
    cells[0] = String(100_000 + i);
    cells[2] = '2020-01-15';
    cells[3] = `Service outage ${i}`;
    cells[4] = `Systems were down for ${i % 97} hours`;
    cells[columns.indexOf('Phase Option')] = i % 2 ? 'design' : 'operation';
    rows.push(cells.join(','));
  }
  return `${rows.join('\n')}\n`;
}

/** Each a way a file can fail to be read, made in `base`; returns the source names and the cause each must report. */
function brokenFiles(base: string): Record<string, RegExp> {
  symlinkSync(join(base, 'nowhere.txt'), join(base, 'dangling.txt'));
  symlinkSync(join(base, 'loop-b.txt'), join(base, 'loop-a.txt'));
  symlinkSync(join(base, 'loop-a.txt'), join(base, 'loop-b.txt'));
  mkdirSync(join(base, 'a-directory'));
  symlinkSync(join(base, 'a-directory'), join(base, 'directory.txt'));
  // A folder of reports linked in by a person: no extension, so only what it points at tells what it is.
  symlinkSync(join(base, 'a-directory'), join(base, 'linked-folder'));
  execFileSync('mkfifo', [join(base, 'pipe.txt')]);
  // Listed as a link, found a pipe only once opened: it must not wait for a writer.
  symlinkSync(join(base, 'pipe.txt'), join(base, 'pipe-link.txt'));
  writeFileSync(join(base, 'locked.txt'), page('Locked Away'));
  chmodSync(join(base, 'locked.txt'), 0);
  mkdirSync(join(base, 'locked-dir'));
  writeFileSync(join(base, 'locked-dir', 'inside.txt'), page('Inside A Locked Directory'));
  chmodSync(join(base, 'locked-dir'), 0);
  // Nested one directory at a time: no single call may name a path this long.
  const deep = `cd "${base}" && for i in $(seq 20); do mkdir ${'d'.repeat(220)} && cd ${'d'.repeat(220)}; done && echo 'Incident: Deep' > deep.txt`;
  execFileSync('bash', ['-c', deep]);
  return {
    'dangling.txt': /ENOENT/,
    'loop-a.txt': /loop of symbolic links \(ELOOP\)/,
    'directory.txt': /a symbolic link to a directory, which is not followed.*pass the directory as another --in/,
    'linked-folder': /a symbolic link to a directory, which is not followed.*pass the directory as another --in/,
    'pipe.txt': /named pipe/,
    'pipe-link.txt': /named pipe/,
    'locked.txt': /permission denied \(EACCES\)/,
    'locked-dir/': /permission denied \(EACCES\)/,
  };
}

function expectSkipped(inputs: BuildInput[], expected: Record<string, RegExp>, under = ''): void {
  for (const [source, cause] of Object.entries(expected)) {
    expect(entry(inputs, `${under}${source}`)?.status, source).toBe('skipped');
    expect(reason(inputs, `${under}${source}`), source).toMatch(cause);
  }
  // Where the path grows past the limit depends on how deep the temporary folder is.
  const deep = inputs.filter((i) => i.source.startsWith(`${under}${'d'.repeat(220)}/`));
  expect(deep).toHaveLength(1);
  expect(deep[0]).toMatchObject({ status: 'skipped', diagnostics: [{ message: expect.stringMatching(/longer than the system allows \(ENAMETOOLONG\)/) }] });
}

describe('one file that cannot be read never stops the build', () => {
  it('skips each, naming the file and the cause, and builds the rest (pages compiled inline)', () => {
    const input = dir('broken', { 'good.txt': page('Still Built') });
    const expected = brokenFiles(input);
    const out = join(scratch, 'broken-out');
    const run = prebuild(['--in', input, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const inputs = report(out);
    expect(entry(inputs, 'good.txt')?.status).toBe('ok');
    expectSkipped(inputs, expected);
    for (const source of Object.keys(expected)) expect(run.stdout).toContain(`skipped ${source}`);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('does the same on the page threads, with hundreds of pages around the broken files', () => {
    const pages = Object.fromEntries(Array.from({ length: 240 }, (_, i) => [`p/${String(i).padStart(3, '0')}.txt`, page(`Threaded Page ${i}`)]));
    const input = dir('broken-threaded', pages);
    const expected = brokenFiles(join(input, 'p'));
    const out = join(scratch, 'broken-threaded-out');
    const run = prebuild(['--in', input, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const inputs = report(out);
    expect(inputs.filter((i) => i.status === 'ok')).toHaveLength(240);
    expectSkipped(inputs, expected, 'p/');
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 60_000);

  it('does the same for pages that follow a CSV export', () => {
    const input = dir('broken-after-csv', { 'a.csv': `${header}\n${csvRows(3)}`, 'b.txt': page('After The Export') });
    symlinkSync(join(input, 'nowhere.txt'), join(input, 'c-dangling.txt'));
    symlinkSync(join(input, 'c-loop.txt'), join(input, 'c-loop.txt'));
    const out = join(scratch, 'broken-after-csv-out');
    const run = prebuild(['--in', input, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const inputs = report(out);
    expect(inputs.filter((i) => i.source.startsWith('a.csv#') && i.status === 'ok')).toHaveLength(3);
    expect(entry(inputs, 'b.txt')?.status).toBe('ok');
    for (const [source, cause] of [['c-dangling.txt', /ENOENT/], ['c-loop.txt', /ELOOP/]] as const) {
      expect(entry(inputs, source)?.status).toBe('skipped');
      expect(reason(inputs, source)).toMatch(cause);
    }
  });
});

describe('hostile content in one input', () => {
  const input = dir('content', {
    'stray.txt': `Original Title: Stray Lines\n${'x\n'.repeat(1_000_000)}Original Content:\nThe body.\n`,
    'binary-tail.txt': Buffer.concat([
      Buffer.from(`Original Title: Text Then Binary\nOriginal Content:\n${'Plain words. '.repeat(700)}\n`),
      Buffer.alloc(2_000_000, 0),
    ]),
    'latin1.csv': Buffer.concat([
      Buffer.from(`${header}\n${csvRows(99)}`),
      Buffer.from(csvRows(1, 100).replace('Service outage', 'Caf\u00e9 outage'), 'latin1'),
      Buffer.from(csvRows(5, 101)),
    ]),
    'random.csv': Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7919 + 13) % 256),
    'unreadable.csv': `${header}\n${csvRows(2)}`,
  });
  symlinkSync(join(input, 'nowhere.csv'), join(input, 'dangling.csv'));
  chmodSync(join(input, 'unreadable.csv'), 0);
  const out = join(scratch, 'content-out');
  const run = prebuild(['--in', input, '--out', out]);
  const inputs = run.code === 0 ? report(out) : [];

  it('builds the dataset', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('lists at most 50 diagnostics of a page with a million stray lines, and counts the rest', () => {
    const stray = entry(inputs, 'stray.txt');
    expect(stray?.status).toBe('ok');
    expect(stray?.diagnostics.length).toBeLessThanOrEqual(51);
    expect(stray?.diagnostics.map((d) => d.message)).toContain('and 999980 more header lines not listed');
  });

  it('skips a page that is text for 8 KB and binary after, saying so', () => {
    expect(entry(inputs, 'binary-tail.txt')?.status).toBe('skipped');
    expect(reason(inputs, 'binary-tail.txt')).toMatch(/^binary data from byte \d+ on/);
  });

  it('keeps the 99 rows before a Latin-1 byte on line 101 and names the line', () => {
    const rows = inputs.filter((i) => i.source.startsWith('latin1.csv#'));
    expect(rows.filter((r) => r.status === 'ok')).toHaveLength(99);
    expect(rows).toHaveLength(99);
    expect(entry(inputs, 'latin1.csv')?.diagnostics).toEqual([
      { level: 'error', message: 'not valid UTF-8 text at line 101: the 99 row(s) before it are kept, and nothing after it is read', line: 101 },
    ]);
  });

  it('gives random bytes one truthful entry', () => {
    const entries = inputs.filter((i) => i.source.startsWith('random.csv'));
    expect(entries).toHaveLength(1);
    expect(entries[0].status).toBe('skipped');
    expect(reason(inputs, 'random.csv')).not.toContain('empty');
  });

  it('says what is wrong with a dangling or unreadable export', () => {
    expect(reason(inputs, 'dangling.csv')).toMatch(/ENOENT/);
    expect(reason(inputs, 'unreadable.csv')).toMatch(/permission denied/);
    expect(reason(inputs, 'unreadable.csv')).not.toContain('UTF-8');
  });
});

describe('several input directories', () => {
  it('gives the same relative path under two directories two sources a person can tell apart', () => {
    const a = dir('team-a/reports', { 'same/x.txt': page('Seen By Team A', '2021-05-01') });
    const b = dir('team-b/reports', { 'same/x.txt': page('Seen By Team B', '2021-05-02') });
    const c = dir('other', { 'same/x.txt': page('Seen By Another', '2021-05-03') });
    const out = join(scratch, 'roots-out');
    expect(prebuild(['--in', a, '--in', b, '--in', c, '--out', out]).code).toBe(0);
    const sources = report(out).map((i) => i.source);
    expect(sources).toEqual(['team-a/reports/same/x.txt', 'team-b/reports/same/x.txt', 'other/same/x.txt']);
    const record = IncidentSchema.parse(JSON.parse(readFileSync(join(out, 'incidents', `${report(out)[0].incident}.json`), 'utf8')));
    expect(record.sources).toEqual(['team-a/reports/same/x.txt']);
  });
});

describe('a large export', () => {
  it('completes in a heap far smaller than what its rows would have taken', () => {
    const input = dir('large', { 'big.csv': `${header}\n${csvRows(30_000)}` });
    const out = join(scratch, 'large-out');
    const run = prebuild(['--in', input, '--out', out], ['--max-old-space-size=72']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(report(out).filter((i) => i.status === 'ok')).toHaveLength(30_000);
  }, 120_000);
});
