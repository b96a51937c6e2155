/**
 * A Figure is everything one chart says, derived once from the dataset and the view
 * state: what it is called, what it counts and over which filters, what its marks are and
 * where each leads, how to read it, and what to be careful about. The screen, the slide,
 * the images and the CSV all take the same Figure, so none of them can say something the
 * others do not. Each chart kind extends `FigureFrame` with the marks it draws.
 */
import type { UrlState } from '../state/url-state';
import type { KnownChart } from './chart-descriptor';
import type { LegendItem } from './legend';

/** One field of a figure's table: text, a number, or an empty field (a value left out, never 0). */
export type TableValue = string | number | null;

/**
 * A fraction as a figure's table holds it: six decimals keep 1 in a million apart and
 * drop the float noise of 1/3; a value left out (null) stays an empty field, never 0.
 */
export const tableFraction = (value: number | null | undefined): number | null => (value == null ? null : Number(value.toFixed(6)));

/** The chart's numbers as a table: what the CSV holds and what a reader can check the marks against. */
export interface FigureTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableValue[])[];
}

/** N and what it counts, in words that finish "N = 36 …": "incidents", "incidents with phase analysed". */
export interface FigureCount {
  readonly value: number;
  readonly counts: string;
}

/** A mark's drill-down: the view listing exactly the incidents the mark counts, and what it says about them. */
export interface FigureTarget {
  readonly state: UrlState;
  /** "Design, 2019: 12 of 20 incidents. List them". */
  readonly label: string;
}

export interface FigureFrame {
  readonly chart: KnownChart;
  readonly title: string;
  /** The question the chart answers or how it is measured; null when the title says it all. */
  readonly subtitle: string | null;
  readonly n: FigureCount;
  /** What every share or cell is a part of, in one sentence. */
  readonly denominator: string;
  /** The view's filters as clauses ("Objective = malicious"); empty means all incidents. */
  readonly filters: readonly string[];
  /** The publication span of the incidents N counts, YYYYMMDD; null when none is dated. */
  readonly published: { readonly first: number | null; readonly last: number | null };
  /** The dataset build the numbers come from. */
  readonly build: string;
  readonly legend: readonly LegendItem[];
  /** What could mislead a reader who skips them: small samples, overlapping cohorts, a test that does not hold. */
  readonly warnings: readonly string[];
  /** How the numbers were counted, where a reader could otherwise guess wrong. */
  readonly notes: readonly string[];
  /** Test results, one line each: "χ²(4) = 12.3, p = 0.02 · Cramér’s V = 0.31". */
  readonly statistics: readonly string[];
  readonly table: FigureTable;
}
