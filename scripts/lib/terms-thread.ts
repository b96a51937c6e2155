import { Worker } from 'node:worker_threads';
import { distinctiveTermsOf } from './distinctive-terms';
import type { PackedWords } from './document-words';
import { termsFileText } from './terms-file';

/** From this many inputs, the terms are found on a thread of their own; fewer take less time than starting one. */
export const TERMS_THREAD_FROM = 2000;

/** What the main thread tells the terms thread: the incidents' words, then the build id. */
export type TermsMessage = { words: readonly PackedWords[]; vocabulary: readonly string[] } | { build: string };

/**
 * Finds a dataset's distinctive terms (distinctive-terms.ts) and makes its `terms.json`,
 * on a thread or here.
 */
export interface TermsStep {
  /** Starts on the incidents' words, handed to the thread before this returns. */
  begin(words: readonly PackedWords[], vocabulary: readonly string[]): void;
  /** The terms file of dataset `build`, of the words `begin` was given. */
  file(build: string): Promise<string>;
  close(): Promise<void>;
}

/** One thread running the terms worker's script, started before it is needed. */
class TermsThread {
  private readonly worker: Worker;
  /** Rejects when the thread fails or stops, which it never does while it is needed. */
  private readonly ended: Promise<never>;

  constructor(script: string) {
    this.worker = new Worker(script, { eval: true });
    this.ended = new Promise<never>((_, reject) => {
      this.worker.on('error', reject);
      this.worker.on('exit', (code) => reject(new Error(`the thread stopped with code ${code}`)));
    });
    this.ended.catch(() => {});
  }

  send(message: TermsMessage): void {
    this.worker.postMessage(message);
  }

  /** The terms file of dataset `build`. */
  ask(build: string): Promise<string> {
    const answer = new Promise<string>((resolve) => this.worker.once('message', resolve));
    this.send({ build });
    return Promise.race([answer, this.ended]);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * A terms step on a thread running `script` (terms-worker.ts bundled), started now so
 * that it is ready by the time every input is read, or here when `script` is null. The
 * main thread meanwhile writes the index, the build report and the search index.
 * Whatever goes wrong with the thread, the terms are found here instead: the file is the
 * same bytes either way.
 */
export function termsStep(script: Promise<string> | null): TermsStep {
  let given: { words: readonly PackedWords[]; vocabulary: readonly string[] } | null = null;
  const here = (build: string) => {
    if (given === null) throw new Error('the terms were asked for before the words were given');
    return termsFileText(build, distinctiveTermsOf(given.words, given.vocabulary));
  };
  if (script === null) {
    return { begin: (words, vocabulary) => void (given = { words, vocabulary }), file: async (build) => here(build), close: async () => {} };
  }
  let thread: TermsThread | null = null;
  const started = script.then((source) => (thread = new TermsThread(source)));
  started.catch(() => {});
  return {
    // Each is handed over at once when the thread is there, not after the caller's next synchronous work.
    begin: (words, vocabulary) => {
      const request = { words, vocabulary };
      given = request;
      if (thread !== null) thread.send(request);
      else started.then((ready) => ready.send(request), () => {});
    },
    file: (build) => {
      const answer = thread !== null ? thread.ask(build) : started.then((ready) => ready.ask(build));
      return answer.catch(() => here(build));
    },
    close: async () => {
      await started.then((ready) => ready.close()).catch(() => {});
    },
  };
}
