import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeIndex, IndexFileError, readIndex, readIndexColumns, readIndexLabels, readPlainIndex } from '../../src/domain/index-files';
import { INDEX_COLUMNS, INDEX_COLUMNS_FORMAT, INDEX_FORMAT, type IndexColumnsHeader, type PlainIndex } from '../../src/domain/schema';
import { FACETS, UNKNOWN } from '../../src/domain/taxonomy';
import { fixturePlainIndex } from '../analysis/index-fixture';
import { plainOrganizations } from '../analysis/organization-fixture';
import { plainIndex } from '../analysis/plain-index';

const plain = (): PlainIndex => ({
  ...fixturePlainIndex([
    { published: 20190822, title: 'Zürich 🚀 outage', facets: { phase: ['design', 'operation'], domain: ['finance'] } },
    { kind: 'article', published: null },
    { published: 20200229, facets: { phase: ['unknown'] } },
  ]),
  organizations: plainOrganizations(['Acme', 'Bank'], [[0, 1], [], [1]]),
});

/** The header of a columns file, and a way to write the file again with a changed header, its columns where they were. */
function header(bytes: Uint8Array): IndexColumnsHeader {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as IndexColumnsHeader;
}

function withHeader(bytes: Uint8Array, change: (header: IndexColumnsHeader) => unknown): ArrayBuffer {
  const text = new TextEncoder().encode(JSON.stringify(change(header(bytes))));
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  // Padded to the old length, so every column stays where the header says.
  if (text.length > length) throw new Error('the changed header is longer than the old one');
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(0, length, true);
  copy.fill(0x20, 4, 4 + length);
  copy.set(text, 4);
  return copy.buffer;
}

describe('the index files', () => {
  it('read back to the index they were written from', () => {
    const read = readPlainIndex(plain());
    expect(Array.from(read.kind)).toEqual([0, 1, 0]);
    expect(Array.from(read.published)).toEqual([20190822, 0, 20200229]);
    expect(plainIndex(read).organizations.rows).toEqual([[0, 1], [], [1]]);
    const phase = read.facets.phase;
    expect(phase.combos[phase.rows[0]].map((k) => phase.options[k])).toEqual(['design', 'operation']);
    expect(read.title[0]).toBe('Zürich 🚀 outage');
  });

  it('read back any facets and organizations, and are the same bytes for the same index', () => {
    const answers = (facet: 'phase' | 'domain') => [...FACETS[facet].options.map((o) => o.id), UNKNOWN];
    const row = fc.record({
      kind: fc.constantFrom('report' as const, 'article' as const),
      published: fc.option(fc.constantFrom(19000101, 20200229, 21001231)),
      facets: fc.record({ phase: fc.subarray(answers('phase')), domain: fc.subarray(answers('domain')) }),
      organizations: fc.subarray(['Acme', 'Bank', 'Users of Acme']),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const index = fixturePlainIndex(rows);
        expect(encodeIndex(plainIndex(readPlainIndex(index)))).toEqual(encodeIndex(index));
      }),
      { numRuns: 50 },
    );
  });

  it('store each column in the narrowest unsigned type that holds it, each on a multiple of 8 bytes', () => {
    const many = Array.from({ length: 300 }, (_, i) => [i]);
    const index = { ...plain(), organizations: plainOrganizations(many.map((_, i) => `Org ${i}`), [[299, 3], [], [256]]) };
    const { columns } = header(encodeIndex(index).columns);
    expect(columns.kind.type).toBe('uint8');
    expect(columns.published.type).toBe('uint32');
    expect(columns['organizations.codes'].type).toBe('uint16');
    expect(columns['facets.phase.rows'].type).toBe('uint8');
    for (const name of INDEX_COLUMNS) expect(columns[name].offset % 8).toBe(0);
  });

  it('can be read with nothing but the header: each column is little-endian integers at its offset', () => {
    const bytes = encodeIndex(plain()).columns;
    const { columns } = header(bytes);
    const view = new DataView(bytes.buffer);
    const { offset, length } = columns.published;
    expect(Array.from({ length }, (_, i) => view.getUint32(offset + 4 * i, true))).toEqual([20190822, 0, 20200229]);
  });

  it('keep the ids and titles in index.json, of the same build as the columns', () => {
    const { labels } = encodeIndex(plain());
    expect(labels).toEqual({ format: 'faultline-index/2', build: 'fixture', count: 3, id: ['incident-0', 'incident-1', 'incident-2'], title: ['Zürich 🚀 outage', 'Incident 1', 'Incident 2'] });
  });

  it('read an index of no incidents', () => {
    const empty = readPlainIndex(fixturePlainIndex([]));
    expect(empty.count).toBe(0);
    expect(empty.organizations.start).toEqual(Uint32Array.of(0));
  });
});

describe('readIndexColumns refuses', () => {
  const columnsOf = (index: PlainIndex) => encodeIndex(index).columns;
  const refusal = (buffer: ArrayBuffer) => {
    try {
      readIndexColumns(buffer);
    } catch (cause) {
      expect(cause).toBeInstanceOf(IndexFileError);
      return (cause as IndexFileError).reason;
    }
    throw new Error('read without complaint');
  };

  it('a file cut short, anywhere', () => {
    const bytes = columnsOf(plain());
    for (const end of [0, 3, 10, bytes.length - 8]) expect(refusal(bytes.slice(0, end).buffer)).toMatch(/truncated/);
  });

  it('a header that is not JSON, or not the schema', () => {
    const bytes = columnsOf(plain());
    const garbled = bytes.slice();
    garbled[5] = 0xff;
    expect(refusal(garbled.buffer)).toBe('its header is not UTF-8 JSON');
    expect(refusal(withHeader(bytes, (h) => ({ ...h, format: 'columns' })))).toMatch(/^its header: format: Invalid input/);
    expect(refusal(withHeader(bytes, (h) => ({ ...h, facets: { ...h.facets, phase: { ...h.facets.phase, combos: [[0, 42]] } } })))).toBe(
      'its header: facets.phase.combos: a combo refers to an option that does not exist',
    );
  });

  it('a header of another version of the format, saying to build the dataset again and nothing else', () => {
    const bytes = columnsOf(plain());
    for (const format of ['faultline-index-columns/1', 'faultline-index-columns/9']) {
      expect(refusal(withHeader(bytes, (h) => ({ ...h, format, possibleCopies: undefined })))).toBe(
        `its header: it was written by another version of Faultline (${format}, where this one reads ${INDEX_COLUMNS_FORMAT}): build the dataset again with npm run prebuild, then reload the page`,
      );
    }
  });

  it('a column placed inside the header, off its alignment, or past the end', () => {
    const bytes = columnsOf(plain());
    const moved = (offset: number) => withHeader(bytes, (h) => ({ ...h, columns: { ...h.columns, published: { ...h.columns.published, offset } } }));
    expect(refusal(moved(0))).toMatch(/^published starts at 0, inside the header/);
    expect(refusal(moved(header(bytes).columns.published.offset + 2))).toMatch(/not on a multiple of 4/);
    expect(refusal(moved(bytes.length - 4))).toBe('published runs past the end of the file: it is truncated');
  });

  it('a column of another length than the incidents', () => {
    const bytes = columnsOf(plain());
    expect(refusal(withHeader(bytes, (h) => ({ ...h, count: 2 })))).toBe('kind has 3 values, expected 2');
  });

  it.each([
    ['a kind other than 0 or 1', (i: PlainIndex): PlainIndex => ({ ...i, kind: [0, 2, 0] }), 'kind: row 1 is 2, expected 0 (report) or 1 (article)'],
    ['a date that is none', (i: PlainIndex): PlainIndex => ({ ...i, published: [20190229, null, null] }), 'published: row 0 is 20190229, not the YYYYMMDD of a calendar date'],
    [
      'more roles than organization names',
      (i: PlainIndex): PlainIndex => ({ ...i, organizations: { ...i.organizations, rows: [[0, 1], [], [1]], roles: [[1, 1], [], [1, 2]] } }),
      'organizations.roles has 4 values, expected 3',
    ],
    ['an organization code that names nothing', (i: PlainIndex): PlainIndex => ({ ...i, organizations: { ...i.organizations, rows: [[0, 1], [], [7]] } }), 'organizations.codes: value 2 (7) refers to no name'],
    ['a role that is none', (i: PlainIndex): PlainIndex => ({ ...i, organizations: { ...i.organizations, roles: [[1, 4], [], [3]] } }), 'organizations.roles: value 1 is 4, expected 1, 2 or 3'],
    ['a name of no organization', (i: PlainIndex): PlainIndex => ({ ...i, organizations: { ...i.organizations, of: [0, 5] } }), 'organizations.of: value 1 (5) refers to no organization'],
    [
      'a row of no combo',
      (i: PlainIndex): PlainIndex => ({ ...i, facets: { ...i.facets, phase: { ...i.facets.phase, rows: [0, 1, 9] } } }),
      'facets.phase.rows: value 2 (9) refers to no combo',
    ],
  ])('%s, saying where', (_, damage, reason) => {
    expect(refusal(columnsOf(damage(plain())).buffer)).toBe(reason);
  });
});

describe('readIndexLabels', () => {
  const { columns, labels } = encodeIndex(plain());
  const read = readIndexColumns(columns.buffer.slice(0));

  it('gives the ids and titles of the columns', () => {
    expect(readIndexLabels(labels, read)).toEqual({ id: labels.id, title: labels.title });
    expect(readIndex(columns.buffer.slice(0), labels).title).toEqual(labels.title);
  });

  it.each([
    ['an id that is not URL-safe', { ...labels, id: ['incident-0', 'B C', 'incident-2'] }, 'id.1: expected an incident id'],
    ['a title that is not text', { ...labels, title: ['a', 7, 'c'] }, 'title.1: expected a title'],
    ['fewer titles than rows', { ...labels, title: ['a', 'b'] }, 'title: title has 2 rows, expected 3'],
    ['labels of another build', { ...labels, build: 'other' }, 'it is of build other but index-columns.bin of build fixture: the dataset was rebuilt while it loaded, reload the page'],
    [
      'labels of another version of the format',
      { ...labels, format: 'faultline-index/1' },
      `it was written by another version of Faultline (faultline-index/1, where this one reads ${INDEX_FORMAT}): build the dataset again with npm run prebuild, then reload the page`,
    ],
    ['labels of another count', { ...labels, count: 2, id: labels.id.slice(1), title: labels.title.slice(1) }, 'it has 2 rows but index-columns.bin 3'],
  ])('refuses %s', (_, body, reason) => {
    expect(() => readIndexLabels(body, read)).toThrow(reason);
  });
});
