import { parentPort } from 'node:worker_threads';
import { readStatuses } from './file-statuses';
import type { StatusRequest } from './stat-thread';

/** Reads the statuses of the files it is sent (thread-pool.ts); their columns move to the main thread, not copy. */
parentPort?.on('message', ({ seq, request: { paths, follow } }: { seq: number; request: StatusRequest }) => {
  const response = readStatuses(paths, follow);
  parentPort?.postMessage({ seq, response }, [response.kinds.buffer, response.ids.buffer, response.times.buffer]);
});
