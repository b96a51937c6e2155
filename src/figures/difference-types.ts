import type { FigureTarget } from './figure';

/** One option compared between two cohorts: both shares and B − A with its interval. */
export interface DifferenceRow {
  readonly key: string;
  readonly label: string;
  /** `unknown` or an option outside the vocabulary: written in italics. */
  readonly muted: boolean;
  /** "45%": the share in each cohort. */
  readonly aText: string;
  readonly bText: string;
  /** The incidents behind each share, where one set of filters can select them. */
  readonly aTarget: FigureTarget | null;
  readonly bTarget: FigureTarget | null;
  /** B − A and its 95% interval, as shares (−1 … 1). */
  readonly difference: number;
  readonly low: number;
  readonly high: number;
  readonly significant: boolean;
  /** Everything about the row in one sentence, for hover and screen readers. */
  readonly summary: string;
}

/** A facet's rows, largest difference first. */
export interface DifferenceGroup {
  readonly key: string;
  /** What the rows are options of: "Objective". */
  readonly name: string;
  readonly title: string;
  readonly rows: readonly DifferenceRow[];
}
