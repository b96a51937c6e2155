import { parentPort, threadId } from 'node:worker_threads';
import { compilePage, type PageJob } from './compile-page';
import { Vocabulary } from './document-words';
import type { ThreadBatch } from './page-compiler';

/**
 * Every page this thread compiles has its words numbered in one vocabulary, kept for the
 * thread's life, so the main thread numbers each word once per thread, not once per page
 * (page-compiler.ts translates them).
 */
const vocabulary = new Vocabulary();
let sent = 0;

/** Compiles batches of pages off the main thread; their records' bytes move, not copy. */
parentPort?.on('message', ({ seq, request }: { seq: number; request: PageJob[] }) => {
  const pages = request.map((job) => compilePage(job, vocabulary));
  const response: ThreadBatch = { thread: threadId, fresh: vocabulary.words.slice(sent), size: vocabulary.words.length, pages };
  sent = vocabulary.words.length;
  const records = pages.flatMap(({ staged: { input } }) => (input === null ? [] : [input.record.buffer]));
  parentPort?.postMessage({ seq, response }, records);
});
