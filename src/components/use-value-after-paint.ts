import { startTransition, useDeferredValue, useEffect, useState } from 'react';

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

/**
 * `value` for work of lesser importance, which waits for the frame before it: null until
 * the browser has painted the render that first brought `value`, then `value` in renders
 * that give way to input (a deferred value). A deferred value alone would be rendered in
 * the next task, before the frame, and hold it back.
 */
export function useValueAfterFirstPaint<T>(value: T): T | null {
  const painted = useValueAfterPaint(true, false);
  return useDeferredValue<T | null>(painted ? value : null, null);
}
