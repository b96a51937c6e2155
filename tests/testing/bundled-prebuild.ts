import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let bundled: string | null = null;

/**
 * A new folder for a bundle of the prebuild CLI: in the project's node_modules, where
 * the bundle finds the packages it keeps external.
 */
export const bundleFolder = (): string => {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  return mkdtempSync(join(ROOT, 'node_modules/.cache/faultline-test-'));
};

/**
 * The prebuild CLI as `npm run prebuild` runs it: bundled (scripts/bundle-cli.sh), once
 * per test process, into a folder of its own, beside which its compile cache is kept.
 * The folder is removed when the process ends.
 */
export function bundledPrebuild(): string {
  if (bundled === null) {
    const dir = bundleFolder();
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    execFileSync('sh', [join(ROOT, 'scripts/bundle-cli.sh'), dir], { stdio: 'pipe' });
    bundled = join(dir, 'prebuild.mjs');
  }
  return bundled;
}
