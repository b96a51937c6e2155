// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesOfAll, partBits, shardsFor } from '../../src/analysis/search-index';
import { toIndices } from '../../src/analysis/bitset';
import { AppProviders } from '../../src/app/app-providers';
import { createQueryClient } from '../../src/app/query-client';
import { useSearchIndex } from '../../src/data/get-search-index';
import { SEARCH_WORDS_FILE, shardFile } from '../../src/domain/search-index-format';
import { BUILD, bufferOf, indexFiles } from '../analysis/search-fixture';

/** An index of many small shards: "alpha…" words sort into the first, "omega…" into the last. */
const TEXTS = Array.from({ length: 120 }, (_, row) => `alpha${row} beta${row % 4} omega${row}`);
const FILES = indexFiles(TEXTS, 96);
const served = new Map<string, Uint8Array>([[SEARCH_WORDS_FILE, FILES.words], ...FILES.shards.map((bytes, shard) => [shardFile(shard), bytes] as const)]);

const requested: string[] = [];
let damaged: string | null = null;
const server = setupServer(
  http.get('*/data/:file', ({ params }) => {
    const file = String(params.file);
    requested.push(file);
    const bytes = served.get(file);
    if (bytes === undefined) return new HttpResponse(null, { status: 404 });
    const body = file === damaged ? bytes.subarray(0, bytes.length - 3) : bytes;
    return new HttpResponse(bufferOf(body), { headers: { 'Content-Type': 'application/octet-stream' } });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function renderSearch(parts: readonly string[]) {
  const client = createQueryClient();
  return renderHook(({ parts: current }) => useSearchIndex(current, BUILD), {
    initialProps: { parts },
    wrapper: ({ children }) => <AppProviders client={client}>{children}</AppProviders>,
  });
}

describe('the search index in shards', () => {
  it('fetches only the shards holding the words a query matches, each once', async () => {
    expect(FILES.shards.length).toBeGreaterThan(4);
    requested.length = 0;
    damaged = null;
    const { result, rerender } = renderSearch(['alpha7']);
    await waitFor(() => expect(result.current.loaded).not.toBeNull());
    const { dictionary, shards } = result.current.loaded!;
    const alpha = shardsFor(dictionary, ['alpha7']);
    expect(requested).toEqual([SEARCH_WORDS_FILE, ...alpha.map(shardFile)]);
    expect(Array.from(toIndices(matchesOfAll([partBits(dictionary, 'alpha7', shards)], dictionary.rows)))).toEqual([7, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79]);

    rerender({ parts: ['omega11'] });
    await waitFor(() => expect(result.current.loaded?.shards.has(shardsFor(dictionary, ['omega11'])[0])).toBe(true));
    const omega = shardsFor(dictionary, ['omega11']);
    expect(omega.every((shard) => !alpha.includes(shard))).toBe(true);
    expect(requested).toEqual([SEARCH_WORDS_FILE, ...alpha.map(shardFile), ...omega.map(shardFile)]);

    rerender({ parts: ['alpha7'] });
    await waitFor(() => expect(result.current.loaded?.shards.has(alpha[0])).toBe(true));
    expect(requested).toHaveLength(1 + alpha.length + omega.length);
  });

  it('reports a damaged shard as one error, and fetches nothing more for it', async () => {
    requested.length = 0;
    const words = ['alpha', 'omega'];
    const client = createQueryClient();
    const probe = renderHook(() => useSearchIndex(['zzz'], BUILD), { wrapper: ({ children }) => <AppProviders client={client}>{children}</AppProviders> });
    await waitFor(() => expect(probe.result.current.loaded).not.toBeNull());
    const needed = shardsFor(probe.result.current.loaded!.dictionary, words);
    expect(needed.length).toBeGreaterThan(2);
    damaged = shardFile(needed[1]);
    requested.length = 0;
    const { result } = renderSearch(words);
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error?.message).toBe(`${damaged} failed validation: it is truncated`);
    expect(result.current.loaded).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requested.filter((file) => file === damaged)).toHaveLength(1);
  });
});
