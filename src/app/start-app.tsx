import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createQueryClient } from './query-client';
import { preloadViews } from './view-switch';
import { datasetQueryOptions } from '../data/get-dataset';

/** Renders the app into `root`, and once the dataset is in and the browser is idle fetches the other views' code. */
export function startApp(root: HTMLElement): void {
  const client = createQueryClient();
  // The query takes over the load already running. Once the whole dataset is in, the other
  // views' code is fetched, so switching to them is instant: compiling it any earlier would
  // compete with the dataset's worker for the processor.
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
  void client
    .fetchQuery(datasetQueryOptions())
    .then((dataset) => dataset.labels)
    .catch(() => {})
    .then(() => idle(() => void preloadViews()));

  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}
