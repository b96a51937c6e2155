import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataValidationError } from '../../src/data/data-error';
import { streamIndex } from '../../src/data/index-stream';
import type { IndexColumns } from '../../src/domain/schema';
import { fixtureIndex, fixtureIndexFile } from '../analysis/index-fixture';

afterEach(() => {
  vi.unstubAllGlobals();
});

const rows = Array.from({ length: 9 }, (_, i) => ({
  title: i === 4 ? 'Zürich 🚀 ,"id":[ outage' : `Incident ${i}`,
  published: 20200101 + i,
  organizations: i % 2 ? ['Acme'] : [],
  facets: { phase: [i % 2 ? 'design' : 'operation'] },
}));
const file = fixtureIndexFile(rows);
const { id, title, ...columns } = fixtureIndex(rows);

/** A response whose body arrives as `pieces` of the UTF-8 bytes, each only once `gate` lets it through. */
function servedInPieces(text: string, cuts: readonly number[], gate: (piece: number) => Promise<void> = async () => {}) {
  const bytes = new TextEncoder().encode(text);
  const ends = [...cuts, bytes.length];
  let piece = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (piece === ends.length) return controller.close();
      await gate(piece);
      controller.enqueue(bytes.slice(piece === 0 ? 0 : ends[piece - 1], ends[piece]));
      piece += 1;
    },
  });
  vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}

const read = (onColumns: (columns: IndexColumns) => void = () => {}) => streamIndex('http://localhost/data/index.json', 'index.json', onColumns);

describe('reading index.json as it arrives', () => {
  it('hands over the columns before the ids and titles have arrived, then gives those', async () => {
    const text = JSON.stringify(file);
    const labelsAt = text.indexOf(',"id":[');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    servedInPieces(text, [labelsAt + 3, labelsAt + 40], (piece) => (piece === 2 ? held : Promise.resolve()));
    const seen: IndexColumns[] = [];
    const labels = read((handed) => seen.push(handed));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual(columns);
    release();
    expect(await labels).toEqual({ id, title });
  });

  it('finds where the ids start however the bytes are cut, a character of several bytes included', async () => {
    const text = JSON.stringify(file);
    const bytes = new TextEncoder().encode(text).length;
    for (const step of [1, 2, 3, 5, 7, 64]) {
      const cuts = Array.from({ length: Math.floor((bytes - 1) / step) }, (_, i) => (i + 1) * step);
      servedInPieces(text, cuts);
      const seen: IndexColumns[] = [];
      expect(await read((handed) => seen.push(handed))).toEqual({ id, title });
      expect(seen).toEqual([columns]);
    }
  });

  it('reads a file whose keys come in another order whole, with the same result', async () => {
    const { id: ids, title: titles, ...rest } = file;
    servedInPieces(JSON.stringify({ id: ids, title: titles, ...rest }), [10, 200]);
    const seen: IndexColumns[] = [];
    expect(await read((handed) => seen.push(handed))).toEqual({ id, title });
    expect(seen).toEqual([columns]);
  });

  it('says which id is wrong after the columns were handed over', async () => {
    servedInPieces(JSON.stringify({ ...file, id: file.id.map((value, i) => (i === 6 ? 'Not An Id' : value)) }), []);
    const seen: IndexColumns[] = [];
    const failure = read((handed) => seen.push(handed));
    await expect(failure).rejects.toBeInstanceOf(DataValidationError);
    await expect(failure).rejects.toThrow('id.6: expected an incident id');
    expect(seen).toHaveLength(1);
  });

  it('says when the ids and titles do not cover every row', async () => {
    servedInPieces(JSON.stringify({ ...file, title: file.title.slice(1) }), []);
    await expect(read()).rejects.toThrow('title has 8 rows, expected 9');
  });

  it('says when the columns break the schema, before any id is read', async () => {
    servedInPieces(JSON.stringify({ ...file, count: 10 }), []);
    const seen: IndexColumns[] = [];
    await expect(read((handed) => seen.push(handed))).rejects.toThrow('kind has 9 rows, expected 10');
    expect(seen).toEqual([]);
  });

  it('says when the file is not JSON, cut where the ids start or not', async () => {
    servedInPieces(`${JSON.stringify(file).slice(0, -2)}`, []);
    await expect(read()).rejects.toThrow('the response is not JSON');
    servedInPieces('{"format": oops ,"id":["a"]}', []);
    await expect(read()).rejects.toThrow('the response is not JSON');
  });
});
