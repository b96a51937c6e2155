import type { LegendItem, LegendSwatch } from './legend';
import type { TrendSeries } from './trend-data';

const LINE_SWATCH: Record<TrendSeries['mark'], LegendSwatch> = { option: 'line', unknown: 'dash', 'not-analysed': 'dot', extra: 'dash-dot' };

interface TrendLegendOptions {
  readonly layout: 'lines' | 'stacked' | 'multiples';
  readonly measure: 'share' | 'count';
  readonly showIntervals: boolean;
  readonly lowNThreshold: number;
  /** Some period has fewer incidents than the threshold, so the chart hatches it. */
  readonly someLowN: boolean;
}

/**
 * The entries that explain a trend chart: every series, then the band, the bars and the
 * lines it draws, the hatching only where some period is hatched. Small multiples title
 * each panel with its series, so their legend explains only the hatching, the hollow
 * points and the interval band.
 */
export function trendLegendItems(series: readonly TrendSeries[], { layout, measure, showIntervals, lowNThreshold, someLowN }: TrendLegendOptions): LegendItem[] {
  if (layout === 'multiples') {
    return [
      ...(someLowN ? [{ key: 'low-n', label: `N below ${lowNThreshold}: hatched, hollow points`, swatch: 'lown' as const }] : []),
      ...(measure === 'share' ? [{ key: 'band', label: '95% interval (band)', swatch: 'box' as const, colour: 'var(--colour-unknown)' }] : []),
    ];
  }
  const items: LegendItem[] = series.map((s) => ({
    key: `series-${s.index}`,
    label: s.mark === 'extra' ? `${s.label} (not in taxonomy)` : s.label,
    swatch: layout === 'stacked' ? (s.mark === 'not-analysed' ? 'hatch' : 'box') : LINE_SWATCH[s.mark],
    colour: s.colour,
    ...(layout === 'lines' && { marker: s.marker }),
  }));
  if (someLowN) items.push({ key: 'low-n', label: `N below ${lowNThreshold}`, swatch: 'lown' });
  if (showIntervals && measure === 'share' && layout !== 'stacked') {
    items.push({ key: 'interval', label: '95% interval', swatch: 'whisker', colour: 'var(--ink-muted)' });
  }
  if (layout === 'stacked' && measure === 'count') items.push({ key: 'incidents', label: 'Incidents', swatch: 'dash', colour: 'var(--ink)' });
  return items;
}
