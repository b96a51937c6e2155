import type { Headline } from '../../analysis/headline';
import { formatCount, incidentCount } from '../../components/format-count';
import { formatShare } from '../../components/format-share';
import { dateSpanText } from '../../figures/figure-caption';

/** The span a caption writes, said as the start of a card: "No dated incident" where there is none. */
function dateSpan({ firstPublished: first, lastPublished: last }: Headline): string {
  return first === null || last === null ? 'No dated incident' : dateSpanText({ first, last });
}

const plural = (count: number, one: string, many: string): string => `${formatCount(count)} ${count === 1 ? one : many}`;

/**
 * The figures above the charts, over the selection with every filter applied: the same
 * set the incident list shows, so its count and the list's always agree. "Analysed" is
 * of incidents with at least one classified facet, the same test the panels' "not
 * analysed" applies per facet; where the incidents came from (reports or raw articles)
 * is said beside it, apart.
 */
export function HeadlineStats({ headline }: { readonly headline: Headline }) {
  const articles = headline.selected - headline.reports;
  return (
    <dl className="stat-list headline-stats">
      <div className="stat">
        <dt className="stat__label">In the selection</dt>
        <dd className="stat__value">
          {formatCount(headline.selected)} of {incidentCount(headline.total)}
        </dd>
      </div>
      <div className="stat">
        <dt className="stat__label">Published</dt>
        <dd className="stat__value stat__value--text">{dateSpan(headline)}</dd>
      </div>
      <div className="stat">
        <dt className="stat__label">Analysed</dt>
        <dd className="stat__value">
          {formatShare(headline.analysedShare)}{' '}
          <span className="stat__detail">
            {formatCount(headline.analysed)} of {plural(headline.selected, 'incident has', 'incidents have')} a classified facet;{' '}
            {plural(headline.reports, 'report', 'reports')}, {plural(articles, 'raw article', 'raw articles')}
          </span>
        </dd>
      </div>
    </dl>
  );
}
