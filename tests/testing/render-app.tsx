import { cleanup, render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/app-providers';
import { createQueryClient } from '../../src/app/query-client';
import { preloadViews } from '../../src/app/view-switch';

// Views load their code on first use; loaded up front, they render at once, as in a browser
// that has the code cached, and tests can look for them without waiting.
await preloadViews();

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

/** Points the address bar at `search` (`?view=quality`), as opening a shared link would. */
export function visit(search: string): void {
  window.history.replaceState(null, '', `/${search}`);
}

/** The whole app at `search`, with a fresh query cache so tests never share loaded data. */
export function renderApp(search: string): RenderResult {
  visit(search);
  return render(<App client={createQueryClient()} />);
}

/** `ui` inside the app's providers, with a fresh query cache. */
export function renderWithProviders(ui: ReactNode): RenderResult {
  return render(<AppProviders client={createQueryClient()}>{ui}</AppProviders>);
}
