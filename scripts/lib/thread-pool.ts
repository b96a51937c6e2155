import { Worker } from 'node:worker_threads';

interface Waiting<Response> {
  resolve: (r: Response) => void;
  reject: (e: unknown) => void;
  slot: number;
}

/**
 * Threads running one script, each answering `{ seq, request }` with `{ seq, response }`
 * in the order it received them. Requests go round-robin. A thread that fails (out of
 * memory, say) rejects only what it was given and is replaced by a fresh one, so one
 * bad request cannot stall or end the rest.
 */
export class ThreadPool<Request, Response> {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, Waiting<Response>>();
  private seq = 0;
  private closing = false;

  /** `script` is CommonJS source, run as is: the threads need no module loader. */
  constructor(
    private readonly script: string,
    size: number,
  ) {
    this.workers = Array.from({ length: size }, (_, slot) => this.start(slot));
  }

  private start(slot: number): Worker {
    const worker = new Worker(this.script, { eval: true });
    worker.on('message', ({ seq, response }: { seq: number; response: Response }) => {
      this.waiting.get(seq)?.resolve(response);
      this.waiting.delete(seq);
    });
    const fail = (cause: unknown) => {
      if (this.workers[slot] !== worker || this.closing) return;
      for (const [seq, pending] of this.waiting) {
        if (pending.slot !== slot) continue;
        pending.reject(cause);
        this.waiting.delete(seq);
      }
      this.workers[slot] = this.start(slot);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the thread stopped with code ${code}`)));
    return worker;
  }

  /** Sends to the threads in turn; refused once the pool is closed, as no thread would answer. */
  run(request: Request): Promise<Response> {
    if (this.closing) return Promise.reject(new Error('the threads are closed'));
    const seq = this.seq++;
    const slot = seq % this.workers.length;
    return new Promise<Response>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, slot });
      this.workers[slot].postMessage({ seq, request });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
