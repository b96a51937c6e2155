import { incidentCount } from '../../components/format-count';
import type { UrlFilters, UrlState } from '../../state/url-state';
import { UrlLink } from '../../state/url-link';
import type { YearSpan } from '../../analysis/year-span';
import { setKind, setYears, toggleOption } from '../../state/filter-actions';
import { filterChips } from '../../state/filter-chips';
import { YearRange } from '../shared/year-range';
import { AddOptionForm } from './add-option-form';
import { asState } from '../../state/cohort-filters';
import type { CohortName } from '../../state/cohort-filters';
import { CohortKind } from './cohort-kind';

interface CohortEditorProps {
  readonly name: CohortName;
  readonly filters: UrlFilters;
  /** Incidents in the cohort, once counted. */
  readonly size: number | null;
  /** The overview listing the cohort's incidents. */
  readonly list: UrlState;
  readonly span: YearSpan | null;
  readonly onChange: (filters: UrlFilters) => void;
}

/**
 * One cohort's own filters, edited with the overview's controls: option chips to remove,
 * an option to add, the year range and the kind. Every change goes to the URL.
 */
export function CohortEditor({ name, filters, size, list, span, onChange }: CohortEditorProps) {
  const title = `Cohort ${name.toUpperCase()}`;
  const chips = filterChips(asState(filters));
  const headingId = `cohort-${name}-heading`;
  return (
    <section className={`cohort-editor cohort-editor--${name}`} aria-labelledby={headingId}>
      <header className="cohort-editor__header">
        <h2 id={headingId}>{title}</h2>
        <p className="cohort-editor__size">
          {size === null ? 'Counting…' : incidentCount(size)} · <UrlLink to={list}>List them</UrlLink>
        </p>
      </header>
      {chips.length === 0 ? (
        <p className="cohort-editor__empty">No filter of its own: the whole selection.</p>
      ) : (
        <ul className="filter-chips__list" aria-label={`${title} filters`}>
          {chips.map((chip) => (
            <li key={chip.key} className="filter-chip">
              <span>{chip.label}</span>
              <button type="button" className="filter-chip__remove" aria-label={`Remove ${chip.label} from ${title}`} onClick={() => onChange(chip.without.filters)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddOptionForm
        cohortName={title}
        onAdd={(facet, option) => {
          if (!filters.facets[facet].selected.includes(option)) onChange(toggleOption(asState(filters), facet, option).filters);
        }}
      />
      <div className="cohort-editor__range">
        <YearRange years={filters.years} span={span} onChange={(years) => onChange(setYears(asState(filters), years).filters)} />
        <CohortKind kind={filters.kind} onChange={(kind) => onChange(setKind(asState(filters), kind).filters)} />
      </div>
    </section>
  );
}
