/**
 * The bundled prebuild CLI run with its compile cache in a given folder, and what it
 * says of the cache: how many input files it compiled and how many it took from it, or
 * that the dataset was up to date, which takes none.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { bundledPrebuild } from '../testing/bundled-prebuild';
import { contents } from './prebuild-process';

export interface CachedRun {
  compiled: number;
  cached: number;
  upToDate: boolean;
  stdout: string;
}

export const cachedPrebuild = (cwd: string, cache: string, ...args: string[]): CachedRun => cachedPrebuildOf(bundledPrebuild(), cwd, cache, ...args);

/** The same, of the CLI bundled at `cli`. */
export function cachedPrebuildOf(cli: string, cwd: string, cache: string, ...args: string[]): CachedRun {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, FAULTLINE_CACHE_DIR: cache },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  if (run.stdout.includes('up to date: no input changed since it was built')) return { compiled: 0, cached: 0, upToDate: true, stdout: run.stdout };
  const counts = /(\d+) files? compiled, (\d+) from the compile cache/.exec(run.stdout);
  if (counts === null) throw new Error(`no cache counts in: ${run.stdout}`);
  return { compiled: Number(counts[1]), cached: Number(counts[2]), upToDate: false, stdout: run.stdout };
}

/**
 * The folder of the one compiler in the cache at `cache`: named by its fingerprint, beside
 * what else the cache keeps at its top (the spare dataset's records).
 */
export function compilerFolder(cache: string): string {
  const folders = readdirSync(cache).filter((name) => /^[0-9a-f]{16}$/.test(name));
  expect(folders).toHaveLength(1);
  return join(cache, folders[0]);
}

/** Every file of the dataset a build with the empty cache `emptyCache` writes at `out`: what a cached build must match byte for byte. */
export function builtFromScratch(cwd: string, emptyCache: string, input: string, out: string): Record<string, string> {
  const run = cachedPrebuild(cwd, emptyCache, '--in', input, '--out', out);
  expect(run.cached).toBe(0);
  return contents(out);
}

/**
 * A scratch folder for one test file, removed after its tests, with the prebuild run
 * there and a build from scratch that takes a new empty cache each time.
 */
export function cacheScratch(prefix: string) {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let fresh = 0;
  return {
    scratch,
    prebuild: (cache: string, ...args: string[]) => cachedPrebuild(scratch, cache, ...args),
    fromScratch: (input: string, out: string) => builtFromScratch(scratch, join(scratch, `empty-cache-${(fresh += 1)}`), input, out),
  };
}
