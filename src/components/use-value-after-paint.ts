import { startTransition, useEffect, useState } from 'react';

/**
 * `value` once the browser has painted the render that brought it, and until then the
 * value shown before (`initial` at first). What reads it is drawn in a render of its own
 * after that frame, one that gives way to the next input, so slow work of lesser
 * importance never holds back the frame that answers a click. A deferred value alone
 * would not do: React renders it in the next task, which runs before the frame.
 */
export function useValueAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown(() => value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
