/**
 * How a bar is drawn: `option` in its colour, `unknown` in grey, `not-analysed` hatched,
 * `extra` (an option outside the vocabulary) with a dashed edge and a tag. The four never
 * differ in colour alone.
 */
export type ShareBarMark = 'option' | 'unknown' | 'not-analysed' | 'extra';

/** One bar of a share chart: a category, how many incidents have it and what share that is. */
export interface ShareBarRow {
  /** Passed back to `onToggle`; unique within a chart. */
  readonly key: string;
  readonly label: string;
  readonly mark: ShareBarMark;
  /** Any CSS colour, `var(--cat-3)` included. */
  readonly colour: string;
  readonly count: number;
  /** Share of the counted incidents in 0..1; null when the category is left out of the denominator, which draws no bar. */
  readonly share: number | null;
  /** What stands in for a null share: "left out of N" unless the row says which of its incidents are. */
  readonly leftOut?: string;
  /** The same share over every incident, for the faint comparison mark. */
  readonly baselineShare: number | null;
  /** The category is part of the active filter. */
  readonly pressed: boolean;
}
