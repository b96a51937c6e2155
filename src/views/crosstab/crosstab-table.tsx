import { figureLink } from '../../charts/figure-link';
import { TargetLink } from '../../charts/target-link';
import { formatCount, formatDecimal } from '../../components/format-count';
import { formatShare } from '../../components/format-share';
import type { CrosstabFigure } from '../../figures/crosstab-figure';
import { signed } from '../../components/stat-text';

/**
 * Every cell of the heatmap as a row: both options, the count (a link to the incidents),
 * the three shares, the expected count and the residual. The keyboard and screen-reader
 * way through the table, one pair per line.
 */
export function CrosstabTable({ figure }: { readonly figure: CrosstabFigure }) {
  return (
    <div className="table-scroll">
      <table className="numbers-table">
        <caption>
          {figure.rowTitle} × {figure.colTitle}: every pair of options
        </caption>
        <thead>
          <tr>
            <th scope="col">{figure.rowTitle}</th>
            <th scope="col">{figure.colTitle}</th>
            <th scope="col">Incidents</th>
            <th scope="col">Row % (of the row option’s incidents)</th>
            <th scope="col">Column % (of the column option’s incidents)</th>
            <th scope="col">Overall % (of {formatCount(figure.n.value)})</th>
            <th scope="col">Expected (row total × column total ÷ tested incidents)</th>
            <th scope="col">Adjusted residual</th>
          </tr>
        </thead>
        <tbody>
          {figure.cells.flatMap((cells, i) =>
            cells.map((cell, j) => (
              <tr key={`${cell.row.key}|${cell.col.key}`}>
                <th scope="row">{figure.rows[i].label}</th>
                <td className="numbers-table__text">{figure.cols[j].label}</td>
                <td>
                  <TargetLink target={figureLink(cell.target)}>{formatCount(cell.count)}</TargetLink>
                </td>
                <td>{formatShare(cell.rowShare)}</td>
                <td>{formatShare(cell.colShare)}</td>
                <td>{formatShare(cell.overallShare)}</td>
                <td>{cell.expected === null || cell.expectedFrom === null ? 'not tested' : `${formatDecimal(cell.expected, 1)} = ${formatCount(cell.expectedFrom.row)} × ${formatCount(cell.expectedFrom.col)} ÷ ${formatCount(cell.expectedFrom.n)}`}</td>
                <td>{cell.residual !== null ? signed(cell.residual) : cell.expected === null ? 'not tested' : 'none: a line holds every incident'}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
