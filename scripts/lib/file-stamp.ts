import type { BigIntStats } from 'node:fs';

/**
 * What tells a file's bytes apart without reading them, as git's index does: which file
 * it is, its size, and when it was last written and last changed. Any write moves the
 * change time to the present, which no program can set back.
 */
export interface FileStamp {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  /** When the stamp was taken, in nanoseconds of the wall clock. */
  takenNs: bigint;
}

/**
 * A file changed this close to when its stamp was taken may change again within the
 * file system's time resolution (a second or two on some) and keep the same stamp.
 */
const SETTLED_NS = 3_000_000_000n;

/** The stamp of a file from its status, read with `{ bigint: true }` just now. */
export function stampFrom({ dev, ino, size, mtimeNs, ctimeNs }: BigIntStats): FileStamp {
  return { dev, ino, size, mtimeNs, ctimeNs, takenNs: BigInt(Date.now()) * 1_000_000n };
}

/**
 * True when `now` shows the file unchanged since `then` was taken: same file, size and
 * times, and the file had settled when `then` was taken. Otherwise only its bytes tell.
 */
export function unchangedSince(then: FileStamp, now: FileStamp): boolean {
  return (
    then.dev === now.dev &&
    then.ino === now.ino &&
    then.size === now.size &&
    then.mtimeNs === now.mtimeNs &&
    then.ctimeNs === now.ctimeNs &&
    then.ctimeNs + SETTLED_NS < then.takenNs &&
    then.mtimeNs + SETTLED_NS < then.takenNs
  );
}
