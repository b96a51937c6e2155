import { useMemo } from 'react';
import type { SelectionNeighbours } from '../../analysis/selection-neighbours';
import { queryTerms } from '../../analysis/text-match';
import { HighlightTerms } from '../../components/highlight-terms';
import { markedTerms } from '../../domain/search-words';
import { useUrlState } from '../../state/use-url-state';
import { LoadError } from '../../components/load-error';
import { Skeleton } from '../../components/skeleton';
import { IncidentNotFoundError, useIncident } from '../../data/get-incident';
import type { Incident } from '../../domain/schema';
import { FACET_IDS, POSTMORTEM_FIELD_IDS } from '../../domain/taxonomy';
import { ArticleBody } from './article-body';
import { FacetClassification } from './facet-classification';
import { IncidentHeader } from './incident-header';
import { IncidentNav } from './incident-nav';
import { IotLayers } from './iot-layers';
import { MergedAway } from './merged-away';
import { PostmortemFields } from './postmortem-fields';
import { SimilarIncidents } from './similar-incidents';
import { citationTargets } from './reference-anchors';

interface IncidentPageProps {
  readonly id: string;
  /** Where the incident sits in the selection, for previous / next. */
  readonly neighbours: SelectionNeighbours;
}

/** A raw article nobody has classified has nothing to show in the analysis sections. */
const isUnanalysed = (incident: Incident): boolean =>
  FACET_IDS.every((facet) => incident.facets[facet].length === 0) &&
  POSTMORTEM_FIELD_IDS.every((field) => incident.postmortem[field].length === 0);

function IncidentDetails({ incident }: { readonly incident: Incident }) {
  return (
    <article className="incident">
      <IncidentHeader incident={incident} />
      {isUnanalysed(incident) ? (
        <p className="notice">Not analysed yet: this incident has no postmortem and no classification.</p>
      ) : (
        <>
          <PostmortemFields postmortem={incident.postmortem} />
          <FacetClassification facets={incident.facets} rationale={incident.rationale} citationHref={citationTargets(incident.postmortem)} />
          <IotLayers iot={incident.iot} citationHref={citationTargets(incident.postmortem)} />
        </>
      )}
      {incident.article !== null && <ArticleBody article={incident.article} />}
    </article>
  );
}

function IncidentContent({ id }: { readonly id: string }) {
  const query = useIncident(id);
  if (query.isPending) return <Skeleton label="Loading incident" lines={8} />;
  if (query.isSuccess) return <IncidentDetails incident={query.data} />;
  if (query.error instanceof IncidentNotFoundError) {
    return (
      <LoadError title={`No incident has the id “${id}”`} error={query.error}>
        <MergedAway id={id} />
      </LoadError>
    );
  }
  return <LoadError title="The incident could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
}

/**
 * One incident, loaded on demand from `incidents/<id>.json`. A missing or broken record
 * is reported here alone: the navigation stays, so the reader can step on or go back.
 * The terms of the search that led here are marked in its text. Its similar incidents
 * follow it.
 */
export function IncidentPage({ id, neighbours }: IncidentPageProps) {
  const { state } = useUrlState();
  const terms = useMemo(() => markedTerms(queryTerms(state.query)), [state.query]);
  return (
    <div className="page incident-page">
      <IncidentNav neighbours={neighbours} />
      <HighlightTerms value={terms}>
        <IncidentContent id={id} />
      </HighlightTerms>
      <SimilarIncidents id={id} />
    </div>
  );
}
