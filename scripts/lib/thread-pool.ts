import { Worker } from 'node:worker_threads';

/**
 * Threads running one script, each answering `{ seq, request }` with `{ seq, response }`
 * in the order it received them. Requests go round-robin; a thread that fails rejects
 * everything still waiting.
 */
export class ThreadPool<Request, Response> {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: Response) => void; reject: (e: unknown) => void }>();
  private seq = 0;

  /** `script` is CommonJS source, run as is: the threads need no module loader. */
  constructor(script: string, size: number) {
    this.workers = Array.from({ length: size }, () => new Worker(script, { eval: true }));
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
