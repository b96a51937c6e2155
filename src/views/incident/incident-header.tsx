import { formatIsoDate } from '../../components/format-date';
import { SafeLink } from '../../components/safe-link';
import type { Incident } from '../../domain/schema';
import { ReportText } from '../../components/report-text';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';

const KIND_LABELS: Record<Incident['kind'], string> = {
  report: 'Report',
  article: 'Raw news article, not analysed',
};

/**
 * Title, date, kind and where the record came from. Every string is report text, so it is
 * rendered as text. Each organization, as the report writes it, leads to its page, which
 * finds the organization whatever spelling it was given.
 */
export function IncidentHeader({ incident }: { readonly incident: Incident }) {
  const { state } = useUrlState();
  return (
    <header className="incident-header">
      <p className="incident-header__kind">{KIND_LABELS[incident.kind]}</p>
      <h1 className="incident-header__title">
        <ReportText text={incident.title} />
      </h1>
      <dl className="meta-list">
        <dt>Published</dt>
        <dd>
          {incident.published === null ? (
            'Date unknown'
          ) : (
            <time dateTime={incident.published}>{formatIsoDate(incident.published)}</time>
          )}
        </dd>
        {incident.failId !== null && (
          <>
            <dt>FAIL incident</dt>
            <dd>{incident.failId}</dd>
          </>
        )}
        <dt>Organizations</dt>
        <dd>
          {incident.organizations.length === 0
            ? 'None named'
            : incident.organizations.map((organization, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <UrlLink to={{ ...state, view: 'organization', org: organization, id: null }}>
                    <ReportText text={organization} />
                  </UrlLink>
                </span>
              ))}
        </dd>
        <dt>Sources</dt>
        <dd>
          <ul className="plain-list">
            {incident.sources.map((source) => (
              <li key={source}>
                <code>
                  <ReportText text={source} />
                </code>
              </li>
            ))}
          </ul>
        </dd>
        {incident.links.length > 0 && (
          <>
            <dt>Articles</dt>
            <dd>
              <ul className="plain-list">
                {incident.links.map((link) => (
                  <li key={link}>
                    <SafeLink href={link} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {incident.summary !== null && (
        <p className="incident-header__summary">
          <ReportText text={incident.summary} />
        </p>
      )}
    </header>
  );
}
