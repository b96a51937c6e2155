import { availableParallelism } from 'node:os';
import { rmSync, writeFileSync } from 'node:fs';
import type { Prepared } from './prepared-input';
import { readPage } from './read-page';
import { ThreadPool } from './thread-pool';

export type FileOp = { op: 'write'; path: string; bytes: Uint8Array } | { op: 'remove'; path: string };

/** Below this many pages, starting threads costs more than it saves. */
const THREADED_FROM = 200;
/** Bounds the record text waiting in memory for the writer thread. */
const MAX_QUEUED_WRITES = 256;

/**
 * Where pages are compiled and records written: inline for small inputs, on worker
 * threads for large ones, so a big corpus keeps both cores busy while the main thread
 * only places incidents. Results are identical either way: compiling a page is a pure
 * function of its bytes, results are consumed in input order, and all writes go through
 * one thread in the order they were asked for.
 */
export interface CompileWorkers {
  page(path: string): Promise<Prepared>;
  /** Resolves once the write is queued; waits while too many writes are in flight. */
  write(path: string, bytes: Uint8Array): Promise<void>;
  remove(path: string): Promise<void>;
  /** Resolves when every write asked for so far is on disk; rejects with the first failure. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export function compileWorkers(pages: number): CompileWorkers {
  if (pages < THREADED_FROM) {
    return {
      page: async (path) => readPage(path),
      write: async (path, bytes) => writeFileSync(path, bytes),
      remove: async (path) => rmSync(path, { force: true }),
      flush: async () => {},
      close: async () => {},
    };
  }
  const pagePool = new ThreadPool<string, Prepared>(new URL('./page-worker.ts', import.meta.url), Math.max(1, availableParallelism()));
  const writer = new ThreadPool<FileOp, string | null>(new URL('./write-worker.ts', import.meta.url), 1);
  const pending: Promise<string | null>[] = [];
  const settle = async (failure: Promise<string | null> | undefined) => {
    const message = await failure;
    if (message) throw Object.assign(new Error(message), { code: 'EWRITE' });
  };
  const flush = async () => {
    while (pending.length > 0) await settle(pending.shift());
  };
  const send = async (op: FileOp) => {
    while (pending.length >= MAX_QUEUED_WRITES) await settle(pending.shift());
    pending.push(writer.run(op, op.op === 'write' ? [op.bytes.buffer as ArrayBuffer] : []));
  };
  return {
    page: (path) => pagePool.run(path),
    write: (path, bytes) => send({ op: 'write', path, bytes }),
    remove: (path) => send({ op: 'remove', path }),
    flush,
    close: async () => {
      await Promise.all([pagePool.close(), writer.close()]);
    },
  };
}
