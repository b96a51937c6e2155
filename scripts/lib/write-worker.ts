import { rmSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { FileOp } from './file-sink';

/** Writes and removes files in the order asked, off the main thread; answers with the failure, if any. */
parentPort?.on('message', ({ seq, request }: { seq: number; request: FileOp }) => {
  let failure: string | null = null;
  try {
    if (request.op === 'write') writeFileSync(request.path, request.bytes);
    else if (request.op === 'remove') rmSync(request.path, { force: true });
  } catch (cause) {
    failure = (cause as Error).message;
  }
  parentPort?.postMessage({ seq, response: failure });
});
