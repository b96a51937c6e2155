import { availableParallelism } from 'node:os';
import { type CompiledPage, compilePage, type PageJob } from './compile-page';
import { type PackedWords, renumbered, type Vocabulary } from './document-words';
import { ThreadPool } from './thread-pool';

/** Below this many pages, starting threads costs more than it saves. */
const THREADED_FROM = 200;

export interface PageCompiler {
  /** Compiles a batch of pages; one message per batch keeps the threads' hand-offs rare. */
  compile(jobs: PageJob[]): Promise<CompiledPage[]>;
  close(): Promise<void>;
}

/**
 * What a page thread answers a batch with: its pages, their words numbered in the
 * thread's own vocabulary, and the words that vocabulary gained since its last answer,
 * in the order it numbered them.
 */
export interface ThreadBatch {
  thread: number;
  fresh: string[];
  /** How many words the thread's vocabulary holds with them. */
  size: number;
  pages: CompiledPage[];
}

const failed = (cause: unknown): CompiledPage => {
  const message = `could not be compiled: its thread failed (${cause instanceof Error ? cause.message : String(cause)})`;
  return { staged: { input: null, diagnostics: [{ level: 'error', message, line: null }] }, read: null };
};

/**
 * Per page thread, each of its word numbers' number in the dataset's vocabulary. A
 * thread's answers arrive in the order it sent them, and each is translated as it
 * arrives, before the next, so the words a page uses are always known by then,
 * whichever order the pages are consumed in.
 */
class ThreadWords {
  private readonly tables = new Map<number, number[]>();

  constructor(private readonly vocabulary: Vocabulary) {}

  translate({ thread, fresh, size, pages }: ThreadBatch): CompiledPage[] {
    let table = this.tables.get(thread);
    if (table === undefined) this.tables.set(thread, (table = []));
    for (const id of this.vocabulary.adopt(fresh)) table.push(id);
    // An answer lost on the way would leave later pages' words unknown: never number them wrongly.
    if (table.length !== size) throw new Error(`its thread's words arrived incomplete (${table.length} of ${size})`);
    for (const { staged } of pages) if (staged.input !== null) staged.input.words = renumbered(staged.input.words as PackedWords, table);
    return pages;
  }
}

/**
 * Compiles pages inline for small inputs and, for large ones, on one worker thread per
 * core running `script` (page-worker.ts bundled), their words numbered in `vocabulary`
 * as they arrive. Results are identical either way: compiling a page is a pure function
 * of its bytes and its source name, and the caller consumes results in input order.
 * When a thread fails on a batch, its pages are compiled again one by one, and only a
 * page that fails alone is skipped.
 */
export async function pageCompiler(pages: number, script: Promise<string>, vocabulary: Vocabulary): Promise<PageCompiler> {
  if (pages < THREADED_FROM) return { compile: async (jobs) => jobs.map((job) => compilePage(job)), close: async () => {} };
  const pool = new ThreadPool<PageJob[], ThreadBatch>(await script, Math.max(1, availableParallelism()));
  const words = new ThreadWords(vocabulary);
  const run = (jobs: PageJob[]) => pool.run(jobs).then((batch) => words.translate(batch));
  const alone = (job: PageJob) => run([job]).then(([staged]) => staged, failed);
  return {
    compile: (jobs) => run(jobs).catch(() => Promise.all(jobs.map(alone))),
    close: () => pool.close(),
  };
}
