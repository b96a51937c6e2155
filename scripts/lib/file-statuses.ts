import { lstatSync, statSync } from 'node:fs';
import type { FileStamp } from './file-stamp';
import type { FileIdentity } from './published-dataset';

/** What a path was when its status was read: nothing readable, a regular file, or something else. */
const MISSING = 0;
const FILE = 1;
const OTHER = 2;

/**
 * The statuses of many files in columns: a few typed arrays, which a thread hands over
 * whole, where ten thousand status objects would be copied one by one. Per path, its
 * kind, then its device, inode and size, and its modification and change times.
 */
export interface Statuses {
  kinds: Uint8Array<ArrayBuffer>;
  /** Per path: device, inode, size. */
  ids: BigUint64Array<ArrayBuffer>;
  /** Per path: modification and change time, in nanoseconds. */
  times: BigInt64Array<ArrayBuffer>;
  /** When reading began, in nanoseconds of the wall clock: before any of them was read. */
  takenNs: bigint;
}

const IDS = 3;
const TIMES = 2;

/**
 * The status of every file at `paths`, in order: of the file a symbolic link points to
 * with `follow`, of the link itself without.
 */
export function readStatuses(paths: readonly string[], follow: boolean): Statuses {
  const read = follow ? statSync : lstatSync;
  const statuses: Statuses = {
    kinds: new Uint8Array(paths.length),
    ids: new BigUint64Array(paths.length * IDS),
    times: new BigInt64Array(paths.length * TIMES),
    takenNs: BigInt(Date.now()) * 1_000_000n,
  };
  paths.forEach((path, i) => {
    let status;
    try {
      status = read(path, { bigint: true, throwIfNoEntry: false });
    } catch {
      // Unreadable: it stays MISSING.
    }
    if (status === undefined) return;
    statuses.kinds[i] = status.isFile() ? FILE : OTHER;
    statuses.ids.set([status.dev, status.ino, status.size], i * IDS);
    statuses.times.set([status.mtimeNs, status.ctimeNs], i * TIMES);
  });
  return statuses;
}

/** The stamp (file-stamp.ts) of path `i` of `statuses`; null when it could not be read. */
export function stampAt({ kinds, ids, times, takenNs }: Statuses, i: number): FileStamp | null {
  if (kinds[i] === MISSING) return null;
  return { dev: ids[i * IDS], ino: ids[i * IDS + 1], size: ids[i * IDS + 2], mtimeNs: times[i * TIMES], ctimeNs: times[i * TIMES + 1], takenNs };
}

/** Which file path `i` of `statuses` is; null when it is not a regular file. */
export function identityAt({ kinds, ids, times }: Statuses, i: number): FileIdentity | null {
  if (kinds[i] !== FILE) return null;
  return { ino: ids[i * IDS + 1], size: ids[i * IDS + 2], mtimeNs: times[i * TIMES] };
}
