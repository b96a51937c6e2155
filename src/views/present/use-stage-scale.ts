import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../export/slide-svg';


/**
 * How much a slide, laid out at the size of the slide files (1920 × 1080), must be scaled to fit the stage whole: the same slide,
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
