/**
 * Outputs a benchmark no longer needs are moved aside and deleted only after every
 * figure is taken. On some file systems (ext4 without a journal, as on the machine the
 * figures in the README were taken on) creating files is up to ten times slower for
 * minutes after many files were deleted, so deleting one run's dataset right before
 * the next timed run would time the disk's bookkeeping, not the prebuild.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BENCH_TMP } from './corpus';

const TRASH = join(BENCH_TMP, 'trash');
let moved = 0;

/** Moves `path` out of the way, if it exists; a rename, so nothing is deleted yet. */
export async function discard(path: string): Promise<void> {
  if (!existsSync(path)) return;
  await mkdir(TRASH, { recursive: true });
  moved += 1;
  await rename(path, join(TRASH, `${basename(path)}-${process.pid}-${moved}`));
}

/**
 * Deletes everything discarded, by this run or an interrupted earlier one, then flushes
 * the deletions to disk where `sync` exists: the slowdown lasts about a minute once they
 * are on disk, several while they are not, which the next benchmark would pay for.
 */
export async function emptyTrash(): Promise<void> {
  await rm(TRASH, { recursive: true, force: true });
  spawnSync('sync', { stdio: 'ignore' });
}
