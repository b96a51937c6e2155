import { describe, expect, it } from 'vitest';
import { ThreadPool } from '../../../scripts/lib/thread-pool';

/** A thread that answers each request with it doubled. */
const DOUBLER = `require('node:worker_threads').parentPort.on('message', ({ seq, request }) => require('node:worker_threads').parentPort.postMessage({ seq, response: request * 2 }));`;

describe('ThreadPool', () => {
  it('answers each request on its threads, in turn', async () => {
    const pool = new ThreadPool<number, number>(DOUBLER, 2);
    try {
      expect(await Promise.all([1, 2, 3].map((n) => pool.run(n)))).toEqual([2, 4, 6]);
    } finally {
      await pool.close();
    }
  });

  it('refuses a request once it is closed, rather than leave it waiting for ever', async () => {
    const pool = new ThreadPool<number, number>(DOUBLER, 1);
    await pool.close();
    await expect(pool.run(1)).rejects.toThrow('the threads are closed');
  }, 5_000);
});
