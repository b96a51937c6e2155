import { useCallback, useRef, useState } from 'react';
import type { RefCallback } from 'react';

/**
 * The width of an element in CSS pixels, kept current with a ResizeObserver, for charts
 * that lay out text themselves and so cannot simply be scaled to fit. `fallback` is used
 * until the first measurement and where nothing can be measured (no ResizeObserver, no
 * layout), so a chart always has a size to draw at.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefCallback<T>, number] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (node === null || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry.contentRect.width);
      setWidth(measured > 0 ? measured : null);
    });
    observer.current.observe(node);
  }, []);
  return [ref, width ?? fallback];
}
