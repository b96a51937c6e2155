import { readStatuses, type Statuses } from './file-statuses';
import { ThreadPool } from './thread-pool';

/**
 * From this many files, their statuses are read on a thread of their own, while the main
 * thread reads the compile cache; fewer take less time than starting one.
 */
export const STAT_THREAD_FROM = 2000;

/** Which files the thread reads the statuses of, and whether it follows symbolic links. */
export interface StatusRequest {
  paths: readonly string[];
  follow: boolean;
}

/** Reads files' statuses (file-statuses.ts), on a thread or here. */
export interface StatusReader {
  /** The statuses of `paths`, read from the moment this is called, in the order asked. */
  read(paths: readonly string[], follow: boolean): Promise<Statuses>;
  close(): Promise<void>;
}

/**
 * A status reader on a thread running `script` (stat-worker.ts bundled), started now, or
 * here when `script` is null. Whatever goes wrong with the thread, the statuses are read
 * here instead, the moment it fails: still before the caller, which awaits them, reads
 * anything of the files.
 */
export function statusReader(script: string | null): StatusReader {
  if (script === null) return { read: async (paths, follow) => readStatuses(paths, follow), close: async () => {} };
  const thread = new ThreadPool<StatusRequest, Statuses>(script, 1);
  return {
    read: (paths, follow) =>
      thread.run({ paths, follow }).catch(() => {
        // The pool would start the thread again, to fail again: it is stopped, and refuses what is asked later.
        void thread.close();
        return readStatuses(paths, follow);
      }),
    close: () => thread.close(),
  };
}
