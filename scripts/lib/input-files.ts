import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { FatalError } from './fatal-error';
import { fileProblem, specialFileProblem } from './file-problem';
import { byCodeUnits } from '../../src/domain/code-unit-order';

export interface InputFile {
  root: string;
  path: string;
  /**
   * Path relative to its --in directory, with forward slashes; with several --in
   * directories, prefixed with the name that tells its directory apart.
   */
  source: string;
  /** Why the entry cannot be read at all, found while listing; it becomes a skipped entry. */
  problem?: string;
}

/**
 * Why a symbolic link is not read as a report, for a link to a directory; what is wrong
 * with any other link is found when it is read. Whatever its name, a link to a directory
 * is a folder a person meant to be read, so the problem says how to have it read.
 */
function linkProblem(path: string): { problem: string } | Record<string, never> {
  try {
    if (!statSync(path).isDirectory()) return {};
  } catch {
    return {};
  }
  return { problem: 'a symbolic link to a directory, which is not followed so that a loop of links cannot make the walk endless: to read its reports, pass the directory as another --in' };
}

/**
 * Every file below `root`, in sorted order of its source, sources starting with
 * `prefix`. A directory that cannot be listed, and an entry that is neither a file, a
 * directory nor a symbolic link, is listed with its problem instead of ending the build;
 * symbolic links are listed as files and never followed into directories, so a link
 * loop cannot make the walk endless: a link to a directory is listed with the problem.
 */
export function listFiles(root: string, prefix = ''): InputFile[] {
  if (!existsSync(root)) throw new FatalError(`input directory not found: ${root}`);
  if (!statSync(root).isDirectory()) throw new FatalError(`--in must be a directory: ${root}`);
  const files: InputFile[] = [];
  // Sources are built up a directory at a time: path.relative per file is slow at 100,000 files.
  const walk = (dir: string, under: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (cause) {
      if (under === prefix) throw new FatalError(`cannot list the input directory ${root}: ${fileProblem(cause)}`);
      files.push({ root, path: dir, source: under, problem: `directory ${fileProblem(cause)}` });
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, `${under}${entry.name}/`);
      else if (entry.isFile()) files.push({ root, path, source: `${under}${entry.name}` });
      else if (entry.isSymbolicLink()) files.push({ root, path, source: `${under}${entry.name}`, ...linkProblem(path) });
      else files.push({ root, path, source: `${under}${entry.name}`, problem: specialFileProblem(entry) });
    }
  };
  walk(root, prefix);
  return files.sort((a, b) => byCodeUnits(a.source, b.source));
}

/**
 * A name per input directory that tells it apart from the others: its own name, or as
 * many of its last path segments as it takes, so that the same relative path under two
 * directories gives two sources a person can tell apart. One directory needs no name.
 */
export function rootLabels(roots: readonly string[]): string[] {
  if (roots.length < 2) return roots.map(() => '');
  const segments = roots.map((root) => root.split(sep).filter((s) => s.length > 0));
  const label = (i: number, depth: number) => segments[i].slice(-depth).join('/') || basename(roots[i]) || 'root';
  return roots.map((_, i) => {
    for (let depth = 1; depth <= segments[i].length; depth += 1) {
      const mine = label(i, depth);
      if (roots.every((_, j) => j === i || label(j, depth) !== mine)) return `${mine}/`;
    }
    return `${label(i, segments[i].length)}#${i + 1}/`;
  });
}

/** The files below every root, each source prefixed with its root's label; a root given twice is read once. */
export function listInputs(roots: readonly string[]): InputFile[] {
  const distinct = roots.filter((root, i) => roots.indexOf(root) === i);
  const labels = rootLabels(distinct);
  return distinct.flatMap((root, i) => listFiles(root, labels[i]));
}
