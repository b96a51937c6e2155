/**
 * The index as files, written by the prebuild and read by the app with the same code:
 * `index-columns.bin`, every column a count, a chart or a filter reads, and `index.json`,
 * the ids and titles.
 *
 * `index-columns.bin` is a 4-byte little-endian length, that many bytes of UTF-8 JSON
 * (`IndexColumnsHeaderSchema`: the dictionaries, and each column's type, offset and
 * length), then the columns, little-endian, each on a multiple of 8 bytes. Read in the
 * browser, each column is a typed array over the fetched bytes: a million incidents are
 * checked in a few loops, with no text to parse and no object per row. The same bytes
 * read in any language with `numpy.frombuffer(data, "<u2", length, offset)` or its like.
 */
import { isDateCode } from './calendar-date';
import { INDEX_COLUMNS_FILE } from './index-file-names';
import { describeIssues } from './schema-issues';
import {
  type CodeArray,
  type ColumnType,
  type DatasetIndex,
  INDEX_COLUMNS,
  INDEX_COLUMNS_FORMAT,
  type IndexColumnName,
  type IndexColumns,
  type IndexColumnsHeader,
  IndexColumnsHeaderSchema,
  type IndexLabels,
  type IndexLabelsFile,
  IndexLabelsFileSchema,
  type PlainIndex,
} from './schema';
import { FACET_IDS } from './taxonomy';

export { INDEX_COLUMNS_FILE };

const ARRAYS = { uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array } as const;
const LENGTH_BYTES = 4;
/** Where each column starts a multiple of: a typed array of any of the three types can view it in place. */
const ALIGN = 8;
const aligned = (n: number) => Math.ceil(n / ALIGN) * ALIGN;
/** Typed arrays use the machine's byte order; the file's is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const BIG_ENDIAN_MACHINE = 'this machine stores numbers big-endian, and the index is read only where they are little-endian';

/** Why bytes or JSON are not the index they should be, in words for the person who built it. */
export class IndexFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'IndexFileError';
  }
}

const fail = (reason: string): never => {
  throw new IndexFileError(reason);
};

function narrowest(values: ArrayLike<number>): ColumnType {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max <= 0xff ? 'uint8' : max <= 0xffff ? 'uint16' : 'uint32';
}

/** The index as the prebuild writes it: `columns`, the bytes of `index-columns.bin`, and `labels`, what `index.json` holds. */
export function encodeIndex(index: PlainIndex): { columns: Uint8Array<ArrayBuffer>; labels: IndexLabelsFile } {
  if (!LITTLE_ENDIAN) fail(BIG_ENDIAN_MACHINE);
  const { organizations } = index;
  const values = Object.fromEntries([
    ['kind', index.kind],
    ['published', Array.from(index.published, (day) => day ?? 0)],
    ['organizations.counts', organizations.rows.map((row) => row.length)],
    ['organizations.codes', organizations.rows.flat()],
    ['organizations.roles', organizations.roles.flat()],
    ['organizations.of', organizations.of],
    ...FACET_IDS.map((facet) => [`facets.${facet}.rows`, index.facets[facet].rows]),
  ]) as Record<IndexColumnName, ArrayLike<number>>;
  const types = INDEX_COLUMNS.map((name) => narrowest(values[name]));
  const headerAt = (dataStart: number): IndexColumnsHeader => {
    let at = dataStart;
    const columns = INDEX_COLUMNS.map((name, i) => {
      const place = { type: types[i], offset: at, length: values[name].length };
      at = aligned(at + place.length * ARRAYS[place.type].BYTES_PER_ELEMENT);
      return [name, place] as const;
    });
    return {
      format: INDEX_COLUMNS_FORMAT,
      build: index.build,
      count: index.count,
      possibleCopies: index.possibleCopies,
      organizations: { values: [...organizations.values], names: [...organizations.names], keys: [...organizations.keys] },
      facets: Object.fromEntries(FACET_IDS.map((facet) => [facet, { options: [...index.facets[facet].options], combos: index.facets[facet].combos.map((combo) => [...combo]) }])) as IndexColumnsHeader['facets'],
      columns: Object.fromEntries(columns) as IndexColumnsHeader['columns'],
    };
  };
  // The offsets are in the header, so its length moves where the columns start: placed again until it no longer does.
  let dataStart = 0;
  let header: IndexColumnsHeader;
  let text: Uint8Array;
  for (;;) {
    header = headerAt(dataStart);
    text = new TextEncoder().encode(JSON.stringify(header));
    if (aligned(LENGTH_BYTES + text.length) === dataStart) break;
    dataStart = aligned(LENGTH_BYTES + text.length);
  }
  const last = header.columns[INDEX_COLUMNS[INDEX_COLUMNS.length - 1]];
  const bytes = new Uint8Array(aligned(last.offset + last.length * ARRAYS[last.type].BYTES_PER_ELEMENT));
  new DataView(bytes.buffer).setUint32(0, text.length, true);
  bytes.set(text, LENGTH_BYTES);
  for (const name of INDEX_COLUMNS) {
    const { type, offset, length } = header.columns[name];
    new ARRAYS[type](bytes.buffer, offset, length).set(values[name]);
  }
  return { columns: bytes, labels: { format: index.format, build: index.build, count: index.count, id: [...index.id], title: [...index.title] } };
}

/** The first row of `values` at or above `limit`, or -1: one loop, no object per value. */
function firstAtOrAbove(values: CodeArray, limit: number): number {
  for (let i = 0; i < values.length; i++) if (values[i] >= limit) return i;
  return -1;
}

/** `values` in an array of `Type`, themselves when they are one: `set` converts natively, where `from` would iterate. */
function as<T extends CodeArray>(Type: new (length: number) => T, values: CodeArray): T {
  if (values instanceof Type) return values;
  const converted = new Type(values.length);
  converted.set(values);
  return converted;
}

/**
 * The columns of `index-columns.bin`, checked whole: its header against
 * `IndexColumnsHeaderSchema`, every column inside the file and of the right length, and
 * every value something the dictionaries hold. Throws an `IndexFileError` saying what is
 * wrong. Most columns are views of `buffer`, which must stay as it is.
 */
export function readIndexColumns(buffer: ArrayBuffer): IndexColumns {
  if (!LITTLE_ENDIAN) fail(BIG_ENDIAN_MACHINE);
  if (buffer.byteLength < LENGTH_BYTES) fail('it is truncated');
  const headerLength = new DataView(buffer).getUint32(0, true);
  const dataStart = LENGTH_BYTES + headerLength;
  if (dataStart > buffer.byteLength) fail('it is truncated');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(buffer, LENGTH_BYTES, headerLength)));
  } catch {
    fail('its header is not UTF-8 JSON');
  }
  const parsed = IndexColumnsHeaderSchema.safeParse(raw);
  if (!parsed.success) return fail(`its header: ${describeIssues(parsed.error, raw)}`);
  const header = parsed.data;
  const { count, organizations, facets } = header;
  const read = (name: IndexColumnName, expected: number): CodeArray => {
    const { type, offset, length } = header.columns[name];
    const size = ARRAYS[type].BYTES_PER_ELEMENT;
    if (offset < dataStart || offset % size !== 0) fail(`${name} starts at ${offset}, inside the header or not on a multiple of ${size}`);
    if (offset + length * size > buffer.byteLength) fail(`${name} runs past the end of the file: it is truncated`);
    if (length !== expected) fail(`${name} has ${length} values, expected ${expected}`);
    return new ARRAYS[type](buffer, offset, length);
  };
  const within = (name: IndexColumnName, values: CodeArray, limit: number, what: string) => {
    const at = firstAtOrAbove(values, limit);
    if (at >= 0) fail(`${name}: value ${at} (${values[at]}) refers to no ${what}`);
  };
  const kind = read('kind', count);
  const wrongKind = firstAtOrAbove(kind, 2);
  if (wrongKind >= 0) fail(`kind: row ${wrongKind} is ${kind[wrongKind]}, expected 0 (report) or 1 (article)`);
  const published = read('published', count);
  for (let row = 0; row < count; row++) {
    const day = published[row];
    if (day !== 0 && !isDateCode(day)) fail(`published: row ${row} is ${day}, not the YYYYMMDD of a calendar date`);
  }
  const counts = read('organizations.counts', count);
  const start = new Uint32Array(count + 1);
  for (let row = 0; row < count; row++) start[row + 1] = start[row] + counts[row];
  const codes = read('organizations.codes', header.columns['organizations.codes'].length);
  if (start[count] !== codes.length) fail(`organizations.counts add up to ${start[count]}, but there are ${codes.length} codes`);
  within('organizations.codes', codes, organizations.values.length, 'name');
  const roles = read('organizations.roles', codes.length);
  for (let at = 0; at < roles.length; at++) {
    if (roles[at] < 1 || roles[at] > 3) fail(`organizations.roles: value ${at} is ${roles[at]}, expected 1, 2 or 3`);
  }
  const of = read('organizations.of', organizations.values.length);
  within('organizations.of', of, organizations.names.length, 'organization');
  const facetColumns = Object.fromEntries(
    FACET_IDS.map((facet) => {
      const name = `facets.${facet}.rows` as const;
      const rows = read(name, count);
      within(name, rows, facets[facet].combos.length, 'combo');
      return [facet, { ...facets[facet], rows }];
    }),
  ) as IndexColumns['facets'];
  return {
    build: header.build,
    count,
    possibleCopies: header.possibleCopies,
    kind: as(Uint8Array, kind),
    published: as(Uint32Array, published),
    organizations: { ...organizations, start, codes: as(Uint32Array, codes), roles: as(Uint8Array, roles), of: as(Uint32Array, of) },
    facets: facetColumns,
  };
}

/**
 * The ids and titles of `index.json` (parsed JSON), checked against
 * `IndexLabelsFileSchema` and against the columns they name: the same build, as many
 * rows. Throws an `IndexFileError` saying what is wrong.
 */
export function readIndexLabels(body: unknown, columns: Pick<IndexColumns, 'build' | 'count'>): IndexLabels {
  const parsed = IndexLabelsFileSchema.safeParse(body);
  if (!parsed.success) return fail(describeIssues(parsed.error, body));
  const { build, count, id, title } = parsed.data;
  if (build !== columns.build) fail(`it is of build ${build} but ${INDEX_COLUMNS_FILE} of build ${columns.build}: the dataset was rebuilt while it loaded, reload the page`);
  if (count !== columns.count) fail(`it has ${count} rows but ${INDEX_COLUMNS_FILE} ${columns.count}`);
  return { id, title };
}

/** Both files of the index read back as the app reads them, for code that has them whole. */
export function readIndex(columns: ArrayBuffer, labels: unknown): DatasetIndex {
  const read = readIndexColumns(columns);
  return { ...read, ...readIndexLabels(labels, read) };
}

/** A plain index written and read back, as the app would read it. */
export function readPlainIndex(index: PlainIndex): DatasetIndex {
  const { columns, labels } = encodeIndex(index);
  return readIndex(columns.buffer, JSON.parse(JSON.stringify(labels)));
}
