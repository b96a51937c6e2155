/**
 * Writes the dataset directory the way a database writes its files: the build goes into
 * a private directory beside `--out`, which is renamed into place whole once complete;
 * the old dataset is moved aside first and deleted only after the new one is in place.
 * A lock keeps other runs out meanwhile. Killed at any instant, the run leaves the old
 * or the new dataset, whole; the next run puts back a dataset left aside and clears what
 * a stopped run left, deleting nothing that is not a file the prebuild writes.
 *
 * The records of the dataset a run replaces are not deleted but kept, in a folder of the
 * compile cache (the spare), for the next build of the same dataset to start from: it
 * takes the spare as its private directory and writes only the records that changed,
 * where a fresh directory takes a link per record and deleting the old dataset an
 * unlink per record. A first build leaves links to its own records there.
 */
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative } from 'node:path';
import { MARKER_FILE, markerText } from './dataset-marker';
import {
  classifyOutput,
  isDatasetFile,
  type DirEntry,
  type DirListing,
  type Leftover,
  leftoverPrefix,
  lockName,
  markerFor,
  otherInputs,
  overlapProblem,
  parseLeftover,
  planRecovery,
  isRecordFile,
  RECORDS_DIR,
} from './dataset-output-plan';
import { FatalError } from './fatal-error';
import { acquireLock, errorCode, type HeldLock, isRunning } from './output-lock';

const shown = (path: string) => relative(process.cwd(), path) || '.';

/**
 * The real path `path` has or would have: its deepest existing ancestor resolved through
 * symbolic links, then the rest as written.
 */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch (cause) {
    // Missing, or not reachable: what can be resolved is, and writing or reading it later says what is wrong.
    const parent = dirname(path);
    if (parent === path) throw cause;
    return join(realPathOf(parent), basename(path));
  }
}

/**
 * The real path of `--out`, refused with a FatalError when it is, lies inside or holds
 * one of the input directories (given as real paths).
 */
export function outputTarget(inputs: readonly string[], out: string): string {
  const target = realPathOf(out);
  if (dirname(target) === target) throw new FatalError(`--out ${out} is the root of the file system: choose a directory of its own`);
  const problem = overlapProblem(inputs, target);
  if (problem !== null) throw new FatalError(`refusing to write the dataset: ${problem}`);
  return target;
}

/**
 * Creates a directory named `prefix` and random letters, failing rather than reusing one
 * that exists. Unlike mkdtemp it takes the usual permissions, which the published
 * dataset keeps.
 */
function makeUniqueDir(prefix: string): string {
  for (;;) {
    const path = `${prefix}${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x')}`;
    try {
      mkdirSync(path);
      return path;
    } catch (cause) {
      if (errorCode(cause) !== 'EEXIST') throw cause;
    }
  }
}

const entryOf = (entry: { name: string; isFile(): boolean; isDirectory(): boolean }): DirEntry => ({
  name: entry.name,
  kind: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other',
});

/** The directory at `path` as the plan reads it; null when nothing is there. */
function listDir(path: string): DirListing | null {
  let entries: DirEntry[];
  try {
    entries = readdirSync(path, { withFileTypes: true }).map(entryOf);
  } catch (cause) {
    if (errorCode(cause) === 'ENOENT') return null;
    if (errorCode(cause) === 'ENOTDIR') throw new FatalError(`cannot write the dataset: ${path} is not a directory`);
    throw cause;
  }
  const hasRecords = entries.some((e) => e.name === RECORDS_DIR && e.kind === 'directory');
  const records = hasRecords ? readdirSync(join(path, RECORDS_DIR), { withFileTypes: true }).map(entryOf) : null;
  const hasMarker = entries.some((e) => e.name === MARKER_FILE && e.kind === 'file');
  return { entries, records, marker: hasMarker ? readFileSync(join(path, MARKER_FILE), 'utf8') : null };
}

/** Deletes the files of `entries` (in `path`) that `own` accepts. */
function removeOwn(path: string, entries: readonly DirEntry[], own: (e: DirEntry) => boolean): void {
  for (const entry of entries) if (own(entry)) unlinkSync(join(path, entry.name));
}

/** Deletes the files at the top of a dataset or build, `entries` of `dir`; the marker goes last: while anything of a dataset is left, it says whose it is. */
function removeDatasetFiles(dir: string, entries: readonly DirEntry[]): void {
  removeOwn(dir, entries, (e) => e.kind === 'file' && isDatasetFile(e.name));
  removeOwn(dir, entries, (e) => e.kind === 'file' && e.name === MARKER_FILE);
}

/**
 * Deletes a build or dataset of the prebuild: the files it writes, one by one, then the
 * directories, which are removed only once empty. Anything else keeps its directory in
 * place. Returns why the directory is still there, or null when it is gone.
 */
function removeBuild(dir: string): string | null {
  try {
    const entries = readdirSync(dir, { withFileTypes: true }).map(entryOf);
    if (entries.some((e) => e.name === RECORDS_DIR && e.kind === 'directory')) {
      const records = join(dir, RECORDS_DIR);
      removeOwn(records, readdirSync(records, { withFileTypes: true }).map(entryOf), (e) => e.kind === 'file' && isRecordFile(e.name));
      rmdirSync(records);
    }
    removeDatasetFiles(dir, entries);
    rmdirSync(dir);
    return null;
  } catch (cause) {
    return errorCode(cause) === 'ENOENT' ? null : (cause as Error).message;
  }
}

/**
 * Puts back a dataset a stopped run left aside, and clears what stopped runs left beside
 * `target`; returns what is at `target` then.
 */
function recover(target: string, notice: (line: string) => void): DirListing | null {
  const parent = dirname(target);
  const name = basename(target);
  const leftovers: Leftover[] = readdirSync(parent).flatMap((entry) => {
    const leftover = parseLeftover(name, entry);
    if (leftover === null) return [];
    const alive = leftover.pid !== process.pid && isRunning(leftover.pid);
    const complete = leftover.role === 'old' && !alive && classifyOutput(listDir(join(parent, entry))).kind === 'dataset';
    return [{ name: entry, role: leftover.role, alive, complete }];
  });
  const listing = listDir(target);
  const plan = planRecovery(listing !== null, leftovers);
  if (plan.restore !== null) {
    renameSync(join(parent, plan.restore), target);
    notice(`prebuild: put back the dataset ${shown(target)} that a stopped run had moved aside`);
  }
  for (const entry of plan.remove) {
    const path = join(parent, entry);
    if (parseLeftover(name, entry)?.role === 'lock') {
      if (lstatSync(path).isFile()) unlinkSync(path);
      continue;
    }
    const kept = removeBuild(path);
    if (kept !== null) notice(`prebuild: left ${shown(path)} of a stopped run in place, as it holds more than a build: ${kept}`);
  }
  // The leftovers are never `target`, so only a restore changes what is there.
  return plan.restore === null ? listing : listDir(target);
}

export interface OutputRequest {
  /** The real path of `--out` (outputTarget). */
  target: string;
  /** The real paths of the input directories. */
  inputs: readonly string[];
  /** Whether a dataset built from other inputs may be replaced: `--in` given, or `--force`. */
  replaceOtherInputs: boolean;
  /** Where this run's inputs come from, for the refusal: the command line, a config file or the default. */
  inputsFrom: string;
  notice: (line: string) => void;
  /** Where the records of a replaced dataset are kept for the next build to start from; null to keep none. */
  spare: string | null;
}

/** The private directory a build writes into, and the record files it starts with (the spare's), by name. */
export interface Build {
  dir: string;
  records: ReadonlySet<string>;
}

export interface DatasetOutput {
  /** Where this run writes the dataset, made or taken from the spare on the first call: private to it until published. */
  build(): Build;
  /** Marks the build complete and renames it into place, the old dataset moved aside, then its records kept as the spare and the rest deleted. */
  publish(records: number): void;
  /** Removes an unpublished build, if one was made, and releases the lock; call it however the run ends. */
  close(): void;
}

const refusal = (target: string, reason: string) =>
  new FatalError(`refusing to replace ${target}: ${reason}. Choose another --out, or move the directory away yourself`);

/** Whether `listing` is a spare: an `incidents/` folder of record files and nothing else. */
const isSpare = (listing: DirListing | null): listing is DirListing & { records: readonly DirEntry[] } =>
  listing !== null &&
  listing.records !== null &&
  listing.entries.length === 1 &&
  listing.records.every((e) => e.kind === 'file' && isRecordFile(e.name));

/** Moves the spare into `into`, an empty directory of this run; the names of its records, or null when there is none to take. */
function takeSpare(spare: string, into: string): Set<string> | null {
  try {
    const listing = listDir(spare);
    if (!isSpare(listing)) return null;
    renameSync(spare, into);
    return new Set(listing.records.map((e) => e.name));
  } catch {
    return null;
  }
}

/**
 * Keeps the records of `dataset` as the spare: the dataset itself, moved there once its
 * other files are deleted, or, with `link`, a new folder of links to its records. Says
 * why it could not, or null.
 */
function keepSpare(dataset: string, spare: string, link: boolean): string | null {
  let folder = dataset;
  try {
    mkdirSync(dirname(spare), { recursive: true });
    if (link) {
      folder = makeUniqueDir(`${spare}.`);
      mkdirSync(join(folder, RECORDS_DIR));
      for (const name of readdirSync(join(dataset, RECORDS_DIR))) if (isRecordFile(name)) linkSync(join(dataset, RECORDS_DIR, name), join(folder, RECORDS_DIR, name));
    } else {
      removeDatasetFiles(dataset, readdirSync(dataset, { withFileTypes: true }).map(entryOf));
      // A person may have put a file into it since it was read before publishing.
      if (!isSpare(listDir(dataset))) return 'it holds more than records';
    }
    renameSync(folder, spare);
    return null;
  } catch (cause) {
    return (cause as Error).message;
  } finally {
    // Links made for a spare that could not be moved into place; gone once it was.
    if (folder !== dataset) removeBuild(folder);
  }
}

/**
 * Takes the lock beside `target`, clears after stopped runs and checks that the directory
 * there may be replaced; the private directory for the build is made when first asked for.
 */
export function openDatasetOutput(request: OutputRequest): DatasetOutput {
  const { target, inputs, notice } = request;
  const parent = dirname(target);
  const name = basename(target);
  const cannotWrite = (cause: unknown) =>
    cause instanceof FatalError ? cause : new FatalError(`cannot write the dataset to ${target}: ${(cause as Error).message}`);
  let lock: HeldLock;
  try {
    mkdirSync(parent, { recursive: true });
    lock = acquireLock(join(parent, lockName(name)), join(parent, leftoverPrefix(name, 'lock', process.pid)), target);
  } catch (cause) {
    throw cannotWrite(cause);
  }
  try {
    const state = classifyOutput(recover(target, notice));
    if (state.kind === 'foreign') throw refusal(target, state.reason);
    const built = state.kind === 'dataset' ? otherInputs(state.marker, target, inputs) : null;
    if (built !== null) {
      const from = built.map(shown).join(', ');
      const to = inputs.map(shown).join(', ');
      if (!request.replaceOtherInputs) {
        throw new FatalError(
          `refusing to replace ${shown(target)}: it was built from ${from}, and this run reads ${to} (${request.inputsFrom}). ` +
            `To keep building from ${from}, list it under "in" in faultline.config.json; to replace the dataset, pass --in or --force (npm run prebuild -- --force)`,
        );
      }
      notice(`prebuild: replacing ${shown(target)}, built from ${from}, with a build of ${to}`);
    }
  } catch (cause) {
    lock.release();
    throw cannotWrite(cause);
  }

  let build: Build | null = null;
  let published = false;
  return {
    build() {
      if (build === null) {
        try {
          const dir = makeUniqueDir(join(parent, leftoverPrefix(name, 'tmp', process.pid)));
          const records = request.spare === null ? null : takeSpare(request.spare, dir);
          if (records === null) mkdirSync(join(dir, RECORDS_DIR));
          build = { dir, records: records ?? new Set() };
        } catch (cause) {
          throw cannotWrite(cause);
        }
      }
      return build;
    },
    publish(records) {
      if (build === null) throw new Error('nothing was built to publish');
      const { dir } = build;
      writeFileSync(join(dir, MARKER_FILE), markerText(markerFor(target, inputs, records)));
      lock.assertHeld();
      // Read again: a person may have put files into the directory while the build ran.
      const state = classifyOutput(listDir(target));
      if (state.kind === 'foreign') throw refusal(target, state.reason);
      const aside = state.kind === 'absent' ? null : makeUniqueDir(join(parent, leftoverPrefix(name, 'old', process.pid)));
      if (aside !== null) renameSync(target, aside);
      try {
        renameSync(dir, target);
      } catch (cause) {
        if (aside !== null) renameSync(aside, target);
        throw cause;
      }
      published = true;
      const { spare } = request;
      if (spare !== null && keepSpare(aside ?? target, spare, aside === null) === null) return;
      if (aside === null) return;
      const kept = removeBuild(aside);
      if (kept !== null) notice(`prebuild: the previous dataset could not be deleted and is kept at ${shown(aside)}: ${kept}`);
    },
    close() {
      try {
        if (!published && build !== null) removeBuild(build.dir);
      } finally {
        lock.release();
      }
    },
  };
}
