import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    prebuildCli: string;
  }
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The prebuild CLI bundled as `npm run prebuild` bundles it (scripts/bundle-cli.sh), into
 * a new folder in the project's node_modules; the path of the CLI, whose compile cache is
 * kept beside it.
 */
export function bundleCli(): string {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/faultline-test-'));
  execFileSync('sh', [join(ROOT, 'scripts/bundle-cli.sh'), dir], { stdio: 'pipe' });
  return join(dir, 'prebuild.mjs');
}

/**
 * The CLI the global setup bundled once for every test file. Test files running at once
 * share its compile cache, which is made to be shared: each run's dataset is the one a
 * build from scratch writes. Tests that count what the cache did give it a folder of
 * their own (FAULTLINE_CACHE_DIR).
 */
export const bundledPrebuild = (): string => inject('prebuildCli');
