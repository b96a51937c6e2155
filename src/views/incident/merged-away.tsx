import { ReportText } from '../../components/report-text';
import { useQualityReport } from '../../data/get-build-report';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';

/**
 * Where incident `id`, which this dataset does not hold, went when a reviewed duplicate
 * decision merged it into another: a link made before the merge, in a deck or a note
 * from a meeting, still leads to the incident that holds it now. Nothing when no
 * decision merged it. The build report is read only for an id that is not found.
 */
export function MergedAway({ id }: { readonly id: string }) {
  const report = useQualityReport();
  const { state } = useUrlState();
  const decision = report.data?.duplicateDecisions?.applied.find(({ decision, kept, incidents }) => decision === 'merge' && kept !== null && kept !== id && incidents.includes(id));
  if (decision?.kept == null) return null;
  const { kept, incidents, titles, source, line, note } = decision;
  const keptAt = incidents.indexOf(kept);
  return (
    <p className="merged-away">
      “<ReportText text={titles[incidents.indexOf(id)]} />” was merged into{' '}
      <UrlLink to={{ ...state, view: 'incident', id: kept }}>{keptAt < 0 ? kept : <ReportText text={titles[keptAt]} />}</UrlLink> by {source} line {line}
      {note !== null && note !== '' && (
        <>
          : <ReportText text={note} />
        </>
      )}
      .
    </p>
  );
}
