/**
 * The decisions behind writing the dataset directory, on plain listings: what a
 * directory at `--out` is, which leftovers of a stopped run beside it may go, and which
 * inputs and outputs may not overlap. dataset-output.ts does the reading and renaming.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { INDEX_COLUMNS_FILE, INDEX_FILE } from '../../src/domain/index-file-names';
import { INCIDENT_ID } from '../../src/domain/schema';
import { SEARCH_WORDS_FILE, SHARD_FILE } from '../../src/domain/search-index-format';
import { type DatasetMarker, DATASET_FORMAT, DATASET_VERSION, MARKER_FILE, parseMarker } from './dataset-marker';

/** Every file of fixed name the prebuild writes at the top of a dataset, besides `incidents/` and the marker. */
export const DATASET_FILES: readonly string[] = [INDEX_COLUMNS_FILE, INDEX_FILE, SEARCH_WORDS_FILE, 'terms.json', 'build-report.json', 'schema.json'];
/** Files earlier versions of the prebuild wrote, which a run replaces like its own. */
const FORMER_DATASET_FILES: readonly string[] = ['search.json'];
/** Whether `name` is a file the prebuild writes (or wrote) at the top of a dataset: one of `DATASET_FILES`, a shard of the search postings, as many as the index needs, or a former file. */
export const isDatasetFile = (name: string): boolean => DATASET_FILES.includes(name) || SHARD_FILE.test(name) || FORMER_DATASET_FILES.includes(name);
export const RECORDS_DIR = 'incidents';
/** Whether `name` is a record file's: an incident id (the schema's rule) and `.json`. */
export const isRecordFile = (name: string): boolean => name.endsWith('.json') && INCIDENT_ID.test(name.slice(0, -'.json'.length));

export interface DirEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

/** A directory as read: its entries, those of its `incidents/`, and its marker's text. */
export interface DirListing {
  entries: readonly DirEntry[];
  /** Null when there is no `incidents/` directory. */
  records: readonly DirEntry[] | null;
  /** Null when there is no marker file. */
  marker: string | null;
}

export type OutputState =
  | { kind: 'absent' }
  | { kind: 'empty' }
  | { kind: 'dataset'; marker: DatasetMarker }
  | { kind: 'foreign'; reason: string };

const isOwnTopEntry = ({ name, kind }: DirEntry) =>
  kind === 'file' ? name === MARKER_FILE || isDatasetFile(name) : kind === 'directory' && name === RECORDS_DIR;

/** Paths in the listing the prebuild never writes, directories with a trailing slash. */
export function foreignEntries(listing: DirListing): string[] {
  const shown = ({ name, kind }: DirEntry) => (kind === 'directory' ? `${name}/` : name);
  const top = listing.entries.filter((e) => !isOwnTopEntry(e)).map(shown);
  const records = (listing.records ?? []).filter((e) => e.kind !== 'file' || !isRecordFile(e.name)).map((e) => `${RECORDS_DIR}/${shown(e)}`);
  return [...top, ...records];
}

const FOREIGN_SHOWN = 3;

/**
 * What a directory at `--out` is. Only a dataset (the marker, and nothing the prebuild
 * does not write) may be replaced; an empty directory holds nothing to lose.
 */
export function classifyOutput(listing: DirListing | null): OutputState {
  if (listing === null) return { kind: 'absent' };
  if (listing.entries.length === 0) return { kind: 'empty' };
  const foreign = foreignEntries(listing);
  if (foreign.length > 0) {
    const more = foreign.length > FOREIGN_SHOWN ? ` and ${foreign.length - FOREIGN_SHOWN} more` : '';
    return { kind: 'foreign', reason: `it holds files the prebuild did not write: ${foreign.slice(0, FOREIGN_SHOWN).join(', ')}${more}` };
  }
  if (listing.marker === null) {
    return { kind: 'foreign', reason: `it has no ${MARKER_FILE}, so nothing proves the prebuild wrote it (a dataset of an older version has none: delete it yourself)` };
  }
  const marker = parseMarker(listing.marker);
  if (marker === null) return { kind: 'foreign', reason: `its ${MARKER_FILE} is not one this prebuild (format ${DATASET_FORMAT} ${DATASET_VERSION}) writes` };
  const records = listing.records?.length ?? 0;
  if (records !== marker.records) {
    return { kind: 'foreign', reason: `${RECORDS_DIR}/ holds ${records} files where its ${MARKER_FILE} names ${marker.records}` };
  }
  return { kind: 'dataset', marker };
}

/** The marker of a dataset built into `outDir` from `inputs` (real, absolute paths). */
export function markerFor(outDir: string, inputs: readonly string[], records: number): DatasetMarker {
  return { format: DATASET_FORMAT, version: DATASET_VERSION, inputs: inputs.map((input) => relative(outDir, input) || '.'), records };
}

/**
 * The inputs a dataset in `outDir` was built from, as absolute paths, when they are not
 * the directories of this run; null when they are the same (in any order).
 */
export function otherInputs(marker: DatasetMarker, outDir: string, inputs: readonly string[]): string[] | null {
  const recorded = marker.inputs.map((input) => resolve(outDir, input));
  const same = new Set(recorded).size === new Set(inputs).size && recorded.every((input) => inputs.includes(input));
  return same ? null : recorded;
}

const isWithin = (outer: string, inner: string) => {
  const path = relative(outer, inner);
  return path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
};

/**
 * Why `out` may not be written with these inputs (all real, absolute paths), or null: a
 * dataset inside an input is read back as reports by the next run, and an input inside
 * the output is replaced by the dataset.
 */
export function overlapProblem(inputs: readonly string[], out: string): string | null {
  for (const input of inputs) {
    if (input === out) return `--out ${out} is the input directory itself: the dataset would replace the reports`;
    if (isWithin(input, out)) return `--out ${out} is inside the input directory ${input}: the next run would read the dataset as reports`;
    if (isWithin(out, input)) return `--out ${out} contains the input directory ${input}: the dataset would replace the reports`;
  }
  return null;
}

/** What a file or directory beside `--out` is to the prebuild. */
export type LeftoverRole = 'tmp' | 'old' | 'lock';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The lock beside `--out`; one run at a time holds it. */
export const lockName = (outName: string): string => `.${outName}.faultline-lock`;

/**
 * The start of a name beside `--out` for this process: a build in progress (`tmp`), a
 * dataset moved aside (`old`), or a lock being taken (`lock`). The rest is random, and
 * the directory or file is created exclusively, so no folder of a user is ever one.
 */
export const leftoverPrefix = (outName: string, role: LeftoverRole, pid: number): string => `.${outName}.faultline-${role}-${pid}-`;

/** The role and process of a name beside `--out` made with `leftoverPrefix`, else null. */
export function parseLeftover(outName: string, name: string): { role: LeftoverRole; pid: number } | null {
  const match = new RegExp(`^\\.${escape(outName)}\\.faultline-(tmp|old|lock)-([1-9]\\d{0,9})-[A-Za-z0-9]{6,}$`).exec(name);
  return match ? { role: match[1] as LeftoverRole, pid: Number(match[2]) } : null;
}

export interface Leftover {
  name: string;
  role: LeftoverRole;
  /** Whether the process that made it still runs. */
  alive: boolean;
  /** For a dataset moved aside: whether it is whole (marker, records, nothing else). */
  complete: boolean;
}

export interface RecoveryPlan {
  /** A dataset moved aside by a run stopped before it put the new one in place. */
  restore: string | null;
  /** Leftovers of stopped runs; removed only as far as they hold what the prebuild writes. */
  remove: string[];
}

/**
 * What to do, under the lock, with what stopped runs left beside `--out`. A run stopped
 * between moving the old dataset aside and renaming the new one in leaves no `--out`:
 * the old dataset goes back. Leftovers of running processes are not touched.
 */
export function planRecovery(outExists: boolean, leftovers: readonly Leftover[]): RecoveryPlan {
  const stopped = leftovers.filter((l) => !l.alive);
  const aside = stopped.filter((l) => l.role === 'old' && l.complete);
  // Two whole datasets aside and none in place is no state a run leaves: keep both for a person to choose.
  const restore = !outExists && aside.length === 1 ? aside[0].name : null;
  const keep = new Set(!outExists && aside.length > 1 ? aside.map((l) => l.name) : []);
  return { restore, remove: stopped.map((l) => l.name).filter((name) => name !== restore && !keep.has(name)) };
}
