import { useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { gridStep } from './grid-step';
import type { GridSpot } from './grid-step';
import type { SpotOf } from './heatmap-margins';

/** The grid place of the mark an event came from, read from its `data-spot="row:col"`. */
function spotOfEvent(target: EventTarget): GridSpot | null {
  const holder = target instanceof Element ? target.closest('[data-spot]') : null;
  const [row, col] = (holder?.getAttribute('data-spot') ?? '').split(':').map(Number);
  return Number.isInteger(row) && Number.isInteger(col) ? { row, col } : null;
}

/**
 * A roving tab stop over a grid of links: Tab reaches the grid once, at the mark last
 * focused (the first at the start), and arrow keys, Home and End move between marks. The
 * marks carry `data-spot`; `spotOf` tells each its place and whether it is the tab stop.
 */
export function useGridFocus(rows: number, cols: number): {
  readonly spotOf: SpotOf;
  readonly onFocus: (event: FocusEvent<Element>) => void;
  readonly onKeyDown: (event: KeyboardEvent<Element>) => void;
} {
  const [at, setAt] = useState<GridSpot>({ row: 0, col: 0 });
  // The table can shrink under the remembered place when its facets change.
  const row = Math.max(0, Math.min(at.row, rows - 1));
  const col = Math.max(0, Math.min(at.col, cols - 1));
  const spotOf: SpotOf = (i, j) => ({ spot: `${i}:${j}`, tabStop: i === row && j === col });
  const onFocus = (event: FocusEvent<Element>) => {
    const spot = spotOfEvent(event.target);
    if (spot !== null) setAt(spot);
  };
  const onKeyDown = (event: KeyboardEvent<Element>) => {
    const from = spotOfEvent(event.target);
    const next = from && gridStep(event.key, from, rows, cols, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    setAt(next);
    event.currentTarget.querySelector<SVGAElement>(`[data-spot="${next.row}:${next.col}"] a`)?.focus();
  };
  return { spotOf, onFocus, onKeyDown };
}
