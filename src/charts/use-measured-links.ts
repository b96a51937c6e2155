import { useCallback } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { useRovingFocus } from '../components/use-roving-focus';
import { useElementWidth } from './use-element-width';

interface MeasuredLinks {
  /** For the chart's box: measured for its width, and holding the links the arrow keys move between. */
  readonly ref: (node: HTMLDivElement | null) => void;
  readonly width: number;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onFocus: (event: FocusEvent) => void;
}

/**
 * A chart laid out to its box's width whose marks are links, one tab stop for all of
 * them: the two hooks share the box, so one callback ref feeds both.
 */
export function useMeasuredLinks(fallbackWidth: number): MeasuredLinks {
  const [measure, width] = useElementWidth<HTMLDivElement>(fallbackWidth);
  const roving = useRovingFocus<HTMLDivElement>('a');
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      measure(node);
      roving.ref.current = node;
    },
    [measure, roving.ref],
  );
  return { ref, width, onKeyDown: roving.onKeyDown, onFocus: roving.onFocus };
}
