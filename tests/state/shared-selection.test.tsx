// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Filters } from '../../src/analysis/filters';
import { toIndices } from '../../src/analysis/bitset';
import type * as SelectionMasks from '../../src/analysis/selection-masks';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';

// Counts every derivation of the cross-filter masks, keyed by the filters it was given.
const derivations = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/analysis/selection-masks', async (importOriginal) => {
  const original = await importOriginal<typeof SelectionMasks>();
  return {
    ...original,
    crossFilterMasks: (...args: Parameters<typeof original.crossFilterMasks>) => {
      const [, filters] = args as [unknown, Filters];
      const key = JSON.stringify({ ...filters, search: filters.search === null ? null : Array.from(toIndices(filters.search)) });
      derivations.set(key, (derivations.get(key) ?? 0) + 1);
      return original.crossFilterMasks(...args);
    },
  };
});

useDatasetServer();

describe('the selection', () => {
  it('is derived once per filter state, however many parts of a page ask for it', async () => {
    renderApp('?view=crosstab&rows=objective&cols=boundary&f.objective=malicious&from=2015');
    await screen.findByRole('group', { name: /Objective × Boundary: incidents per pair of options/ }, { timeout: 10_000 });
    expect(derivations.size).toBeGreaterThan(0);
    for (const [filters, count] of derivations) expect({ filters, count }).toEqual({ filters, count: 1 });
  });
});
