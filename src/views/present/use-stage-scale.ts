import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/** A slide is laid out at this size and scaled to its stage, as slide files are. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/**
 * How much a 1920 × 1080 slide must be scaled to fit the stage whole: the same slide,
 * never cropped or reflowed, on a laptop, a projector or beside the presenter's panel.
 */
export function useStageScale(stage: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = stage.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width > 0 && height > 0) setScale(Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage]);
  return scale;
}
