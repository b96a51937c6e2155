import { useEffect, useMemo, useState } from 'react';
import type { FindingsScan } from '../analysis/findings/finding-types';
import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { useFigureInput } from './figure-input';
import { runFindingsScan } from './run-findings';
import { identityOf } from './shared-derivation';
import type { UrlState } from './url-state';
import type { Selection } from './use-selection';

/** Where a scan of the current selection stands. */
export type FindingsScanState =
  | { readonly status: 'loading' }
  | { readonly status: 'running'; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly scan: FindingsScan }
  | { readonly status: 'failed'; readonly message: string };

/** Finished scans by selection, newest last: coming back to the view finds its findings at once. */
const finished = new Map<string, FindingsScan>();
const KEEP = 8;

/** The facets the view's own filters use: a scan leaves them out, since a pattern there is the filter. */
export const filteredFacets = (state: UrlState): FacetId[] => FACET_IDS.filter((facet) => state.filters.facets[facet].selected.length > 0);

/**
 * Scans the selection `state` gives for findings, in a worker, again whenever the
 * selection changes (the old scan is stopped), and keeps the latest few results.
 */
export function useFindingsScan(state: UrlState): { scan: FindingsScanState; selection: Selection } {
  const { input, selection } = useFigureInput(state);
  const mask = useMemo(() => input?.masksFor(state.filters).all ?? null, [input, state.filters]);
  const excluded = useMemo(() => filteredFacets(state), [state]);
  const key = input && mask ? `${identityOf(input.columns)}:${identityOf(mask)}:${excluded.join(',')}` : null;
  const [scan, setScan] = useState<{ key: string | null; state: FindingsScanState }>({ key: null, state: { status: 'loading' } });

  useEffect(() => {
    if (key === null || input === null || mask === null) return undefined;
    const kept = finished.get(key);
    if (kept !== undefined) {
      setScan({ key, state: { status: 'done', scan: kept } });
      return undefined;
    }
    setScan({ key, state: { status: 'running', done: 0, total: 1 } });
    return runFindingsScan({ columns: input.columns, selection: mask, excluded }, (message) => {
      if (message.kind === 'done') {
        finished.set(key, message.scan);
        if (finished.size > KEEP) finished.delete(finished.keys().next().value as string);
        setScan({ key, state: { status: 'done', scan: message.scan } });
      } else if (message.kind === 'progress') setScan({ key, state: { status: 'running', done: message.done, total: message.total } });
      else setScan({ key, state: { status: 'failed', message: message.message } });
    });
    // The key stands for the columns, the mask and the excluded facets: a state derived again with the same selection must not restart the scan.
  }, [key]);

  const current: FindingsScanState = key === null ? { status: 'loading' } : scan.key === key ? scan.state : { status: 'running', done: 0, total: 1 };
  return { scan: current, selection };
}
