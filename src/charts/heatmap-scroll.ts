import type { HeatmapLayout } from './heatmap-layout';

/** What a scrolling box reports of itself, in CSS pixels. */
export interface ScrollBox {
  readonly scrollLeft: number;
  readonly clientWidth: number;
  readonly scrollWidth: number;
}

/** Which columns a sideways-scrolled heatmap shows, and on which sides more is hidden. */
export interface HeatmapScroll {
  readonly moreBefore: boolean;
  readonly moreAfter: boolean;
  /** The first and last columns in view, counted from 1. */
  readonly first: number;
  readonly last: number;
  /** Said above the table: where the hidden columns are and which ones are in view. */
  readonly hint: string;
}

/** Scrolling within a pixel of an end counts as at that end: browsers round fractional scroll positions. */
const SLACK = 1;

/**
 * Where the reader is in a table wider than its box, or null when the whole table fits.
 * The row labels stay at the left over `labelWidth` pixels, so a column counts as in
 * view when it lies whole in the rest of the box; a column wider than that rest counts
 * when any of it shows.
 */
export function heatmapScroll(box: ScrollBox, layout: Pick<HeatmapLayout, 'labelWidth' | 'cellWidth'>, columns: number): HeatmapScroll | null {
  if (columns === 0 || box.scrollWidth <= box.clientWidth + SLACK) return null;
  const { labelWidth: lw, cellWidth: cw } = layout;
  const start = box.scrollLeft;
  const end = box.scrollLeft + box.clientWidth - lw;
  let first = Math.max(0, Math.ceil((start - SLACK) / cw));
  let last = Math.min(columns - 1, Math.floor((end + SLACK) / cw) - 1);
  if (last < first) {
    first = Math.min(columns - 1, Math.max(0, Math.floor(start / cw)));
    last = first;
  }
  const moreBefore = box.scrollLeft > SLACK;
  const moreAfter = box.scrollLeft + box.clientWidth < box.scrollWidth - SLACK;
  return { moreBefore, moreAfter, first: first + 1, last: last + 1, hint: hintOf(first + 1, last + 1, columns, moreAfter) };
}

/** The hint's words; past the last column only the "All" margin can be hidden, and before the first nothing. */
function hintOf(first: number, last: number, columns: number, moreAfter: boolean): string {
  const shown = first === last ? `column ${first}` : `columns ${first}–${last}`;
  const whole = first === 1 && last === columns;
  if (moreAfter) return whole ? `Scroll sideways for the totals (all ${columns} columns in view)` : `Scroll sideways for all ${columns} columns (${shown} in view)`;
  return first === 1 ? `Scroll back to the start (${whole ? `all ${columns} columns` : shown} in view)` : `Scroll back for the first ${first - 1} of ${columns} columns (${shown} in view)`;
}
