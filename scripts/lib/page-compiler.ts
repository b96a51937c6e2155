import { availableParallelism } from 'node:os';
import { compilePage, type PageJob } from './compile-page';
import type { Staged } from './prepared-input';
import { ThreadPool } from './thread-pool';

/** Below this many pages, starting threads costs more than it saves. */
const THREADED_FROM = 200;

export interface PageCompiler {
  compile(job: PageJob): Promise<Staged>;
  close(): Promise<void>;
}

/**
 * Compiles pages inline for small inputs and on one worker thread per core for large
 * ones. Results are identical either way: compiling a page is a pure function of its
 * bytes and its staging path, and the caller consumes results in input order.
 */
export function pageCompiler(pages: number): PageCompiler {
  if (pages < THREADED_FROM) return { compile: async (job) => compilePage(job), close: async () => {} };
  const pool = new ThreadPool<PageJob, Staged>(new URL('./page-worker.ts', import.meta.url), Math.max(1, availableParallelism()));
  return { compile: (job) => pool.run(job), close: () => pool.close() };
}
