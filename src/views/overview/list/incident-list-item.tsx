import { NOT_ANALYSED } from '../../../domain/gap-keys';
import type { UrlState } from '../../../state/url-state';
import { UrlLink } from '../../../state/url-link';
import { rememberListRow } from '../../../state/list-return';
import { formatIsoDate, ymdToIso } from '../../../components/format-date';
import { OptionChip } from '../../../components/option-chip';
import { organizationsOfRow } from '../../../domain/schema';
import type { LabelledIndex } from '../../../domain/label-column';
import { FACETS, FACET_DISPLAY_ORDER } from '../../../domain/taxonomy';
import type { FacetId } from '../../../domain/taxonomy';
import { ReportText } from '../../../components/report-text';

/** The display order puts the four most asked-about facets first: a list row always shows those. */
const HEADLINE_FACETS = FACET_DISPLAY_ORDER.slice(0, 4);

/** The headline facets and every facet the selection is filtered on, in display order: a row shows why it is in the list. */
const rowFacets = (state: UrlState): FacetId[] =>
  FACET_DISPLAY_ORDER.filter((facet) => HEADLINE_FACETS.includes(facet) || state.filters.facets[facet].selected.length > 0);

const KIND_ARTICLE = 1;

function optionsOf(index: LabelledIndex, facet: FacetId, row: number): readonly string[] {
  const column = index.facets[facet];
  const combo = column.combos[column.rows[row]];
  return combo.length === 0 ? [NOT_ANALYSED] : combo.map((option) => column.options[option]);
}

interface IncidentListItemProps {
  readonly index: LabelledIndex;
  readonly row: number;
  /** The state the list shows, so the incident page keeps the selection for previous / next. */
  readonly state: UrlState;
  readonly terms: readonly string[];
}

/**
 * One incident of the list: title (linking to its page), date, organizations and, as
 * chips, the headline facets and the facets the selection is filtered on. Articles carry no classification, so they get no chips.
 */
export function IncidentListItem({ index, row, state, terms }: IncidentListItemProps) {
  const published = index.published[row];
  const { values, names, of } = index.organizations;
  const organizations = Array.from(organizationsOfRow(index.organizations, row), (value) => ({ written: values[value], name: names[of[value]] }));
  const isArticle = index.kind[row] === KIND_ARTICLE;
  return (
    <li className="incident-list__item">
      <UrlLink to={{ ...state, view: 'incident', id: index.id.at(row) }} className="incident-list__title" onLeave={() => rememberListRow(index.id.at(row))}>
        <ReportText text={index.title.at(row)} terms={terms} />
      </UrlLink>
      <span className="incident-list__meta muted">
        {published === 0 ? 'Date unknown' : formatIsoDate(ymdToIso(published))}
        {isArticle && ' · article, not analysed'}
      </span>
      {organizations.length > 0 && (
        <span className="incident-list__orgs">
          {organizations.map((organization, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              <UrlLink to={{ ...state, view: 'organization', org: organization.name, id: null }} className="incident-list__org" title={organization.written}>
                <ReportText text={organization.written} terms={terms} />
              </UrlLink>
            </span>
          ))}
        </span>
      )}
      {!isArticle && (
        <span className="incident-list__chips">
          {rowFacets(state).map((facet) => (
            <span key={facet} className="chips">
              <span className="visually-hidden">{FACETS[facet].name}: </span>
              {optionsOf(index, facet, row).map((option) => (
                <OptionChip key={option} facet={facet} option={option} />
              ))}
            </span>
          ))}
        </span>
      )}
    </li>
  );
}
