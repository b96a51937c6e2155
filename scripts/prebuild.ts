/**
 * The prebuild CLI: compiles every report below the input directories into the dataset
 * the dashboard reads (scripts/lib/prebuild-cli.ts).
 *
 *   npm run prebuild -- [--in DIR ...] [--out DIR] [--strict] [--force]
 *
 * Without --in and --out it reads and writes what faultline.config.json lists, else
 * data/ and public/data (scripts/lib/prebuild-config.ts).
 *
 * The page threads' script is bundled first, in esbuild's own process, while the rest of
 * the prebuild loads: each takes a tenth of a second or more, and large inputs wait for
 * both before their pages can start compiling.
 */
import { workerScript } from './lib/worker-script';

const pageWorkerScript = workerScript(new URL('./lib/page-worker.ts', import.meta.url));
// Small inputs never await it; a failure is reported where it is awaited.
pageWorkerScript.catch(() => {});
const { runPrebuild } = await import('./lib/prebuild-cli');
process.exit(await runPrebuild(process.argv.slice(2), pageWorkerScript));
