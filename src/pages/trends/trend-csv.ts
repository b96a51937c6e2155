import { toCsv } from '../../export/csv';
import type { CsvValue } from '../../export/csv';
import type { TrendDatum, TrendSeries } from '../../charts/trend-types';

/**
 * The trend's numbers, one record per period and series (long format, which every
 * spreadsheet pivots): counts, the share's denominator, share and 95% Wilson limits.
 */
export function trendCsv(data: readonly TrendDatum[], series: readonly TrendSeries[]): string {
  const rows: CsvValue[][] = data.flatMap((datum) =>
    series.map((s) => {
      const cell = datum.cells[s.index];
      const denominator = s.mark === 'not-analysed' ? datum.incidents : datum.n;
      return [datum.key, datum.incidents, denominator, datum.lowN ? 'yes' : 'no', s.option, cell.count, cell.share, cell.interval?.low ?? null, cell.interval?.high ?? null];
    }),
  );
  return toCsv(['period', 'incidents', 'denominator', 'low_n', 'option', 'count', 'share', 'ci95_low', 'ci95_high'], rows);
}

/** Incidents per period, with the periods too small to read a share from marked. */
export function periodTotalsCsv(data: readonly TrendDatum[]): string {
  return toCsv(['period', 'incidents', 'low_n'], data.map((datum) => [datum.key, datum.incidents, datum.lowN ? 'yes' : 'no']));
}
