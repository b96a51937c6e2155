import type { HeatmapModel } from '../../charts/heatmap-types';
import { formatShare } from '../../components/format-share';
import { TargetLink } from '../../charts/target-link';
import { signed } from '../../figures/stat-text';
import type { CrosstabCells } from '../../figures/crosstab-cells';
import { formatCount, formatDecimal } from '../../components/format-count';


interface CrosstabTableProps {
  readonly figures: CrosstabCells;
  readonly model: HeatmapModel;
}

/**
 * Every cell of the heatmap as a row: both options, the count (a link to the incidents),
 * the three shares, the expected count and the residual. The keyboard and screen-reader
 * way through the table, one pair per line.
 */
export function CrosstabTable({ figures, model }: CrosstabTableProps) {
  return (
    <div className="table-scroll">
      <table className="numbers-table">
        <caption>
          {model.rowTitle} × {model.colTitle}: every pair of options
        </caption>
        <thead>
          <tr>
            <th scope="col">{model.rowTitle}</th>
            <th scope="col">{model.colTitle}</th>
            <th scope="col">Incidents</th>
            <th scope="col">Row % (of the row option’s incidents)</th>
            <th scope="col">Column % (of the column option’s incidents)</th>
            <th scope="col">Overall % (of {formatCount(figures.table.n)})</th>
            <th scope="col">Expected (row total × column total ÷ tested incidents)</th>
            <th scope="col">Adjusted residual</th>
          </tr>
        </thead>
        <tbody>
          {figures.cells.flatMap((cells, i) =>
            cells.map((cell, j) => (
              <tr key={`${cell.row.key}|${cell.col.key}`}>
                <th scope="row">{model.rows[i].label}</th>
                <td className="numbers-table__text">{model.cols[j].label}</td>
                <td>
                  <TargetLink target={model.cells[i][j].target}>{formatCount(cell.count)}</TargetLink>
                </td>
                <td>{formatShare(cell.rowShare)}</td>
                <td>{formatShare(cell.colShare)}</td>
                <td>{formatShare(cell.overallShare)}</td>
                <td>{cell.expected === null || cell.expectedFrom === null ? 'not tested' : `${formatDecimal(cell.expected, 1)} = ${formatCount(cell.expectedFrom.row)} × ${formatCount(cell.expectedFrom.col)} ÷ ${formatCount(cell.expectedFrom.n)}`}</td>
                <td>{cell.residual === null ? 'not tested' : signed(cell.residual)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
