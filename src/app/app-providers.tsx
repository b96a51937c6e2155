import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

interface AppProvidersProps {
  /** Passed in so tests can give each render a fresh cache. */
  readonly client: QueryClient;
  readonly children: ReactNode;
}

export function AppProviders({ client, children }: AppProvidersProps) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
