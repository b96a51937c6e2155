import { queryOptions, useQuery } from '@tanstack/react-query';
import { similarityModel } from '../analysis/similarity-model';
import { DataValidationError } from './data-error';
import { getIncidentTerms, TERMS_FILE } from './get-incident-terms';
import { indexQueryOptions } from './get-index';

/**
 * The index and its terms as one model for finding similar incidents, built once per
 * loaded dataset and kept, so every incident page after the first answers from it. The
 * terms are fetched only when an incident page first asks. Terms of another build would
 * pair incidents with other incidents' words, so they fail as invalid.
 */
export function similarityModelQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'similarity-model'],
    queryFn: async ({ client, signal }) => {
      const [index, terms] = await Promise.all([client.ensureQueryData(indexQueryOptions()), getIncidentTerms(signal)]);
      if (terms.build !== index.build || terms.rows.length !== index.count) {
        throw new DataValidationError(TERMS_FILE, `it belongs to build ${terms.build} with ${terms.rows.length} incidents, the index to build ${index.build} with ${index.count}`);
      }
      return similarityModel(index, terms);
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useSimilarityModel() {
  return useQuery(similarityModelQueryOptions());
}
