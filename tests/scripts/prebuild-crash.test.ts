import { spawnSync } from 'node:child_process';
import { existsSync, type FSWatcher, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leftoverPrefix, lockName, parseLeftover } from '../../scripts/lib/dataset-output-plan';
import { mulberry32 } from '../../scripts/lib/seeded-random';
import { completeDataset, contents, page, prebuild, startPrebuild, writeFiles, writePages, writeReports } from './prebuild-process';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-crash-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Directories beside `out` of the run with process id `pid`: its build, or a dataset it
 * moved aside, both named with it. Its build may be a folder the compile cache kept, as
 * old as the dataset it held, so only the name tells.
 */
const besideOut = (parent: string, out: string, pid: number | undefined) =>
  readdirSync(parent, { withFileTypes: true })
    .filter((e) => e.isDirectory() && parseLeftover(out, e.name)?.pid === pid)
    .map((e) => join(parent, e.name));

/** Whether `dir` holds `name`; false once `dir` is gone, renamed into place. */
const holds = (dir: string, name: string) => {
  try {
    return readdirSync(dir).includes(name);
  } catch {
    return false;
  }
};

/** Resolves once `found` is true, checking every millisecond or so; false if the process ended first. */
async function until(found: () => boolean, ended: Promise<unknown>): Promise<boolean> {
  let over = false;
  void ended.then(() => (over = true));
  while (!over) {
    if (found()) return true;
    await sleep(1);
  }
  return false;
}

/** Resolves as soon as `schema.json`, the last file of a build, appears in `dir`, or when it never will. */
function lastFileWritten(dir: string, ended: Promise<unknown>): Promise<void> {
  return new Promise((done) => {
    let watcher: FSWatcher | null = null;
    const finish = () => {
      watcher?.close();
      done();
    };
    try {
      watcher = watch(dir, (_, name) => name === 'schema.json' && finish());
      watcher.on('error', finish);
    } catch {
      finish();
    }
    if (holds(dir, 'schema.json')) finish();
    void ended.then(finish);
  });
}

/** The pid of a process that has ended: leftovers named with it are a stopped run's. */
const endedPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

describe('a prebuild killed at any instant (finding 3)', () => {
  const a = writePages(join(scratch, 'corpus-a'), 'Alpha', 400);
  const b = writePages(join(scratch, 'corpus-b'), 'Beta', 400);
  const site = join(scratch, 'site');
  const out = join(site, 'data');
  mkdirSync(site);

  /**
   * The build of the dataset a killed run left. A kill between moving the old dataset
   * aside and renaming the new one in (two renames; Node cannot exchange two directories
   * in one) leaves no --out for the next run to replace: the old dataset waits beside
   * it, whole, and the next run puts it back first.
   */
  const datasetAfterKill = () => {
    if (existsSync(out)) return completeDataset(out).build;
    const aside = readdirSync(site).filter((name) => parseLeftover('data', name)?.role === 'old');
    expect(aside).toHaveLength(1);
    return completeDataset(join(site, aside[0])).build;
  };

  it('leaves the old or the new dataset at --out, whole, every time', async () => {
    const builds = new Set<string>();
    let writing = 0;
    for (const input of [a, b]) {
      const run = startPrebuild(scratch, '--in', input, '--out', out);
      await until(() => besideOut(site, 'data', run.child.pid).length > 0, run.ended);
      const opened = performance.now();
      expect((await run.ended).code).toBe(0);
      writing = Math.max(writing, performance.now() - opened);
      builds.add(completeDataset(out).build);
    }
    expect(builds.size).toBe(2);

    const random = mulberry32(20261205);
    let landedWhileWriting = 0;
    // Ten kills, and more until five landed while a build was written: a faster build or a busier machine lets more runs end before theirs.
    for (let kill = 0; kill < 10 || (landedWhileWriting < 5 && kill < 20); kill++) {
      const run = startPrebuild(scratch, '--in', kill % 2 === 0 ? a : b, '--out', out);
      // Half the kills fall anywhere while the build is written, half right as it is published.
      const reached = await until(() => besideOut(site, 'data', run.child.pid).length > 0, run.ended);
      if (kill % 2 === 0) await sleep(random() * writing);
      else if (reached) {
        const [dir] = besideOut(site, 'data', run.child.pid);
        await lastFileWritten(dir, run.ended);
        await sleep(random() * 10);
      }
      run.child.kill('SIGKILL');
      const ended = await run.ended;
      if (reached && ended.signal === 'SIGKILL') landedWhileWriting += 1;
      expect(builds).toContain(datasetAfterKill());
    }
    expect(landedWhileWriting).toBeGreaterThanOrEqual(5);

    const last = prebuild(scratch, '--in', a, '--out', out);
    expect(last.code).toBe(0);
    expect(readdirSync(site)).toEqual(['data']);
  }, 180_000);

  it('puts a dataset moved aside back, and clears the stopped run’s build and lock', () => {
    const project = join(scratch, 'stopped');
    writeFiles(project, { 'data/seed.txt': page('Default Input', '2020-01-01') });
    const mine = writeReports(join(project, 'mine'), ['Kept One', 'Kept Two']);
    expect(prebuild(project, '--in', mine, '--out', 'public/data').code).toBe(0);
    // What a run killed between moving the old dataset aside and renaming the new one in leaves.
    const pid = endedPid();
    const parent = join(project, 'public');
    renameSync(join(parent, 'data'), join(parent, `${leftoverPrefix('data', 'old', pid)}abc123`));
    writeFiles(join(parent, `${leftoverPrefix('data', 'tmp', pid)}def456`), { 'index.json': '{"half', 'incidents/fail-1.json': '{}' });
    writeFileSync(join(parent, lockName('data')), JSON.stringify({ pid, token: 'stopped' }));
    const userFolder = writeFiles(join(parent, '.data.faultline-tmp-mine'), { 'keep.txt': 'mine' });

    const run = prebuild(project);
    expect(run.stdout).toContain('put back the dataset public/data');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('it was built from mine');
    expect(completeDataset(join(parent, 'data')).titles).toEqual(['Kept One', 'Kept Two']);
    expect(readdirSync(parent).sort()).toEqual(['.data.faultline-tmp-mine', 'data']);
    expect(contents(userFolder)).toEqual({ 'keep.txt': 'mine' });
  });
});
