import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataNotFoundError, DataValidationError } from '../../src/data/data-error';
import { loadIndex } from '../../src/data/index-load';
import { encodeIndex } from '../../src/domain/index-files';
import type { IndexColumns } from '../../src/domain/schema';
import { fixturePlainIndex } from '../analysis/index-fixture';

afterEach(() => {
  vi.unstubAllGlobals();
});

const rows = Array.from({ length: 9 }, (_, i) => ({
  title: i === 4 ? 'Zürich 🚀 outage' : `Incident ${i}`,
  published: 20200101 + i,
  organizations: i % 2 ? ['Acme'] : [],
  facets: { phase: [i % 2 ? 'design' : 'operation'] },
}));
const { columns: bytes, labels } = encodeIndex(fixturePlainIndex(rows));
const URLS = { columns: 'http://localhost/data/index-columns.bin', labels: 'http://localhost/data/index.json' };

/** Serves the two files, the columns as a 404 when null; index.json only once `gate` lets it through. */
function serve({ columns = bytes.slice().buffer as ArrayBuffer | null, body = JSON.stringify(labels), gate = Promise.resolve() } = {}) {
  vi.stubGlobal('fetch', async (url: string) => {
    if (url === URLS.columns) return columns === null ? new Response('', { status: 404 }) : new Response(columns, { headers: { 'Content-Type': 'application/octet-stream' } });
    await gate;
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  });
}

const load = (onColumns: (columns: IndexColumns) => void = () => {}) => loadIndex(URLS, onColumns);

describe('loading the index', () => {
  it('hands over the columns before the ids and titles have arrived, then gives those', async () => {
    let release = () => {};
    serve({ gate: new Promise<void>((resolve) => (release = resolve)) });
    const seen: IndexColumns[] = [];
    const read = load((handed) => seen.push(handed));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0].count).toBe(9);
    expect(Array.from(seen[0].published)).toEqual(rows.map((row) => row.published));
    release();
    expect(await read).toEqual({ id: labels.id, title: labels.title });
  });

  it('says which id is wrong, after the columns were handed over', async () => {
    serve({ body: JSON.stringify({ ...labels, id: labels.id.map((value, i) => (i === 6 ? 'Not An Id' : value)) }) });
    const seen: IndexColumns[] = [];
    const failure = load((handed) => seen.push(handed));
    await expect(failure).rejects.toBeInstanceOf(DataValidationError);
    await expect(failure).rejects.toThrow('index.json failed validation: id.6: expected an incident id');
    expect(seen).toHaveLength(1);
  });

  it('refuses ids and titles of another build than the columns', async () => {
    serve({ body: JSON.stringify({ ...labels, build: 'newer' }) });
    await expect(load()).rejects.toThrow('index.json failed validation: it is of build newer but index-columns.bin of build fixture: the dataset was rebuilt while it loaded, reload the page');
  });

  it('says when the columns are damaged, before any id is read', async () => {
    serve({ columns: bytes.slice(0, bytes.length - 8).buffer });
    const seen: IndexColumns[] = [];
    await expect(load((handed) => seen.push(handed))).rejects.toThrow(/^index-columns\.bin failed validation: .*truncated/);
    expect(seen).toEqual([]);
  });

  it('says which file is missing', async () => {
    serve({ columns: null });
    const failure = load();
    await expect(failure).rejects.toBeInstanceOf(DataNotFoundError);
    await expect(failure).rejects.toThrow('index-columns.bin was not found (HTTP 404)');
  });

  it('says when index.json is not JSON', async () => {
    serve({ body: JSON.stringify(labels).slice(0, -2) });
    await expect(load()).rejects.toThrow('index.json failed validation: the response is not JSON');
  });
});
