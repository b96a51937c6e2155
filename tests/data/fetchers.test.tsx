// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DataError, DataNotFoundError, DataValidationError } from '../../src/data/data-error';
import { getBuildReport } from '../../src/data/get-build-report';
import { getIncident, IncidentNotFoundError } from '../../src/data/get-incident';
import { loadDatasetOffThread } from '../../src/data/get-dataset';
import { getSearchText, useSearchText } from '../../src/data/get-search-text';
import { decodeCodes, encodeCodes } from '../../src/domain/index-codes';
import { AppProviders } from '../../src/app/app-providers';
import { createQueryClient } from '../../src/app/query-client';
import { useDatasetServer } from '../testing/dataset-server';

const { server, dataset } = useDatasetServer();

/** The index as the page loads it; a test's DOM has no workers, so the same load runs here. */
const getIndex = async () => (await loadDatasetOffThread()).index;

describe('the fetchers, on the dataset the prebuild makes of data/', () => {
  it('parse the index', async () => {
    const index = await getIndex();
    expect(index.count).toBe(36);
    expect(index.id).toContain('fail-2751');
    expect(index.title).toContain('MoviePass Exposes Customer Data Due to Unprotected Database.');
  });

  it('parse an incident', async () => {
    const incident = await getIncident('fail-2751');
    expect(incident.id).toBe('fail-2751');
    expect(incident.sources).toEqual(['fail-export/incident_data.csv#2751']);
  });

  it('parse the search text, aligned with the index', async () => {
    const [index, search] = await Promise.all([getIndex(), getSearchText()]);
    expect(search.build).toBe(index.build);
    expect(search.text).toHaveLength(index.count);
  });

  it('parse the build report', async () => {
    const report = await getBuildReport();
    expect(report.summary).toMatchObject({ inputs: 38, incidents: 36, skipped: 1 });
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
    const index = dataset().json<{ facets: Record<string, Record<string, unknown>> }>('index.json');
    delete index.facets.phase.rows;
    server.use(http.get('*/data/index.json', () => HttpResponse.json(index)));
    const failure = getIndex();
    await expect(failure).rejects.toBeInstanceOf(DataValidationError);
    await expect(failure).rejects.toThrow(/^index\.json failed validation: facets\.phase\.rows: /);
  });

  it('refuses an index whose publication date is no calendar date, before any view computes with it', async () => {
    const index = dataset().json<{ published: { width: number; codes: string } }>('index.json');
    const days = decodeCodes(index.published)!;
    days[3] = 20191340;
    server.use(http.get('*/data/index.json', () => HttpResponse.json({ ...index, published: encodeCodes(days) })));
    const failure = getIndex();
    await expect(failure).rejects.toBeInstanceOf(DataValidationError);
    await expect(failure).rejects.toThrow(/^index\.json failed validation: published\.3: 20191340 is not the YYYYMMDD of a calendar date/);
  });

  it('lists a few issues and says how many more there are', async () => {
    server.use(http.get('*/data/build-report.json', () => HttpResponse.json({ build: 1, summary: {}, inputs: 'none' })));
    await expect(getBuildReport()).rejects.toThrow(/^build-report\.json failed validation: build: .*; summary\.inputs: .*; summary\.incidents: .* \(and \d+ more\)$/);
  });

  it('says when a body is not JSON at all', async () => {
    server.use(http.get('*/data/search.json', () => new HttpResponse('{"build": "abc", "text": [', { headers: { 'Content-Type': 'application/json' } })));
    await expect(getSearchText()).rejects.toThrow('search.json failed validation: the response is not JSON');
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

describe('useSearchText', () => {
  it('fetches the search file only once enabled', async () => {
    const requested: string[] = [];
    const record = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    onTestFinished(() => server.events.removeListener('request:start', record));
    const client = createQueryClient();
    const { result, rerender } = renderHook(({ enabled }) => useSearchText(enabled), {
      initialProps: { enabled: false },
      wrapper: ({ children }) => <AppProviders client={client}>{children}</AppProviders>,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.fetchStatus).toBe('idle');
    expect(requested).toEqual([]);
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(requested).toEqual(['/data/search.json']);
  });
});
