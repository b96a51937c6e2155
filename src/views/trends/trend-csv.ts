import { toCsv } from '../../export/csv';
import type { CsvValue } from '../../export/csv';
import type { TrendDatum, TrendSeries } from '../../figures/trend-data';

/** What a series' share in a period is a share of: N, or every incident for "not analysed". */
const denominatorOf = (series: TrendSeries, datum: TrendDatum): string =>
  series.mark === 'not-analysed' || datum.n === datum.incidents ? 'incidents of the period' : 'N (gaps left out)';

/**
 * The trend's numbers, one record per period and series (long format, which every
 * spreadsheet pivots): counts, the share's denominator and what it counts, share and 95%
 * Wilson limits. Series are named as the chart names them, "not analysed" included; a
 * period without incidents says so instead of a row of zeros.
 */
export function trendCsv(data: readonly TrendDatum[], series: readonly TrendSeries[]): string {
  const rows: CsvValue[][] = data.flatMap((datum) =>
    datum.empty
      ? [[datum.key, 0, null, 'no incident', null, null, null, null, null, null]]
      : series.map((s) => {
          const cell = datum.cells[s.index];
          const denominator = s.mark === 'not-analysed' ? datum.incidents : datum.n;
          return [datum.key, datum.incidents, denominator, denominatorOf(s, datum), datum.lowN ? 'yes' : 'no', s.label, cell.count, cell.share, cell.interval?.low ?? null, cell.interval?.high ?? null];
        }),
  );
  return toCsv(['period', 'incidents', 'denominator', 'denominator_counts', 'low_n', 'option', 'count', 'share', 'ci95_low', 'ci95_high'], rows);
}

/** Incidents per period, with the periods too small to read a share from marked. */
export function periodTotalsCsv(data: readonly TrendDatum[]): string {
  return toCsv(['period', 'incidents', 'low_n'], data.map((datum) => [datum.key, datum.incidents, datum.empty ? 'no incident' : datum.lowN ? 'yes' : 'no']));
}
