import { formatCount } from '../../components/format-count';
import type { BuildSummary } from '../../domain/schema';

const COUNTS: readonly [keyof BuildSummary, string][] = [
  ['inputs', 'Inputs read'],
  ['incidents', 'Incidents'],
  ['duplicates', 'Duplicates merged'],
  ['skipped', 'Inputs skipped'],
  ['warnings', 'Warnings'],
];

/** The prebuild's totals, the first thing to check after a build. */
export function BuildSummaryCounts({ summary }: { readonly summary: BuildSummary }) {
  return (
    <dl className="stat-list" aria-label="Build summary">
      {COUNTS.map(([key, label]) => (
        <div key={key} className="stat">
          <dt className="stat__label">{label}</dt>
          <dd className="stat__value">{formatCount(summary[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
