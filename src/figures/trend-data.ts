import type { ShareWithInterval } from '../analysis/trend';
import type { MarkerShape } from './legend';

/**
 * How a series is drawn: `option` in its colour, `unknown` grey and dashed, `not-analysed`
 * light grey and dotted (hatched as a bar), `extra` (outside the vocabulary) dash-dotted.
 * The gaps never differ from the options in colour alone.
 */
export type SeriesMark = 'option' | 'unknown' | 'not-analysed' | 'extra';

/** One line, stack or small chart of a trend. `index` is its slot in every datum's arrays. */
export interface TrendSeries {
  readonly index: number;
  /** The option id, or `NOT_ANALYSED` for "not analysed". */
  readonly option: string;
  readonly label: string;
  /** Any CSS colour, `var(--cat-3)` included. */
  readonly colour: string;
  readonly mark: SeriesMark;
  /** Its points' shape, so lines of one colour family, or lying on one another, still read apart. */
  readonly marker: MarkerShape;
  /** Incidents with it over the whole span. */
  readonly total: number;
}

/** One period of a trend chart, with every series' numbers in series order. */
export interface TrendDatum {
  /** `2019`, `2019-Q2`, `2019-03`: the x-axis category. */
  readonly key: string;
  /** First and last day, YYYYMMDD. */
  readonly start: number;
  readonly end: number;
  readonly incidents: number;
  /** The shares' denominator: `incidents`, or fewer with gaps left out. */
  readonly n: number;
  /** N is below the threshold: shares swing with a single incident. */
  readonly lowN: boolean;
  /** No incident at all that period: no data, not a zero. */
  readonly empty: boolean;
  readonly cells: readonly ShareWithInterval[];
  /** What is plotted; null where nothing is (lines break there). */
  readonly values: readonly (number | null)[];
}
