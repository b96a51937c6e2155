import type { ShareBarRow } from './share-bar-row';
import { formatCount, shareText } from './share-text';

interface ShareTableProps {
  readonly caption: string;
  readonly rows: readonly ShareBarRow[];
}

/**
 * The numbers behind a share chart as a table, hidden from sight but read by screen
 * readers, which cannot read the lengths of bars. The hiding goes on a wrapper because a
 * table grows to fit its cells whatever width it is given.
 */
export function ShareTable({ caption, rows }: ShareTableProps) {
  return (
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Incidents</th>
            <th scope="col">Share</th>
            <th scope="col">Share of all incidents</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.mark === 'extra' ? `${row.label} (not in the taxonomy)` : row.label}</th>
              <td>{formatCount(row.count)}</td>
              <td>{shareText(row.share)}</td>
              <td>{shareText(row.baselineShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
