import type { ShareBarRow } from '../figures/share-bar-row';
import { formatCount } from '../components/format-count';
import { rowShareText, shareText } from './share-text';

interface ShareTableProps {
  readonly caption: string;
  readonly rows: readonly ShareBarRow[];
  /** Show the table; hidden, it is still read by screen readers. */
  readonly shown?: boolean;
  /** Pressing an option's name does what pressing its bar does; only in a shown table. */
  readonly onToggle?: (key: string) => void;
}

const optionName = (row: ShareBarRow): string => (row.mark === 'extra' ? `${row.label} (not in the taxonomy)` : row.label);

/**
 * The numbers behind a share chart as a table. Hidden from sight by default, for screen
 * readers, which cannot read the lengths of bars; the hiding goes on a wrapper because a
 * table grows to fit its cells whatever width it is given. Shown, each option's name can
 * filter as its bar does, so the table's numbers lead to their incidents too.
 */
export function ShareTable({ caption, rows, shown = false, onToggle }: ShareTableProps) {
  const table = (
    <table className={shown ? 'numbers-table' : undefined}>
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
            <th scope="row">
              {shown && onToggle !== undefined ? (
                <button type="button" className="link-button" aria-pressed={row.pressed} onClick={() => onToggle(row.key)}>
                  {optionName(row)}
                </button>
              ) : (
                optionName(row)
              )}
            </th>
            <td>{formatCount(row.count)}</td>
            <td>{rowShareText(row)}</td>
            <td>{shareText(row.baselineShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return shown ? table : <div className="visually-hidden">{table}</div>;
}
