import { useId, useState } from 'react';
import { NOT_ANALYSED } from '../../domain/gap-keys';
import { FACETS, UNKNOWN } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import { FacetSelect } from '../shared/facet-select';
import { optionLabel } from '../../domain/option-label';

interface AddOptionFormProps {
  /** "Cohort A": names the button for screen readers, since each cohort has one. */
  readonly cohortName: string;
  readonly onAdd: (facet: FacetId, option: string) => void;
}

const optionsOf = (facet: FacetId): string[] => [...FACETS[facet].options.map((o) => o.id), UNKNOWN, NOT_ANALYSED];

/**
 * Picks one facet option to add to a cohort. What is being picked is form state, kept
 * here until Add; the cohort itself lives in the URL.
 */
export function AddOptionForm({ cohortName, onAdd }: AddOptionFormProps) {
  const [facet, setFacet] = useState<FacetId>('objective');
  const [option, setOption] = useState<string>(optionsOf('objective')[0]);
  const optionId = useId();
  return (
    <form
      className="add-option"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(facet, option);
      }}
    >
      <FacetSelect
        label="Facet"
        value={facet}
        onChange={(next) => {
          setFacet(next);
          setOption(optionsOf(next)[0]);
        }}
      />
      <label className="filter-field facet-select" htmlFor={optionId}>
        Option
        <select id={optionId} value={option} onChange={(event) => setOption(event.target.value)}>
          {optionsOf(facet).map((id) => (
            <option key={id} value={id}>
              {optionLabel(facet, id)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--quiet" aria-label={`Add this option to ${cohortName}`}>
        Add
      </button>
    </form>
  );
}
