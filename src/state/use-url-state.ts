import { useSyncExternalStore } from 'react';
import { parseUrlState, stringifyUrlState } from './url-state';
import type { UrlState } from './url-state';

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one, for changes not worth a Back step. */
  readonly replace?: boolean;
  /** What the new history entry remembers beside its address (which row the list should bring back). */
  readonly historyState?: object;
}

export type Navigate = (next: UrlState, options?: NavigateOptions) => void;

/** `pushState` fires no event, so in-app navigation notifies subscribers itself. */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const getSearch = (): string => window.location.search;

/** The address `state` lives at: this page's path, its query string and any hash. */
export function hrefFor(state: UrlState): string {
  return `${window.location.pathname}${stringifyUrlState(state)}${window.location.hash}`;
}

/** Moves to `next`, adding a history entry unless asked to replace; Back and Forward undo it. */
export const navigate: Navigate = (next, options = {}) => {
  const href = hrefFor(next);
  if (href === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options.replace) window.history.replaceState(options.historyState ?? null, '', href);
  else window.history.pushState(options.historyState ?? null, '', href);
  for (const listener of listeners) listener();
};

/** The address's query string as it stands, for what the parsed state cannot say (a deck it refused). */
export const useUrlSearch = (): string => useSyncExternalStore(subscribe, getSearch, () => '');

/**
 * The URL state and a way to change it. The query string is the only copy of the state:
 * every caller reads the same `window.location`, so two components can never disagree.
 */
export function useUrlState(): { state: UrlState; navigate: Navigate } {
  return { state: stateOf(useUrlSearch()), navigate };
}

let parsed: { readonly search: string; readonly state: UrlState } | null = null;

/**
 * The state `search` spells, parsed once for every component that reads it: a click
 * renders a few hundred of them, each of which parsed the address again, and the one
 * state object lets their memos see that nothing else changed.
 */
function stateOf(search: string): UrlState {
  if (parsed?.search !== search) parsed = { search, state: parseUrlState(search) };
  return parsed.state;
}
