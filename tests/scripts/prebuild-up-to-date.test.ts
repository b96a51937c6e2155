import { spawnSync } from 'node:child_process';
import { appendFileSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPrebuild } from '../testing/bundled-prebuild';
import { cacheScratch } from './cached-prebuild';
import { completeDataset, contents, page, writeFiles, writePages } from './prebuild-process';

const { scratch, prebuild, fromScratch } = cacheScratch('faultline-up-to-date-');

/** Which file each file of `dir` is and when it was written, by path: a file written again shows another. */
function identities(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { ino, mtimeMs } = lstatSync(path);
    found[path] = `${ino}:${mtimeMs}`;
  }
  return found;
}

/** The CLI's own run, for what the cache helper does not show: its exit code and error output. */
const run = (cache: string, ...args: string[]) =>
  spawnSync(process.execPath, [bundledPrebuild(), ...args], { cwd: scratch, encoding: 'utf8', env: { ...process.env, FAULTLINE_CACHE_DIR: cache } });

/** Input folders written now and left alone long enough for their stamps to be trusted (file-stamp.ts). */
const settled = new Map<string, string>();
beforeAll(async () => {
  for (const name of ['same', 'edit', 'add', 'remove', 'rename', 'record', 'index', 'columns', 'strict', 'no-cache']) {
    const input = writePages(join(scratch, `${name}-in`), `Outage ${name}`, 6);
    settled.set(name, input);
  }
  writeFiles(settled.get('strict') as string, { 'notes.pdf': 'not a report' });
  await new Promise((done) => setTimeout(done, 3500));
}, 20_000);

/** A dataset of `name`'s inputs, built once; its input folder, output and cache, and the summary the build said. */
function built(name: string) {
  const input = settled.get(name) as string;
  const out = join(scratch, `${name}-out`);
  const cache = join(scratch, `${name}-cache`);
  const first = prebuild(cache, '--in', input, '--out', out);
  expect(first).toMatchObject({ compiled: 6, upToDate: false });
  return { input, out, cache, said: first.stdout.split('\n')[0] };
}

describe('a prebuild with nothing new to do', () => {
  it('says the dataset is up to date and writes nothing, not a file touched', () => {
    const { input, out, cache, said } = built('same');
    const before = identities(out);
    const again = prebuild(cache, '--in', input, '--out', out);
    expect(again.upToDate).toBe(true);
    expect(again.stdout.split('\n')[0]).toBe(said);
    expect(identities(out)).toEqual(before);
    expect(readdirSync(scratch).filter((name) => name.startsWith('.same-out.'))).toEqual([]);
    completeDataset(out);
  });

  it.each([
    ['a report edited', 'edit', (input: string) => appendFileSync(join(input, 'part-0', '2.txt'), 'A line added later.\n')],
    ['a file added', 'add', (input: string) => writeFileSync(join(input, 'README.md'), '# About these reports\n')],
    ['a report removed', 'remove', (input: string) => rmSync(join(input, 'part-0', '3.txt'))],
    ['a report renamed', 'rename', (input: string) => renameSync(join(input, 'part-0', '4.txt'), join(input, 'part-0', '40.txt'))],
  ])('builds again after %s, to what a build from scratch writes', (_, name, change) => {
    const { input, out, cache } = built(name);
    change(input);
    expect(prebuild(cache, '--in', input, '--out', out).upToDate).toBe(false);
    const cached = contents(out);
    expect(fromScratch(input, out)).toEqual(cached);
  });

  const editText = (bytes: Buffer) => Buffer.from(bytes.toString('utf8').replace('Outage', 'Edited by hand'));
  const flipLastByte = (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -1), Buffer.of(bytes[bytes.length - 1] ^ 1)]);
  it.each([
    ['a record', 'record', (out: string) => join(out, 'incidents', readdirSync(join(out, 'incidents'))[0]), editText],
    ['its ids and titles', 'index', (out: string) => join(out, 'index.json'), editText],
    ['its columns', 'columns', (out: string) => join(out, 'index-columns.bin'), flipLastByte],
  ])('builds again when %s was changed, and puts it back', (_, name, fileOf, edit) => {
    const { input, out, cache } = built(name);
    const file = fileOf(out);
    const original = readFileSync(file);
    rmSync(file);
    writeFileSync(file, edit(original));
    expect(readFileSync(file).equals(original)).toBe(false);
    expect(prebuild(cache, '--in', input, '--out', out).upToDate).toBe(false);
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  it('fails --strict as the build did, saying what it skipped', () => {
    const input = settled.get('strict') as string;
    const out = join(scratch, 'strict-out');
    const cache = join(scratch, 'strict-cache');
    const first = run(cache, '--in', input, '--out', out, '--strict');
    const second = run(cache, '--in', input, '--out', out, '--strict');
    expect(first.status).toBe(1);
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('up to date');
    expect(second.stdout).toContain('skipped notes.pdf: unsupported file type ".pdf"');
    expect(second.stderr).toBe(first.stderr);
  });

  it('builds again with --no-cache, which compiles every input afresh', () => {
    const { input, out, cache } = built('no-cache');
    expect(prebuild(cache, '--in', input, '--out', out, '--no-cache')).toMatchObject({ compiled: 6, upToDate: false });
  });
});

describe('a prebuild right after its inputs were written', () => {
  it('builds again next time, as a stamp taken then may miss a change made within the same moment', () => {
    const input = writePages(join(scratch, 'fresh-in'), 'Fresh outage', 3);
    writeFiles(input, { 'late.txt': page('Late outage', '2021-05-01') });
    const out = join(scratch, 'fresh-out');
    const cache = join(scratch, 'fresh-cache');
    expect(prebuild(cache, '--in', input, '--out', out).upToDate).toBe(false);
    expect(prebuild(cache, '--in', input, '--out', out).upToDate).toBe(false);
  });
});
