import type { ChartLinkTarget } from './trend-types';

/** How a cell is coloured: by the size of its value, by the sign of its residual, or not at all (untested gaps). */
export type HeatTone = 'value' | 'positive' | 'negative' | 'none';

/** One row or column of a heatmap. */
export interface HeatLine {
  readonly key: string;
  readonly label: string;
  /** Gaps (unknown, not analysed) are written in italics. */
  readonly gap: boolean;
}

export interface HeatCell {
  /** The number in the cell: "12", "41.7%". */
  readonly text: string;
  /** A second, smaller line: the residual when cells are shaded by it. */
  readonly subtext: string | null;
  readonly tone: HeatTone;
  /** 0–1: how strongly the tone shows. */
  readonly intensity: number;
  /** Outlined as notable: |adjusted residual| > 1.96. */
  readonly notable: boolean;
  /** Lines of the hover and focus card, the first one its heading. */
  readonly tip: readonly string[];
  /** Null where the cell leads nowhere: in an image. */
  readonly target: ChartLinkTarget | null;
}

/** A margin: the distinct incidents of a line, which is not the sum of its cells when facets are multi-valued. */
export interface HeatMargin {
  readonly text: string;
  readonly target: ChartLinkTarget | null;
}

export interface HeatmapModel {
  readonly rowTitle: string;
  readonly colTitle: string;
  readonly rows: readonly HeatLine[];
  readonly cols: readonly HeatLine[];
  readonly cells: readonly (readonly HeatCell[])[];
  /** Present when the margins are drawn: one per row, one per column, and the grand total. */
  readonly margins: { readonly rows: readonly HeatMargin[]; readonly cols: readonly HeatMargin[]; readonly total: HeatMargin } | null;
}
