import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../data/data-error';

/** Network trouble and server errors get two more tries. */
const MAX_RETRIES = 2;

/**
 * The app's query client. A missing file or one that fails its schema is not retried:
 * the same request gives the same answer, and the reader should see why at once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => isRetryable(error) && failures < MAX_RETRIES,
        refetchOnWindowFocus: false,
      },
    },
  });
}
