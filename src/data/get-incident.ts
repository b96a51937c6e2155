import { queryOptions, useQuery } from '@tanstack/react-query';
import { IncidentSchema } from '../domain/schema';
import type { Incident } from '../domain/schema';
import { DataNotFoundError } from './data-error';
import { fetchJson } from './fetch-json';

/** No incident has this id: the file `incidents/<id>.json` does not exist. */
export class IncidentNotFoundError extends DataNotFoundError {
  readonly id: string;

  constructor(id: string, cause: DataNotFoundError) {
    super(cause.file, cause.detail, cause.status);
    this.name = 'IncidentNotFoundError';
    this.id = id;
  }
}

/** Ids are checked by `IncidentIdSchema` before they get here, so they are safe as a path segment. */
export const incidentFile = (id: string): string => `incidents/${encodeURIComponent(id)}.json`;

/** One incident's full record, fetched when someone opens it. */
export async function getIncident(id: string, signal?: AbortSignal): Promise<Incident> {
  try {
    return await fetchJson(incidentFile(id), IncidentSchema, signal);
  } catch (error) {
    throw error instanceof DataNotFoundError ? new IncidentNotFoundError(id, error) : error;
  }
}

export function incidentQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['dataset', 'incident', id],
    queryFn: ({ signal }) => getIncident(id, signal),
    staleTime: Infinity,
  });
}

export function useIncident(id: string) {
  return useQuery(incidentQueryOptions(id));
}
