import { serveSimilarity } from './similarity-service';
import type { SimilarityReply, SimilarityRequest } from './similarity-service';

/**
 * Builds the similarity model off the page's thread and answers from it: at a million
 * incidents, parsing the terms and indexing them takes seconds, and one incident's
 * neighbours a pass over every row.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SimilarityRequest>) => void) | null;
  postMessage: (message: SimilarityReply) => void;
};

const serve = serveSimilarity((message) => scope.postMessage(message));
scope.onmessage = ({ data }) => serve(data);
