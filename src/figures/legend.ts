/** The shape of a line's points, so lines of one colour family, or lying on one another, still read apart. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';

/**
 * How a legend entry is drawn: a line (solid, dashed or dotted), a filled box, an outline,
 * a hatched box, a low-N pattern, an interval bar, or a ring (a notable cell).
 */
export type LegendSwatch = 'line' | 'dash' | 'dot' | 'dash-dot' | 'box' | 'outline' | 'hatch' | 'lown' | 'whisker' | 'ring';

/** One entry of a chart's legend: what a mark looks like and what it means. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly swatch: LegendSwatch;
  /** A point marker drawn on a line swatch, as the series' points are drawn. */
  readonly marker?: MarkerShape;
  /** Any CSS colour; unused by the patterned swatches. */
  readonly colour?: string;
}
