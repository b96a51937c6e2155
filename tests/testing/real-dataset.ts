import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A dataset compiled by the real prebuild from the committed `data/`, in a temporary directory. */
export interface RealDataset {
  readonly dir: string;
  readonly read: (file: string) => string;
  readonly json: <T = unknown>(file: string) => T;
  readonly remove: () => void;
}

/**
 * Runs `scripts/prebuild.ts` on `data/`, so the tests see exactly the files the app
 * would be served, not a hand-written imitation of them.
 */
export function buildRealDataset(): RealDataset {
  const parent = mkdtempSync(join(tmpdir(), 'faultline-test-'));
  const dir = join(parent, 'data');
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/prebuild.ts', '--in', 'data', '--out', dir], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return {
    dir,
    read,
    json: <T>(file: string) => JSON.parse(read(file)) as T,
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
