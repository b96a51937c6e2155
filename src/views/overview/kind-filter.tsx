import type { KindFilter as Kind } from '../../analysis/filters';
import { KIND_NAMES } from '../../domain/kind-names';

const KINDS: readonly [Kind, string][] = [
  ['both', 'All'],
  ['report', KIND_NAMES.report],
  ['article', KIND_NAMES.article],
];

interface KindFilterProps {
  readonly kind: Kind;
  readonly onChange: (kind: Kind) => void;
}

/**
 * Where the incidents come from: reports, raw articles or both. A choice of source, not of
 * classification: a report can be unanalysed, which the headline says on its own.
 */
export function KindFilter({ kind, onChange }: KindFilterProps) {
  return (
    <fieldset className="filter-group kind-filter">
      <legend>Source</legend>
      {KINDS.map(([value, label]) => (
        <label key={value} className="filter-choice">
          <input type="radio" name="overview-kind" value={value} checked={kind === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
