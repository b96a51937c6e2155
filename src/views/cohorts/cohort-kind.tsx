import type { KindFilter } from '../../analysis/filters';
import { KIND_NAMES } from '../../domain/kind-names';

const KINDS: readonly [KindFilter, string][] = [
  ['both', 'As the selection'],
  ['report', KIND_NAMES.report],
  ['article', KIND_NAMES.article],
];

const isKind = (value: string): value is KindFilter => KINDS.some(([kind]) => kind === value);

/**
 * A cohort's kind as a select. The overview's radio group cannot be used twice on one
 * page: both cohorts' radios would share a name and uncheck each other.
 */
export function CohortKind({ kind, onChange }: { readonly kind: KindFilter; readonly onChange: (kind: KindFilter) => void }) {
  return (
    <label className="filter-field facet-select">
      Kind
      <select
        value={kind}
        onChange={(event) => {
          if (isKind(event.target.value)) onChange(event.target.value);
        }}
      >
        {KINDS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
