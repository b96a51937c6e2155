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
  /**
   * For the unknown bar with gaps left out of N: how many of its incidents answer only
   * unknown, the ones N leaves out (the others have an option too and stay in N).
   */
  readonly onlyUnknown?: number;
  /** The same share over every incident, for the faint comparison mark. */
  readonly baselineShare: number | null;
  /** The category is part of the active filter. */
  readonly pressed: boolean;
}
