import { parentPort } from 'node:worker_threads';
import { compilePage, type PageJob } from './compile-page';

/** Compiles pages off the main thread; the answer holds no long text, only what places the incident. */
parentPort?.on('message', ({ seq, request }: { seq: number; request: PageJob }) => {
  parentPort?.postMessage({ seq, response: compilePage(request) });
});
