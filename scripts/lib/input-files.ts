import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FatalError } from './fatal-error';
import { byCodeUnits } from './index-columns';

export interface InputFile {
  root: string;
  path: string;
  /** Path relative to its --in directory, with forward slashes. */
  source: string;
}

/** Every file below `root`, in sorted order of its source. */
export function listFiles(root: string): InputFile[] {
  if (!existsSync(root)) throw new FatalError(`input directory not found: ${root}`);
  if (!statSync(root).isDirectory()) throw new FatalError(`--in must be a directory: ${root}`);
  const files: InputFile[] = [];
  // Sources are built up a directory at a time: path.relative per file is slow at 100,000 files.
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push({ root, path, source: `${prefix}${entry.name}` });
    }
  };
  walk(root, '');
  return files.sort((a, b) => byCodeUnits(a.source, b.source));
}
