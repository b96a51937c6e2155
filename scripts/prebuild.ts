/**
 * The prebuild CLI: compiles every report below the input directories into the dataset
 * the dashboard reads (scripts/lib/prebuild-cli.ts).
 *
 *   npm run prebuild -- [--in DIR ...] [--out DIR] [--strict] [--force] [--no-cache]
 *
 * Without --in and --out it reads and writes what faultline.config.json lists, else
 * data/ and public/data (scripts/lib/prebuild-config.ts).
 *
 * `npm run prebuild` runs this file bundled (scripts/bundle-cli.sh), beside the scripts
 * of its page threads and its terms thread, bundled with it; its bytes and the page
 * script's are the compiler fingerprint the compile cache is keyed by. Run from its
 * TypeScript sources instead, it bundles the threads' scripts itself and, unable to tell
 * which compiler it is, neither reads nor writes the cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Compiler } from './lib/prebuild-cli';

async function compiler(): Promise<Compiler> {
  const self = fileURLToPath(import.meta.url);
  if (self.endsWith('.ts')) {
    const { workerScript } = await import('./lib/worker-script');
    const pageWorkerScript = workerScript(new URL('./lib/page-worker.ts', import.meta.url));
    // Small inputs never await it; a failure is reported where it is awaited.
    pageWorkerScript.catch(() => {});
    const termsWorkerScript = () => workerScript(new URL('./lib/terms-worker.ts', import.meta.url));
    const statWorkerScript = () => workerScript(new URL('./lib/stat-worker.ts', import.meta.url));
    return { pageWorkerScript, termsWorkerScript, statWorkerScript, fingerprint: null, cacheDir: null };
  }
  const script = readFileSync(new URL('./page-worker.cjs', import.meta.url), 'utf8');
  // The terms and status threads' scripts are left out: they compile no input, and nothing they find is kept in the cache.
  const fingerprint = createHash('sha256').update(readFileSync(self)).update('\u0000').update(script).digest('hex');
  return {
    pageWorkerScript: Promise.resolve(script),
    termsWorkerScript: async () => readFileSync(new URL('./terms-worker.cjs', import.meta.url), 'utf8'),
    statWorkerScript: async () => readFileSync(new URL('./stat-worker.cjs', import.meta.url), 'utf8'),
    fingerprint,
    cacheDir: fileURLToPath(new URL('./compiled', import.meta.url)),
  };
}

const compiling = compiler();
const { runPrebuild } = await import('./lib/prebuild-cli');
process.exit(await runPrebuild(process.argv.slice(2), await compiling));
