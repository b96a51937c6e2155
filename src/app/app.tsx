import type { QueryClient } from '@tanstack/react-query';
import { AppHeader } from './app-header';
import { AppProviders } from './app-providers';
import { useUrlState } from '../state/use-url-state';
import { ViewErrorBoundary } from '../components/view-error-boundary';
import { ViewSwitch } from './view-switch';
import { useEscapeClosesDetails } from '../components/use-escape-closes-details';

/**
 * The whole app: header, then the view the URL names inside an error boundary. The
 * boundary resets when the view or incident changes, not on every filter change, which
 * would remount the view and lose what the reader was typing. Escape closes whichever
 * disclosure holds focus, in every view.
 */
export function App({ client }: { readonly client: QueryClient }) {
  const { state } = useUrlState();
  useEscapeClosesDetails();
  return (
    <AppProviders client={client}>
      <AppHeader />
      <main id="main" className="app-main">
        <ViewErrorBoundary key={`${state.view}:${state.id ?? ''}`}>
          <ViewSwitch />
        </ViewErrorBoundary>
      </main>
    </AppProviders>
  );
}
