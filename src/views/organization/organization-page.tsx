import { organizationRolesOfRow, organizationsOfRow } from '../../domain/schema';
import { useMemo } from 'react';
import { andNot } from '../../analysis/bitset';
import { compareCohorts } from '../../analysis/cohort-comparison';
import { organizationCounts, organizationIndex, organizationRows } from '../../analysis/organizations';
import { formatCount, incidentCount } from '../../components/format-count';
import { formatIsoDate, ymdToIso } from '../../components/format-date';
import { LoadError } from '../../components/load-error';
import { ReportText } from '../../components/report-text';
import { Skeleton } from '../../components/skeleton';
import { useIndex } from '../../data/get-index';
import { periodTotalsFigure } from '../../figures/period-totals-figure';
import { toggleOrganization } from '../../state/filter-actions';
import { useFigureInput } from '../../state/figure-input';
import { UrlLink } from '../../state/url-link';
import type { UrlState } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';
import { FilterChipBar } from '../shared/filter-chip-bar';
import { PeriodTotalsSection } from '../shared/period-totals-section';
import { OrganizationRoleBar, OrganizationRoleLegend, roleWords } from '../shared/organization-role-bar';
import { OrganizationProfile } from './organization-profile';

/** Incidents the page lists; the overview lists them all. */
const LIST_LIMIT = 50;

/** Indexed by role bits: 1 responsible, 2 impacted, 3 both. */
const ROLE_NAMES = ['', 'named as responsible', 'named as impacted', 'named as responsible and impacted'] as const;

/**
 * One organization: its name and the ways reports write it, how often it is named as
 * responsible and as impacted, its incidents, how they differ facet by facet from the
 * rest of the selection, and how many it had each year. Counted over the selection
 * without its organization filter, so the comparison always has a rest.
 */
export function OrganizationPage() {
  const { state, navigate } = useUrlState();
  const name = state.org ?? '';
  const index = useIndex();
  const { input, selection } = useFigureInput(state);
  const columns = input?.columns.organizations;
  const org = useMemo(() => (columns ? organizationIndex(columns, name) : -1), [columns, name]);
  const canonical = columns && org >= 0 ? columns.names[org] : name;
  const own = useMemo((): UrlState => ({ ...state, filters: { ...state.filters, organizations: [canonical] } }), [state, canonical]);
  const derived = useMemo(() => {
    if (!input || !columns || org < 0) return null;
    const base = input.masksFor({ ...state.filters, organizations: [] }).all;
    const mine = input.masksFor(own.filters).all;
    const rest = andNot(base, mine);
    const count = organizationCounts(columns, mine).find((c) => c.organization === org) ?? null;
    return {
      count,
      rows: organizationRows(columns, org, base),
      comparison: compareCohorts(input.columns, rest, mine, { excludeGaps: state.excludeGaps }),
      // Years unless the trends view chose a period: a timeline of one organization spans years.
      timeline: periodTotalsFigure(input, { ...own, trend: { ...own.trend, granularity: own.trend.granularity ?? 'year' } }),
    };
  }, [input, columns, org, state, own]);

  if (selection.error) return <LoadError title="The dataset could not be loaded" error={selection.error} onRetry={selection.retry} />;
  if (!index.data || !columns || !input) return <Skeleton label="Loading the organization" block />;
  if (org < 0 || !derived) {
    return (
      <div className="page organization-page">
        <h1>No organization “{name}”</h1>
        <p>
          No report in this dataset names an organization written that way.{' '}
          <UrlLink to={{ ...state, view: 'overview', org: null }}>Back to the overview</UrlLink>
        </p>
      </div>
    );
  }
  const { count, rows, comparison, timeline } = derived;
  const variants = columns.variants[org].map((v) => columns.values[v]);
  const roleOf = (row: number): number => {
    const codes = organizationsOfRow(index.data.organizations, row);
    const roles = organizationRolesOfRow(index.data.organizations, row);
    return codes.reduce((role, code, i) => (columns.of[code] === org ? role | roles[i] : role), 0);
  };
  const filtered = state.filters.organizations.includes(canonical);
  return (
    <div className="page organization-page">
      <header className="organization-page__header">
        <p className="incident-header__kind">Organization</p>
        <h1>
          <ReportText text={canonical} />
        </h1>
        <p>
          {variants.length === 1 ? (
            'Written one way in the reports.'
          ) : (
            <>
              Written {variants.length} ways in the reports:{' '}
              {variants.map((variant, i) => (
                <span key={variant}>
                  {i > 0 && '; '}“<ReportText text={variant} />”
                </span>
              ))}
              .
            </>
          )}
        </p>
      </header>
      <div className="comparison-page__selection">
        <FilterChipBar />
      </div>
      {count === null || rows.length === 0 ? (
        <p>No incident of the current selection names it. <UrlLink to={{ ...state, view: 'overview', org: null }}>Change the filters in the overview</UrlLink></p>
      ) : (
        <>
          <section aria-labelledby="organization-roles-heading" className="organization-page__roles">
            <h2 id="organization-roles-heading">Named in {incidentCount(count.incidents)}</h2>
            <p>
              {roleWords(count)}, in the current selection. An incident counts once however many of its names are this organization.
            </p>
            <OrganizationRoleLegend />
            <p className="organization-bar organization-page__bar">
              <OrganizationRoleBar count={count} max={count.incidents} />
            </p>
            <p>
              <button type="button" className="button" onClick={() => navigate({ ...toggleOrganization(state, canonical), view: 'overview', org: null })}>
                {filtered ? 'Remove it from the filters' : 'Filter the dashboard on it'}
              </button>
            </p>
          </section>
          <section aria-labelledby="organization-incidents-heading">
            <h2 id="organization-incidents-heading">Its incidents</h2>
            <ol className="organization-page__incidents">
              {Array.from(rows.subarray(0, LIST_LIMIT), (row) => {
                const published = index.data.published[row];
                const role = roleOf(row);
                return (
                  <li key={row}>
                    <UrlLink to={{ ...state, view: 'incident', id: index.data.id.at(row), org: null }}>
                      <ReportText text={index.data.title.at(row)} />
                    </UrlLink>{' '}
                    <span className="muted">
                      {published === 0 ? 'date unknown' : formatIsoDate(ymdToIso(published))} · {ROLE_NAMES[role]}
                    </span>
                  </li>
                );
              })}
            </ol>
            {rows.length > LIST_LIMIT && (
              <p>
                The first {LIST_LIMIT} of {formatCount(rows.length)}.{' '}
                <UrlLink to={{ ...own, view: 'overview', org: null, page: 1 }}>List all of them in the overview</UrlLink>
              </p>
            )}
          </section>
          <OrganizationProfile comparison={comparison} name={canonical} />
          <PeriodTotalsSection figure={timeline} headingId="organization-timeline-heading" />
        </>
      )}
    </div>
  );
}
