import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { INDEX_COLUMNS_FILE, readIndex } from '../../src/domain/index-files';
import type { DatasetIndex } from '../../src/domain/schema';
import { bufferOf } from '../analysis/search-fixture';
import { bundleCli } from './bundled-prebuild';

declare module 'vitest' {
  export interface ProvidedContext {
    realDatasetDir: string;
  }
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A dataset compiled by the real prebuild from the committed `data/`. */
export interface RealDataset {
  readonly dir: string;
  readonly read: (file: string) => string;
  readonly json: <T = unknown>(file: string) => T;
  /** Its index, both files read as the app reads them. */
  readonly index: () => DatasetIndex;
}

/** The index of the dataset in `dir`, both files read as the app reads them. */
export const readIndexIn = (dir: string): DatasetIndex =>
  readIndex(bufferOf(readFileSync(join(dir, INDEX_COLUMNS_FILE))), JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));

/**
 * Runs the prebuild, bundled as `npm run prebuild` runs it, on `data/` into a temporary
 * directory, so the tests see exactly the files the app would be served, not a
 * hand-written imitation of them. Returns the bundled CLI too, for the tests that run
 * it, and a function that removes both.
 */
export function compileRealDataset(): { dir: string; cli: string; remove: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'faultline-test-'));
  const dir = join(parent, 'data');
  const cli = bundleCli();
  execFileSync(process.execPath, [cli, '--in', 'data', '--out', dir], { cwd: ROOT, stdio: 'pipe' });
  return {
    dir,
    cli,
    remove: () => {
      rmSync(parent, { recursive: true, force: true });
      rmSync(dirname(cli), { recursive: true, force: true });
    },
  };
}

/** The real dataset, compiled once per test run by the global setup and shared read-only. */
export function realDataset(): RealDataset {
  const dir = inject('realDatasetDir');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return { dir, read, json: <T>(file: string) => JSON.parse(read(file)) as T, index: () => readIndexIn(dir) };
}
