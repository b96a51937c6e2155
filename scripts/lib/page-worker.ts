import { parentPort } from 'node:worker_threads';
import { compilePage, type PageJob } from './compile-page';

/** Compiles batches of pages off the main thread, answering with their staged records. */
parentPort?.on('message', ({ seq, request }: { seq: number; request: PageJob[] }) => {
  parentPort?.postMessage({ seq, response: request.map(compilePage) });
});
