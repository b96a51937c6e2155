import { figureLink } from '../../charts/figure-link';
import { TargetLink } from '../../charts/target-link';
import { denominatorName, intervalText, leftOutText, periodLabel } from '../../figures/trend-text';
import type { TrendDatum, TrendSeries } from '../../figures/trend-data';
import type { TrendFigure } from '../../figures/trend-figure';
import { formatCount } from '../../components/format-count';
import { wholePercent } from '../../components/format-share';


/**
 * "12 of 20 (60%, 39–78%)": every cell names its denominator, which within a row differs
 * once gaps are left out. A series left out of N has its count alone, its header says why.
 */
function cellText(datum: TrendDatum, series: TrendSeries): string {
  const cell = datum.cells[series.index];
  if (cell.share === null || cell.interval === null) return formatCount(cell.count);
  return `${formatCount(cell.count)} of ${denominatorName(series, datum)} (${wholePercent(cell.share)}, ${intervalText(cell.interval.low, cell.interval.high)})`;
}

/**
 * The trend's numbers per period and series: count of its denominator, share and 95%
 * interval, each count a link to its incidents; a period without incidents says so in
 * one cell. The keyboard and screen-reader way through the chart.
 */
export function TrendTable({ caption, figure }: { readonly caption: string; readonly figure: TrendFigure }) {
  // Every series, drawn or not: the table is where nothing is left out.
  const { data, series } = figure;
  return (
    <div className="table-scroll">
      <table className="numbers-table trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Incidents</th>
            <th scope="col">N (of the options’ shares)</th>
            {series.map((s) => (
              <th key={s.index} scope="col">
                {s.label}
                {data.some((datum) => !datum.empty && datum.cells[s.index].share === null) && ` (${leftOutText(s)})`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((datum) =>
            datum.empty ? (
              <tr key={datum.key}>
                <th scope="row">{periodLabel(datum.key)}</th>
                <td colSpan={series.length + 2} className="numbers-table__empty">
                  no incident
                </td>
              </tr>
            ) : (
              <tr key={datum.key} className={datum.lowN ? 'numbers-table__low-n' : undefined}>
                <th scope="row">
                  {periodLabel(datum.key)}
                  {datum.lowN && <span className="numbers-table__flag"> (low N)</span>}
                </th>
                <td>{datum.target === null ? formatCount(datum.incidents) : <TargetLink target={figureLink(datum.target)}>{formatCount(datum.incidents)}</TargetLink>}</td>
                <td>{formatCount(datum.n)}</td>
                {series.map((s) => {
                  const target = datum.targets[s.index];
                  return <td key={s.index}>{target === null ? cellText(datum, s) : <TargetLink target={figureLink(target)}>{cellText(datum, s)}</TargetLink>}</td>;
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
