import { availableParallelism } from 'node:os';
import { type CompiledPage, compilePage, type PageJob } from './compile-page';
import { ThreadPool } from './thread-pool';

/** Below this many pages, starting threads costs more than it saves. */
const THREADED_FROM = 200;

export interface PageCompiler {
  /** Compiles a batch of pages; one message per batch keeps the threads' hand-offs rare. */
  compile(jobs: PageJob[]): Promise<CompiledPage[]>;
  close(): Promise<void>;
}

const failed = (cause: unknown): CompiledPage => {
  const message = `could not be compiled: its thread failed (${cause instanceof Error ? cause.message : String(cause)})`;
  return { staged: { input: null, diagnostics: [{ level: 'error', message, line: null }] }, read: null };
};

/**
 * Compiles pages inline for small inputs and, for large ones, on one worker thread per
 * core running `script` (page-worker.ts bundled). Results are identical either way:
 * compiling a page is a pure function of its bytes and its source name, and the caller
 * consumes results in input order. When a thread fails on a batch, its pages are
 * compiled again one by one, and only a page that fails alone is skipped.
 */
export async function pageCompiler(pages: number, script: Promise<string>): Promise<PageCompiler> {
  if (pages < THREADED_FROM) return { compile: async (jobs) => jobs.map(compilePage), close: async () => {} };
  const pool = new ThreadPool<PageJob[], CompiledPage[]>(await script, Math.max(1, availableParallelism()));
  const alone = (job: PageJob) => pool.run([job]).then(([staged]) => staged, failed);
  return {
    compile: (jobs) => pool.run(jobs).catch(() => Promise.all(jobs.map(alone))),
    close: () => pool.close(),
  };
}
