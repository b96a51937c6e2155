import { periodLabel } from '../../charts/trend-text';
import { wholePercent } from '../../components/format-share';
import type { ChartLinkTarget, TrendDatum, TrendSeries } from '../../charts/trend-types';
import { TargetLink } from '../../charts/target-link';

interface TrendTableProps {
  readonly caption: string;
  readonly data: readonly TrendDatum[];
  /** Every series, drawn or not: the table is where nothing is left out. */
  readonly series: readonly TrendSeries[];
  readonly linkFor: (datum: TrendDatum, series: TrendSeries) => ChartLinkTarget;
  readonly periodLink: (datum: TrendDatum) => ChartLinkTarget;
}

function cellText(datum: TrendDatum, series: TrendSeries): string {
  const cell = datum.cells[series.index];
  if (cell.share === null || cell.interval === null) return String(cell.count);
  return `${cell.count} (${wholePercent(cell.share)}, ${Math.round(cell.interval.low * 100)}–${wholePercent(cell.interval.high)})`;
}

/**
 * The trend's numbers per period and series: count, share and 95% interval, each count a
 * link to its incidents. The keyboard and screen-reader way through the chart.
 */
export function TrendTable({ caption, data, series, linkFor, periodLink }: TrendTableProps) {
  return (
    <div className="table-scroll">
      <table className="numbers-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Incidents</th>
            <th scope="col">N</th>
            {series.map((s) => (
              <th key={s.index} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((datum) => (
            <tr key={datum.key} className={datum.lowN ? 'numbers-table__low-n' : undefined}>
              <th scope="row">
                {periodLabel(datum.key)}
                {datum.lowN && <span className="numbers-table__flag"> (low N)</span>}
              </th>
              <td>
                <TargetLink target={periodLink(datum)}>{datum.incidents}</TargetLink>
              </td>
              <td>{datum.n}</td>
              {series.map((s) => (
                <td key={s.index}>{datum.cells[s.index].count === 0 ? cellText(datum, s) : <TargetLink target={linkFor(datum, s)}>{cellText(datum, s)}</TargetLink>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
