/**
 * The lock that keeps two prebuilds from writing one `--out` at once: a file beside it
 * that names the process holding it. It appears whole or not at all (written under a
 * private name, then hard-linked into place, which fails when it exists), and a lock of
 * a process that no longer runs is broken, so a killed run never blocks the next one.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { FatalError } from './fatal-error';

const LockRecordSchema = z.object({ pid: z.number().int().positive(), token: z.string().min(1) }).strict();
type LockRecord = z.infer<typeof LockRecordSchema>;

/** Whether process `pid` runs (one of another user counts). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The `code` of a failed file-system call (ENOENT, EEXIST, …). */
export const errorCode = (cause: unknown) => (cause as NodeJS.ErrnoException).code;

/** The record at `path`: 'gone' when there is no file, null when it is not a lock record. */
function readRecord(path: string): LockRecord | 'gone' | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    if (errorCode(cause) === 'ENOENT') return 'gone';
    throw cause;
  }
  try {
    const parsed = LockRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface HeldLock {
  /** Throws unless this run still holds the lock: checked right before the dataset is published. */
  assertHeld(): void;
  release(): void;
}

/**
 * Breaks the lock of a process that is gone. It is renamed away first, and kept only if
 * it is still that process's: in between, another run may have broken it and taken it.
 */
function breakStale(path: string, stale: LockRecord, privatePath: string): void {
  try {
    renameSync(path, privatePath);
  } catch (cause) {
    if (errorCode(cause) === 'ENOENT') return;
    throw cause;
  }
  const moved = readRecord(privatePath);
  if (moved === 'gone' || moved === null || moved.token !== stale.token) {
    try {
      linkSync(privatePath, path);
    } catch {
      // Another run holds the lock now; the one moved away was taken over by it.
    }
  }
  rmSync(privatePath, { force: true });
}

const ATTEMPTS = 3;

/**
 * Takes the lock at `path` for this process, or throws a FatalError naming the run that
 * holds it. `privatePrefix` names the files the lock is staged under: beside the lock,
 * recognisable as this process's.
 */
export function acquireLock(path: string, privatePrefix: string, target: string): HeldLock {
  const own: LockRecord = { pid: process.pid, token: randomBytes(8).toString('hex') };
  const privatePath = () => `${privatePrefix}${randomBytes(4).toString('hex')}`;
  const held: HeldLock = {
    assertHeld() {
      const record = readRecord(path);
      if (record === 'gone' || record === null || record.token !== own.token) {
        throw new FatalError(`another prebuild took over the lock ${path} while this one ran: ${target} was left as it was`);
      }
    },
    release() {
      const record = readRecord(path);
      if (record !== 'gone' && record !== null && record.token === own.token) unlinkSync(path);
    },
  };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const staged = privatePath();
    writeFileSync(staged, JSON.stringify(own), { flag: 'wx' });
    try {
      linkSync(staged, path);
      return held;
    } catch (cause) {
      if (errorCode(cause) !== 'EEXIST') throw cause;
    } finally {
      rmSync(staged, { force: true });
    }
    const holder = readRecord(path);
    if (holder === 'gone') continue;
    if (holder === null) throw new FatalError(`${path} is not a lock this prebuild writes: if no prebuild is running, delete it and run again`);
    if (holder.pid !== process.pid && isRunning(holder.pid)) {
      throw new FatalError(
        `another prebuild (process ${holder.pid}) is writing ${target}: wait for it to finish and run again (if none is running, delete ${path})`,
      );
    }
    breakStale(path, holder, privatePath());
  }
  throw new FatalError(`could not take the lock ${path}: other prebuilds keep taking it; run again`);
}
