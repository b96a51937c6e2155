import type { Trend, TrendPoint } from './trend';

/** Analysed incidents of a point with more than one option: options counted minus incidents having any. */
function extraLabels(point: TrendPoint): number {
  const labels = point.options.reduce((total, option) => total + option.count, 0);
  return labels - (point.incidents - point.notAnalysed.count);
}

/**
 * Whether some incident of the trend (dated or not) has several options of the facet,
 * `unknown` beside an option included. Then its options' shares of a period sum past
 * 100% and stacking them says nothing true; stacked counts are counts of labels, not of
 * incidents. Read off the counts alone: every analysed incident has at least one option,
 * so the options' counts sum to the analysed incidents exactly when none has two.
 */
export function isMultiValued(trend: Trend): boolean {
  return [...trend.periods, trend.undated].some((point) => extraLabels(point) > 0);
}
