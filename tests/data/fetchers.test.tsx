// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DataError, DataNotFoundError, DataValidationError } from '../../src/data/data-error';
import { getQualityReport } from '../../src/data/get-build-report';
import { getIncident, IncidentNotFoundError } from '../../src/data/get-incident';
import { loadDatasetOffThread } from '../../src/data/get-dataset';
import { getSearchDictionary, getSearchShard, useSearchIndex } from '../../src/data/get-search-index';
import { AppProviders } from '../../src/app/app-providers';
import { createQueryClient } from '../../src/app/query-client';
import { indexHandlers, useDatasetServer } from '../testing/dataset-server';
import { plainIndex } from '../analysis/plain-index';
import { bufferOf } from '../analysis/search-fixture';

const { server, dataset } = useDatasetServer();

/** The index as the page loads it, ids and titles with the columns; a test's DOM has no workers, so the same load runs here. */
const getIndex = async () => {
  const dataset = await loadDatasetOffThread();
  return { ...dataset.index, ...(await dataset.labels) };
};

describe('the fetchers, on the dataset the prebuild makes of data/', () => {
  it('parse the index', async () => {
    const index = await getIndex();
    expect(index.count).toBe(36);
    const all = (column: typeof index.id) => Array.from({ length: column.length }, (_, row) => column.at(row));
    expect(all(index.id)).toContain('fail-2751');
    expect(all(index.title)).toContain('MoviePass Exposes Customer Data Due to Unprotected Database.');
  });

  it('parse an incident', async () => {
    const incident = await getIncident('fail-2751');
    expect(incident.id).toBe('fail-2751');
    expect(incident.sources).toEqual(['fail-export/incident_data.csv#2751']);
  });

  it('read the search index, of the index’s build and aligned with its rows', async () => {
    const index = await getIndex();
    const dictionary = await getSearchDictionary(index.build);
    expect(dictionary.rows).toBe(index.count);
    expect(dictionary.words).toContain('moviepass');
    expect((await getSearchShard(dictionary, 0)).length).toBeGreaterThan(0);
  });

  it('parse the build report, keeping what the data-quality view shows of it', async () => {
    const report = await getQualityReport();
    expect(report.summary).toMatchObject({ inputs: 38, incidents: 36, skipped: 1 });
    expect(report.skipped.map((row) => row.source)).toEqual(['fail-export/README.md']);
  });
});

describe('the fetchers report what failed', () => {
  it('names the file and the HTTP status of a server error', async () => {
    server.use(http.get('*/data/index.json', () => new HttpResponse('oops', { status: 500, statusText: 'Internal Server Error' })));
    const failure = getIndex();
    await expect(failure).rejects.toThrow('index.json could not be loaded: HTTP 500 Internal Server Error');
    await expect(failure).rejects.toMatchObject({ file: 'index.json', status: 500 });
    await expect(failure).rejects.not.toBeInstanceOf(DataValidationError);
  });

  it('names the file and the first schema issue of an invalid body', async () => {
    const labels = dataset().json<Record<string, unknown>>('index.json');
    delete labels.title;
    server.use(http.get('*/data/index.json', () => HttpResponse.json(labels)));
    const failure = getIndex();
    await expect(failure).rejects.toBeInstanceOf(DataValidationError);
    await expect(failure).rejects.toThrow(/^index\.json failed validation: title: /);
  });

  it('refuses an index whose publication date is no calendar date, before any view computes with it', async () => {
    const index = plainIndex(dataset().index());
    const published = Array.from(index.published);
    published[3] = 20191340;
    server.use(...indexHandlers({ ...index, published }));
    const failure = loadDatasetOffThread();
    await expect(failure).rejects.toBeInstanceOf(DataValidationError);
    await expect(failure).rejects.toThrow('index-columns.bin failed validation: published: row 3 is 20191340, not the YYYYMMDD of a calendar date');
  });

  it('names the columns file when it is cut short', async () => {
    const bytes = readFileSync(join(dataset().dir, 'index-columns.bin'));
    server.use(http.get('*/data/index-columns.bin', () => new HttpResponse(bufferOf(bytes.subarray(0, 100)), { headers: { 'Content-Type': 'application/octet-stream' } })));
    await expect(loadDatasetOffThread()).rejects.toThrow('index-columns.bin failed validation: it is truncated');
  });

  it('lists a few issues and says how many more there are', async () => {
    server.use(http.get('*/data/build-report.json', () => HttpResponse.json({ build: 1, summary: {}, inputs: 'none' })));
    await expect(getQualityReport()).rejects.toThrow(/^build-report\.json failed validation: build: .*; summary\.inputs: .*; summary\.incidents: .* \(and \d+ more\)$/);
  });

  it('says when a body is not JSON at all', async () => {
    server.use(http.get('*/data/build-report.json', () => new HttpResponse('{"build": "abc", "inputs": [', { headers: { 'Content-Type': 'application/json' } })));
    await expect(getQualityReport()).rejects.toThrow('build-report.json failed validation: the response is not JSON');
  });

  it('refuse a search file of another build, truncated, or damaged, without retrying it', async () => {
    const index = await getIndex();
    await expect(getSearchDictionary('another-build')).rejects.toThrow('search-words.bin failed validation: it belongs to another build of the dataset; run the prebuild again');
    const dictionary = await getSearchDictionary(index.build);
    const shard = readFileSync(join(dataset().dir, 'search-postings-0000.bin'));
    const served = (bytes: Uint8Array) => () => new HttpResponse(bufferOf(bytes), { headers: { 'Content-Type': 'application/octet-stream' } });
    server.use(http.get('*/data/search-postings-0000.bin', served(shard.subarray(0, shard.length - 10))));
    const truncated = getSearchShard(dictionary, 0);
    await expect(truncated).rejects.toThrow('search-postings-0000.bin failed validation: it is truncated');
    await expect(truncated).rejects.toBeInstanceOf(DataValidationError);
    const damaged = Uint8Array.from(shard);
    damaged[damaged.length - 1] ^= 1;
    server.use(http.get('*/data/search-postings-0000.bin', served(damaged)));
    await expect(getSearchShard(dictionary, 0)).rejects.toThrow(/checksum/);
  });

  it('takes a web page served in place of a file, as single-page hosts do, for a missing file', async () => {
    const page = () => new HttpResponse('<!doctype html><div id="root"></div>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    server.use(http.get('*/data/incidents/:file', page));
    const failure = getIncident('fail-9999');
    await expect(failure).rejects.toBeInstanceOf(IncidentNotFoundError);
    await expect(failure).rejects.toThrow('incidents/fail-9999.json was not found (the server answered with a web page instead)');
  });

  it('says when the network failed', async () => {
    server.use(http.get('*/data/index.json', () => HttpResponse.error()));
    const failure = getIndex();
    await expect(failure).rejects.toBeInstanceOf(DataError);
    await expect(failure).rejects.toThrow(/^index\.json could not be loaded: /);
  });

  it('gives a typed not-found error for an incident that does not exist', async () => {
    const failure = getIncident('no-such-incident');
    await expect(failure).rejects.toBeInstanceOf(IncidentNotFoundError);
    await expect(failure).rejects.toBeInstanceOf(DataNotFoundError);
    await expect(failure).rejects.toMatchObject({ id: 'no-such-incident', status: 404 });
    await expect(failure).rejects.toThrow('incidents/no-such-incident.json was not found (HTTP 404)');
  });
});

describe('useSearchIndex', () => {
  it('fetches the dictionary once there are words to search, then only the shards they need', async () => {
    const requested: string[] = [];
    const record = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    onTestFinished(() => server.events.removeListener('request:start', record));
    const client = createQueryClient();
    const build = (await getIndex()).build;
    requested.length = 0;
    const { result, rerender } = renderHook(({ parts }) => useSearchIndex(parts, build), {
      initialProps: { parts: [] as string[] },
      wrapper: ({ children }) => <AppProviders client={client}>{children}</AppProviders>,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current).toMatchObject({ loaded: null, fetching: false, error: null });
    expect(requested).toEqual([]);
    rerender({ parts: ['zzzz'] });
    await waitFor(() => expect(result.current.loaded).not.toBeNull());
    expect(requested).toEqual(['/data/search-words.bin']);
    rerender({ parts: ['database'] });
    await waitFor(() => expect(result.current.loaded?.shards.size).toBe(1));
    expect(requested).toEqual(['/data/search-words.bin', '/data/search-postings-0000.bin']);
    rerender({ parts: ['data'] });
    await waitFor(() => expect(result.current.loaded?.shards.size).toBe(1));
    expect(requested).toHaveLength(2);
  });
});
