/**
 * What a published dataset was built from and what it holds, as the run that published it
 * saw them: every input file with its stamp (file-stamp.ts), taken before anything of it
 * was read, and every file of the dataset with its identity. The compile cache keeps it
 * (compile-cache.ts). A later run whose inputs all show the same stamps, at a dataset
 * whose files are all still those files, would write the very same bytes: it says the
 * dataset is up to date and writes nothing.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type FileStamp, unchangedSince } from './file-stamp';
import { readStatuses, stampAt, type Statuses } from './file-statuses';
import type { InputFile } from './input-files';

/** An input file as a run found it: null `stamp` when it could not be read. */
export interface InputState {
  source: string;
  path: string;
  problem: string | null;
  stamp: FileStamp | null;
}

/** Which file a file of a dataset is, and as it was written: a changed or replaced file shows another. */
export interface FileIdentity {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

/**
 * What the cache keeps, in columns: a few strings and typed arrays cost a fraction of
 * ten thousand small objects to write and read back.
 */
export interface PublishedDataset {
  /** The real path of the dataset. */
  target: string;
  sources: string[];
  paths: string[];
  /** Per input, its stamp's dev, ino, size, mtimeNs, ctimeNs and takenNs. */
  stamps: BigInt64Array;
  /** Every file of the dataset, by its path inside it, sorted. */
  names: string[];
  /** Per file, its ino, size and mtimeNs. */
  identities: BigInt64Array;
}

const STAMP_FIELDS = ['dev', 'ino', 'size', 'mtimeNs', 'ctimeNs', 'takenNs'] as const;
const IDENTITY_FIELDS = ['ino', 'size', 'mtimeNs'] as const;

/**
 * Every input file with its stamp (file-stamp.ts), in the order listed: from `statuses`,
 * read for their paths in that order, else read now. An input that cannot be read has
 * none; it is reported when the build reads it.
 */
export function inputStates(files: readonly InputFile[], statuses: Statuses = readStatuses(files.map((file) => file.path), true)): InputState[] {
  return files.map(({ source, path, problem }, i) => ({ source, path, problem: problem ?? null, stamp: problem === undefined ? stampAt(statuses, i) : null }));
}

/** Only what is kept of a file's status: a dataset of a hundred thousand records has as many. */
function identityOf(path: string): FileIdentity {
  const { ino, size, mtimeNs } = lstatSync(path, { bigint: true });
  return { ino, size, mtimeNs };
}

/**
 * The files of the dataset at `dir` and of its `incidents/`, by path inside it, with
 * their identities: those in `known` as given (the record files linked into place), the
 * others read. Throws when one cannot be read.
 */
export function datasetFiles(dir: string, known: ReadonlyMap<string, FileIdentity> = new Map()): Map<string, FileIdentity> {
  const files = new Map<string, FileIdentity>();
  const read = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory()) read(join(folder, entry.name), `${name}/`);
      else files.set(name, known.get(name) ?? identityOf(join(folder, entry.name)));
    }
  };
  read(dir, '');
  return files;
}

/**
 * What to keep of a dataset just published at `target` from `inputs` with `files`; null
 * when an input could not be read, as the next run reads it again anyway.
 */
export function publishedDataset(target: string, inputs: readonly InputState[], files: ReadonlyMap<string, FileIdentity>): PublishedDataset | null {
  if (inputs.some((input) => input.stamp === null || input.problem !== null)) return null;
  const stamps = new BigInt64Array(inputs.length * STAMP_FIELDS.length);
  inputs.forEach(({ stamp }, i) => STAMP_FIELDS.forEach((field, k) => (stamps[i * STAMP_FIELDS.length + k] = (stamp as FileStamp)[field])));
  const names = [...files.keys()].sort();
  const identities = new BigInt64Array(names.length * IDENTITY_FIELDS.length);
  names.forEach((name, i) => {
    const identity = files.get(name) as FileIdentity;
    IDENTITY_FIELDS.forEach((field, k) => (identities[i * IDENTITY_FIELDS.length + k] = identity[field]));
  });
  return { target, sources: inputs.map((input) => input.source), paths: inputs.map((input) => input.path), stamps, names, identities };
}

/** Whether `value` is a whole PublishedDataset, as read back from the cache. */
export const isPublishedDataset = (value: unknown): value is PublishedDataset => {
  const v = value as Partial<PublishedDataset> | null;
  return (
    typeof v?.target === 'string' &&
    Array.isArray(v.sources) &&
    Array.isArray(v.paths) &&
    Array.isArray(v.names) &&
    v.stamps instanceof BigInt64Array &&
    v.identities instanceof BigInt64Array &&
    v.paths.length === v.sources.length &&
    v.stamps.length === v.sources.length * STAMP_FIELDS.length &&
    v.identities.length === v.names.length * IDENTITY_FIELDS.length
  );
};

/**
 * Whether the dataset `published` describes is at `target` and was built from the files
 * `inputs` lists, in the same order: what `upToDate` asks before any file's stamp.
 */
export function mayBeUpToDate(published: PublishedDataset, target: string, inputs: readonly { source: string; path: string }[]): boolean {
  return (
    published.target === target &&
    published.sources.length === inputs.length &&
    inputs.every(({ source, path }, i) => source === published.sources[i] && path === published.paths[i])
  );
}

/**
 * Whether each input of `now`, which lists the files the dataset was built from, is
 * unchanged since (file-stamp.ts). A file that cannot be read now counts as changed.
 */
function unchangedInputs(published: PublishedDataset, now: readonly InputState[]): boolean {
  const width = STAMP_FIELDS.length;
  return now.every(({ stamp }, i) => {
    if (stamp === null) return false;
    const at = i * width;
    const { stamps } = published;
    const then = { dev: stamps[at], ino: stamps[at + 1], size: stamps[at + 2], mtimeNs: stamps[at + 3], ctimeNs: stamps[at + 4], takenNs: stamps[at + 5] };
    // Stored as signed 64-bit numbers: the stamp now is compared as stored.
    const wrapped = { ...stamp, dev: BigInt.asIntN(64, stamp.dev), ino: BigInt.asIntN(64, stamp.ino), size: BigInt.asIntN(64, stamp.size) };
    return unchangedSince(then, wrapped);
  });
}

/**
 * Whether the dataset `published` describes is at `target` as it was written, and was
 * built from inputs unchanged since: every input and every file of the dataset the same.
 */
export function upToDate(published: PublishedDataset, target: string, inputs: readonly InputState[]): boolean {
  if (!mayBeUpToDate(published, target, inputs) || !unchangedInputs(published, inputs)) return false;
  let now: Map<string, FileIdentity>;
  try {
    now = datasetFiles(target);
  } catch {
    return false;
  }
  const width = IDENTITY_FIELDS.length;
  return (
    now.size === published.names.length &&
    published.names.every((name, i) => {
      const file = now.get(name);
      return file !== undefined && IDENTITY_FIELDS.every((field, k) => BigInt.asIntN(64, file[field]) === published.identities[i * width + k]);
    })
  );
}
