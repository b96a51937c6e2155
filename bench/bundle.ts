/**
 * Builds the app from the current sources into the system's temporary folder (never
 * `dist/`, which others may be serving, nor `bench/tmp`, where the linter would read the
 * minified output) and measures the JavaScript the first page loads: the entry
 * chunk `index.html` points at and every chunk it imports statically, found through
 * Vite's manifest. Lazily imported chunks are left out; they load only when a view
 * needs them. Sizes are gzipped at zlib's default level, what servers use when they
 * compress on the fly, in KiB.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './corpus';
import { runToCompletion } from './child-process';

export const BUILD_DIR = join(tmpdir(), 'faultline-bench-dist');
const KIB = 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Manifest keys of the entry chunk, what it imports dynamically itself, and their static imports, transitively. */
function firstLoadChunks(manifest: Manifest): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const key of [entries[0], ...(manifest[entries[0]].dynamicImports ?? [])]) visit(key);
  return [...seen];
}

/** Script and module-preload URLs in the built page, to check the manifest tells the same story. */
function htmlScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*\srel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((m) => m[1]);
  return [...scripts, ...preloads].map((url) => url.replace(/^\//, ''));
}

export async function buildApp(): Promise<void> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await runToCompletion(process.execPath, [vite, 'build', '--outDir', BUILD_DIR, '--emptyOutDir', '--manifest'], ROOT);
}

export async function benchBundle(): Promise<Record<string, number>> {
  await buildApp();
  const manifest = JSON.parse(await readFile(join(BUILD_DIR, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const files = firstLoadChunks(manifest).map((key) => manifest[key].file);
  const missing = htmlScripts(await readFile(join(BUILD_DIR, 'index.html'), 'utf8')).filter((url) => !files.includes(url));
  if (missing.length > 0) throw new Error(`index.html loads scripts the manifest does not list as static: ${missing.join(', ')}`);
  let plain = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = await readFile(join(BUILD_DIR, file));
    plain += bytes.length;
    gzipped += gzipSync(bytes).length;
  }
  const lazy = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js') && !files.includes(chunk.file)).length;
  console.log(`first load: ${files.length} script(s), ${(plain / KIB).toFixed(0)} KiB, ${(gzipped / KIB).toFixed(1)} KiB gzipped; ${lazy} lazy chunk(s) left out`);
  return { 'bundle-kb-gzip': gzipped / KIB };
}
