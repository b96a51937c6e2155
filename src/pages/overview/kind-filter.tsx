import type { KindFilter as Kind } from '../../analysis/filters';

const KINDS: readonly [Kind, string][] = [
  ['both', 'All'],
  ['report', 'Analysed reports'],
  ['article', 'Unclassified articles'],
];

interface KindFilterProps {
  readonly kind: Kind;
  readonly onChange: (kind: Kind) => void;
}

/** Reports carry a classification and articles do not: a choice between all, either or the other. */
export function KindFilter({ kind, onChange }: KindFilterProps) {
  return (
    <fieldset className="filter-group kind-filter">
      <legend>Kind</legend>
      {KINDS.map(([value, label]) => (
        <label key={value} className="filter-choice">
          <input type="radio" name="overview-kind" value={value} checked={kind === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
