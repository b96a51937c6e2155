import { FACETS, FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';

interface FacetSelectProps {
  readonly label: string;
  readonly value: FacetId;
  readonly onChange: (facet: FacetId) => void;
}

const isFacet = (value: string): value is FacetId => Object.hasOwn(FACETS, value);

/** A labelled choice of facet, in the order the overview shows its panels. */
export function FacetSelect({ label, value, onChange }: FacetSelectProps) {
  return (
    <label className="filter-field facet-select">
      {label}
      <select
        value={value}
        onChange={(event) => {
          if (isFacet(event.target.value)) onChange(event.target.value);
        }}
      >
        {FACET_DISPLAY_ORDER.map((facet) => (
          <option key={facet} value={facet}>
            {FACETS[facet].name}
          </option>
        ))}
      </select>
    </label>
  );
}
