import { parentPort } from 'node:worker_threads';
import { readPage } from './read-page';

/** Compiles pages off the main thread: the answer is the prepared input, ready to place. */
parentPort?.on('message', ({ seq, request }: { seq: number; request: string }) => {
  const response = readPage(request);
  parentPort?.postMessage({ seq, response }, response.input ? [response.input.body.buffer as ArrayBuffer] : []);
});
