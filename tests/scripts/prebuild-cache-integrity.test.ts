import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPrebuild } from '../testing/bundled-prebuild';
import { cachedPrebuildOf, cacheScratch, compilerFolder } from './cached-prebuild';
import { completeDataset, contents, writePages } from './prebuild-process';

const root = resolve(__dirname, '../..');
const { scratch, prebuild, fromScratch } = cacheScratch('faultline-cache-integrity-');

describe('a damaged compile cache', () => {
  const input = join(scratch, 'in');
  const out = join(scratch, 'out');
  const cache = join(scratch, 'cache');
  const PAGES = 30;
  const cacheFolder = () => compilerFolder(cache);

  beforeAll(() => {
    writePages(input, 'Outage', PAGES);
    writeFileSync(join(input, 'export.csv'), readFileSync(join(root, 'data/fail-export/incident_data.csv')));
    expect(prebuild(cache, '--in', input, '--out', out)).toMatchObject({ compiled: PAGES + 1, cached: 0 });
  });

  it('compiles again what a cut-short index file held, and replaces it', () => {
    const [shard] = readdirSync(cacheFolder()).filter((name) => name.startsWith('index-'));
    const index = join(cacheFolder(), shard);
    writeFileSync(index, readFileSync(index).subarray(0, statSync(index).size - 100));
    const run = prebuild(cache, '--in', input, '--out', out);
    expect(run.compiled).toBeGreaterThan(0);
    expect(run.cached).toBeGreaterThan(0);
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(0);
  });

  it('compiles a page again when its record file was changed, and writes what a build from scratch writes', () => {
    const records = join(cacheFolder(), 'records');
    truncateSync(join(records, readdirSync(records)[0]), 10);
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(1);
    const cached = contents(out);
    expect(fromScratch(input, out)).toEqual(cached);
  });

  it('is not used by another compiler: a changed page script compiles every input again', () => {
    const cli = mkdtempSync(join(dirname(dirname(bundledPrebuild())), 'faultline-test-'));
    try {
      for (const name of ['prebuild.mjs', 'page-worker.cjs', 'terms-worker.cjs']) copyFileSync(join(dirname(bundledPrebuild()), name), join(cli, name));
      expect(cachedPrebuildOf(join(cli, 'prebuild.mjs'), scratch, cache, '--in', input, '--out', out).compiled).toBe(0);
      appendFileSync(join(cli, 'page-worker.cjs'), '\n// another parser\n');
      expect(cachedPrebuildOf(join(cli, 'prebuild.mjs'), scratch, cache, '--in', input, '--out', out)).toMatchObject({ compiled: PAGES + 1, cached: 0 });
    } finally {
      rmSync(cli, { recursive: true, force: true });
    }
  });

  it('serves two runs at once, of other inputs, each pruning what the other uses: both write what a build from scratch writes', async () => {
    const other = writePages(join(scratch, 'other-in'), 'Crash', 40);
    const [mine, theirs] = [join(scratch, 'race-out-1'), join(scratch, 'race-out-2')];
    const run = (from: string, to: string) =>
      new Promise<number | null>((done) => {
        const child = spawn(process.execPath, [bundledPrebuild(), '--in', from, '--out', to], { cwd: scratch, stdio: 'ignore', env: { ...process.env, FAULTLINE_CACHE_DIR: cache } });
        child.on('close', done);
      });
    for (let round = 0; round < 3; round++) expect(await Promise.all([run(input, mine), run(other, theirs)])).toEqual([0, 0]);
    const [raced, racedOther] = [contents(mine), contents(theirs)];
    completeDataset(mine);
    completeDataset(theirs);
    expect(fromScratch(input, mine)).toEqual(raced);
    expect(fromScratch(other, theirs)).toEqual(racedOther);
  }, 60_000);

  it('is not read with --no-cache, and keeps only what the latest run used', () => {
    expect(prebuild(cache, '--in', input, '--out', out, '--no-cache')).toMatchObject({ compiled: PAGES + 1, cached: 0 });
    const records = join(cacheFolder(), 'records');
    // Pages' records are files of their own; an export's are kept in the index.
    expect(readdirSync(records)).toHaveLength(PAGES);
    rmSync(join(input, 'part-0', '0.txt'));
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(0);
    expect(readdirSync(records)).toHaveLength(PAGES - 1);
  });
});

describe('a report changed in place', () => {
  it('is compiled again even with its old size and modification time', async () => {
    const input = join(scratch, 'in-place');
    const cache = join(scratch, 'in-place-cache');
    const out = join(scratch, 'in-place-out');
    const path = join(writePages(input, 'Crash', 3), 'part-0', '1.txt');
    const { mtime } = statSync(path);
    // A stamp is trusted only once its file has been left alone for a few seconds.
    await new Promise((done) => setTimeout(done, 3500));
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(3);
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(0);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Crash 1', 'Crash 7'));
    utimesSync(path, mtime, mtime);
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(1);
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toContain('Crash 7');
  }, 20_000);
});
