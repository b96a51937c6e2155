import { Worker } from 'node:worker_threads';

/**
 * Worker threads do not inherit the TypeScript loader of the thread that starts them,
 * so each registers it before importing its module.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.loader).then(({ register }) => { register(); return import(workerData.module); });
`;
/** Resolved here, not in the thread: an eval'd thread resolves packages from the working directory. */
const LOADER = import.meta.resolve('tsx/esm/api');

/**
 * Threads running `module`, each answering `{ seq, request }` with `{ seq, response }`
 * in the order it received them. Requests go round-robin; a thread that fails rejects
 * everything still waiting.
 */
export class ThreadPool<Request, Response> {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: Response) => void; reject: (e: unknown) => void }>();
  private seq = 0;

  constructor(module: URL, size: number) {
    this.workers = Array.from({ length: size }, () => new Worker(BOOTSTRAP, { eval: true, workerData: { loader: LOADER, module: module.href } }));
    for (const worker of this.workers) {
      worker.on('message', ({ seq, response }: { seq: number; response: Response }) => {
        this.waiting.get(seq)?.resolve(response);
        this.waiting.delete(seq);
      });
      worker.on('error', (cause) => {
        for (const pending of this.waiting.values()) pending.reject(cause);
        this.waiting.clear();
      });
    }
  }

  /** Sends to the threads in turn. */
  run(request: Request): Promise<Response> {
    const seq = this.seq++;
    return new Promise<Response>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.workers[seq % this.workers.length].postMessage({ seq, request });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
