import type { TrendDatum, TrendSeries } from './trend-data';

/**
 * Series whose lines lie on one another: the same plotted value in every period where
 * either is drawn, and drawn in at least one. Each group is in series order, groups by
 * their first member. A line drawn exactly under another disappears, so these are named
 * in a note and drawn apart (wider underneath, distinct markers).
 */
export function coincidingSeries(series: readonly TrendSeries[], data: readonly TrendDatum[]): TrendSeries[][] {
  const drawn = series.filter((s) => data.some((datum) => datum.values[s.index] !== null));
  const key = (s: TrendSeries) => data.map((datum) => datum.values[s.index] ?? '').join('|');
  const groups = new Map<string, TrendSeries[]>();
  for (const s of drawn) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return [...groups.values()].filter((group) => group.length > 1);
}

/** The series sharing one value in one period, where a tooltip says which points are one on another. */
export function tiedInPeriod(series: readonly TrendSeries[], datum: TrendDatum): TrendSeries[][] {
  const byValue = new Map<number, TrendSeries[]>();
  for (const s of series) {
    const value = datum.values[s.index];
    if (value !== null) byValue.set(value, [...(byValue.get(value) ?? []), s]);
  }
  return [...byValue.values()].filter((group) => group.length > 1);
}
