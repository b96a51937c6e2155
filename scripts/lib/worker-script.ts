import { fileURLToPath } from 'node:url';

/**
 * A TypeScript module and everything it imports as one CommonJS script for a worker
 * thread, for a prebuild run from its sources (`npm run prebuild` bundles it ahead).
 * Threads started this way skip the TypeScript loader, which costs each thread about
 * half a second of start-up; bundling takes about a tenth of that, once. esbuild is
 * loaded only here, so the bundled CLI never loads it.
 */
export async function workerScript(entry: URL): Promise<string> {
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  return outputFiles[0].text;
}
