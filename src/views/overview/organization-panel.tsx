import { useId, useMemo, useState } from 'react';
import { popcountAnd } from '../../analysis/bitset';
import type { Bitset } from '../../analysis/bitset';
import { organizationCounts, organizationIndex } from '../../analysis/organizations';
import type { OrganizationColumns, OrganizationCount } from '../../analysis/organizations';
import { countOf, formatCount, incidentCount } from '../../components/format-count';
import { ReportText } from '../../components/report-text';
import { useRovingFocus } from '../../components/use-roving-focus';
import { toggleOrganization } from '../../state/filter-actions';
import { UrlLink } from '../../state/url-link';
import type { UrlState } from '../../state/url-state';
import { navigate } from '../../state/use-url-state';
import { OrganizationRoleBar, OrganizationRoleLegend, roleWords } from '../shared/organization-role-bar';

/** Bars the panel draws; the rest are one search away. */
const TOP = 12;
/** Rows the full list draws at once: a search narrows it. */
const LIST_LIMIT = 100;

const pageOf = (state: UrlState, name: string): UrlState => ({ ...state, view: 'organization', org: name, id: null, deck: null });

interface RowProps {
  readonly count: OrganizationCount;
  readonly name: string;
  readonly max: number;
  readonly selected: boolean;
  readonly state: UrlState;
}

/** One organization: the bar filters on it, the link beside opens its page. */
function OrganizationRow({ count, name, max, selected, state }: RowProps) {
  return (
    <li className="organization-bar">
      <button
        type="button"
        className="organization-bar__button"
        aria-pressed={selected}
        title={`${name}: ${incidentCount(count.incidents)}, ${roleWords(count)}`}
        onClick={() => navigate(toggleOrganization(state, name))}
      >
        <span className="organization-bar__name">
          <ReportText text={name} />
        </span>
        <OrganizationRoleBar count={count} max={max} />
        <span className="organization-bar__count">
          {formatCount(count.incidents)}
          <span className="visually-hidden"> incidents, {roleWords(count)}</span>
        </span>
      </button>
      <UrlLink to={pageOf(state, name)} className="organization-bar__page">
        Page<span className="visually-hidden"> of {name}</span>
      </UrlLink>
    </li>
  );
}

interface BarsProps {
  readonly counts: readonly OrganizationCount[];
  readonly columns: OrganizationColumns;
  readonly chosen: ReadonlySet<number>;
  readonly max: number;
  readonly label: string;
  readonly className: string;
  readonly state: UrlState;
}

/** A list of organization bars as one tab stop: the arrow keys move through each bar and its page link in turn. */
function OrganizationBars({ counts, columns, chosen, max, label, className, state }: BarsProps) {
  const roving = useRovingFocus<HTMLDivElement>('.organization-bar__button, .organization-bar__page');
  return (
    <div ref={roving.ref} role="toolbar" aria-label={label} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
      <ol className={className}>
        {counts.map((count) => (
          <OrganizationRow key={count.organization} count={count} name={columns.names[count.organization]} max={max} selected={chosen.has(count.organization)} state={state} />
        ))}
      </ol>
    </div>
  );
}

interface AllProps {
  readonly counts: readonly OrganizationCount[];
  readonly columns: OrganizationColumns;
  readonly chosen: ReadonlySet<number>;
  readonly state: UrlState;
}

/** Every organization of the selection, with a search box, drawn a hundred at a time, and only while the list is open. */
function AllOrganizations({ counts, columns, chosen, state }: AllProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (needle === '') return counts;
    return counts.filter(({ organization }) => columns.variants[organization].some((v) => columns.values[v].toLowerCase().includes(needle)) || columns.names[organization].toLowerCase().includes(needle));
  }, [counts, columns, query]);
  const max = counts[0]?.incidents ?? 1;
  return (
    <details className="organization-panel__all" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>All {countOf(counts.length, 'organization')}</summary>
      <label htmlFor={searchId} className="organization-panel__search-label">
        Find an organization (any way a report writes it)
      </label>
      <input id={searchId} type="search" className="organization-panel__search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <p className="muted" aria-live="polite">
        {matches.length === counts.length ? `${countOf(counts.length, 'organization')}, most incidents first.` : `${formatCount(matches.length)} of ${formatCount(counts.length)} organizations match.`}
        {matches.length > LIST_LIMIT && ` The first ${LIST_LIMIT} are listed; narrow the search for the others.`}
      </p>
      {open && (
        <OrganizationBars counts={matches.slice(0, LIST_LIMIT)} columns={columns} chosen={chosen} max={max} label="All organizations" className="organization-bars organization-bars--all" state={state} />
      )}
    </details>
  );
}

interface OrganizationPanelProps {
  readonly columns: OrganizationColumns;
  /** The selection without its organization filter, so picking one never hides the others. */
  readonly mask: Bitset;
  readonly state: UrlState;
}

/**
 * The organizations named most often in the selection, each bar split by role and
 * filtering on its organization, each with a link to its page, and every organization
 * one search away. An incident naming several organizations counts once for each, so the
 * bars are not parts of one whole; the panel says so.
 */
export function OrganizationPanel({ columns, mask, state }: OrganizationPanelProps) {
  const headingId = useId();
  const counts = useMemo(() => organizationCounts(columns, mask), [columns, mask]);
  const named = useMemo(() => popcountAnd(columns.named, mask), [columns, mask]);
  const chosen = useMemo(() => new Set(state.filters.organizations.map((name) => organizationIndex(columns, name))), [columns, state.filters.organizations]);
  const top = counts.slice(0, TOP);
  const max = top[0]?.incidents ?? 1;
  return (
    <section className="facet-panel organization-panel" aria-labelledby={headingId}>
      <header className="facet-panel__header">
        <h2 id={headingId} className="facet-panel__title">
          Organizations
        </h2>
        <p className="facet-panel__n">
          {countOf(counts.length, 'organization')} named in {incidentCount(named)}
        </p>
      </header>
      <p className="facet-panel__question">
        Incidents naming each organization, as responsible or impacted. An incident naming several organizations counts once for each, so the bars do not add up to the selection. Press a bar to
        filter on it.
      </p>
      {counts.length === 0 ? (
        <p className="muted">No incident of the selection names an organization.</p>
      ) : (
        <>
          <OrganizationRoleLegend />
          <OrganizationBars counts={top} columns={columns} chosen={chosen} max={max} label="Organizations named most often" className="organization-bars" state={state} />
          {counts.length > TOP && <p className="muted">The {TOP} named most often; {formatCount(counts.length - TOP)} more below.</p>}
          <AllOrganizations counts={counts} columns={columns} chosen={chosen} state={state} />
        </>
      )}
    </section>
  );
}
