// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../src/app/app-providers';
import { createQueryClient } from '../../src/app/query-client';
import type { FacetFigure } from '../../src/figures/facet-figure';
import { useDeckFigures } from '../../src/presentation/use-deck-figures';
import { useDatasetServer } from '../testing/dataset-server';
import { slide } from './deck-fixture';
import { searchText } from '../../scripts/lib/search-text';
import type { IncidentDraft } from '../../src/domain/schema';
import { searchWords, wordMatches } from '../../src/domain/search-words';

const { dataset } = useDatasetServer();

const wrapper = ({ children }: { children: ReactNode }) => <AppProviders client={createQueryClient()}>{children}</AppProviders>;

/** How often a word starting with `term` occurs in the served titles and organization names, and how many rows' long text has it. */
function mentions(term: string): { short: number; longText: number } {
  const index = dataset().index();
  const text = index.id.map((id) => searchText(dataset().json<IncidentDraft>(`incidents/${id}.json`)));
  const has = (line: string) => searchWords(line).some((word) => wordMatches(word, term));
  return { short: [...index.title, ...index.organizations.values].filter(has).length, longText: text.filter(has).length };
}

describe('every slide’s figure for a file of the deck', () => {
  it('counts each slide from its own view, a search over the long text included, and leaves kinds it does not draw empty', async () => {
    const term = 'patch';
    const expected = mentions(term);
    expect(expected).toEqual({ short: 0, longText: expect.any(Number) });
    expect(expected.longText).toBeGreaterThan(0);
    const slides = [
      slide({ id: 'searched', view: `?q=${term}`, chart: { kind: 'facet', facet: 'phase' } }),
      slide({ id: 'malicious', view: '?f.objective=malicious', chart: { kind: 'facet', facet: 'phase' } }),
      slide({ id: 'objective', chart: { kind: 'facet', facet: 'objective' } }),
      slide({ id: 'unknown', chart: { kind: 'world-map' } }),
    ];
    const { result } = renderHook(() => useDeckFigures(slides), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'), { timeout: 10_000 });
    if (result.current.status !== 'ready') return;
    const [searched, malicious, objective, unknown] = result.current.figures;
    expect(searched?.n.value).toBe(expected.longText);
    expect(searched?.filters).toContain(`Search “${term}”`);
    const maliciousBar = (objective as FacetFigure).bars.find((bar) => bar.key === 'malicious');
    expect(malicious?.n.value).toBe(maliciousBar?.count);
    expect(malicious?.n.value).toBeLessThan(objective?.n.value ?? 0);
    expect(unknown).toBeNull();
  });
});
