import { parentPort } from 'node:worker_threads';
import { compilePage, type PageJob } from './compile-page';

/** Compiles batches of pages off the main thread; their records' bytes move, not copy. */
parentPort?.on('message', ({ seq, request }: { seq: number; request: PageJob[] }) => {
  const response = request.map(compilePage);
  const records = response.flatMap(({ staged: { input } }) => (input === null ? [] : [input.record.buffer]));
  parentPort?.postMessage({ seq, response }, records);
});
