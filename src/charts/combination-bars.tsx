import type { CSSProperties } from 'react';
import { formatCount } from '../components/format-count';
import { TargetLink } from './target-link';
import { useRovingFocus } from '../components/use-roving-focus';
import type { ChartLinkTarget } from './trend-types';

export interface CombinationColumn {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

export interface CombinationRow {
  readonly key: string;
  /** The column keys in this exact set. */
  readonly members: readonly string[];
  /** The set in words: "crash + omission". */
  readonly label: string;
  readonly count: number;
  readonly share: number;
  readonly shareText: string;
  readonly target: ChartLinkTarget;
}

interface CombinationBarsProps {
  readonly caption: string;
  readonly columns: readonly CombinationColumn[];
  readonly rows: readonly CombinationRow[];
}

/**
 * An UpSet-style list: one row per exact set of options, a dot in each option's column
 * that is in the set, and a bar of how many incidents have exactly
 * that set. Sets partition the incidents, unlike option counts, so the bars add up.
 * A real table: screen readers get the set in words, sighted readers the dots. Its
 * links are one tab stop, Up and Down moving from set to set.
 */
export function CombinationBars({ caption, columns, rows }: CombinationBarsProps) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  const roving = useRovingFocus<HTMLTableElement>('a', 'vertical');
  return (
    <div className="table-scroll">
      <table ref={roving.ref} className="upset" onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="upset__option">
                <span>{column.label}</span>
              </th>
            ))}
            <th scope="col" className="upset__count-head">
              Incidents with exactly this set
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {columns.map((column) => {
                const member = row.members.includes(column.key);
                return (
                  <td key={column.key} className="upset__dot-cell" aria-hidden="true">
                    <span className={member ? 'upset__dot upset__dot--on' : 'upset__dot'} style={{ '--dot': column.colour } as CSSProperties} />
                  </td>
                );
              })}
              <td className="upset__bar-cell">
                <span className="visually-hidden">{row.label}: </span>
                <span className="upset__track" aria-hidden="true">
                  <span className="upset__bar" style={{ width: `${(row.count / max) * 100}%` }} />
                </span>
                <TargetLink target={row.target} className="upset__value">
                  {formatCount(row.count)} ({row.shareText})
                </TargetLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
