import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createQueryClient } from './query-client';
import { preloadViews } from './view-switch';
import { datasetQueryOptions } from '../data/get-dataset';

/** Renders the app into `root`, and once it is up and the browser is idle fetches the other views' code. */
export function startApp(root: HTMLElement): void {
  const client = createQueryClient();
  // The dataset's worker starts before the first render: its fetch then runs while React
  // and the first view set up, instead of after them.
  void client.prefetchQuery(datasetQueryOptions());

  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );

  // Once the first view is up and the browser is idle, fetch the other views' code, so
  // switching to them later is instant; the first page never waits for it.
  window.addEventListener('load', () => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
    idle(() => void preloadViews());
  });
}
