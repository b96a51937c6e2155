import type { Diagnostic, Kind } from '../../src/domain/schema';
import { FACET_IDS, type FacetId } from '../../src/domain/taxonomy';
import type { CacheEntry, RecordFile } from './compile-cache';
import type { PlacedInput } from './dataset-builder';
import type { FileStamp } from './file-stamp';

type PageEntry = CacheEntry & { kind: 'page' };
type CsvEntry = CacheEntry & { kind: 'csv' };

/**
 * The entries of one compile-cache index file as columns: a few typed arrays and arrays
 * of strings in place of some forty objects and fifty strings per page, which a run
 * with everything in the cache would deserialize only to collect again. Equal option
 * and organization lists come back as one shared array, as the dataset builder wants
 * them (shared-fields.ts). Exports keep their entries as objects: they are few, and
 * each holds its rows' events.
 */
export interface IndexColumns {
  pages: PageColumns;
  csv: CsvEntry[];
}

interface PageColumns {
  source: string[];
  path: string[];
  digest: string[];
  /** Per page, its stamp's device, inode and size. */
  stampIds: BigUint64Array;
  /** Per page, its stamp's modification, change and taking times. */
  stampTimes: BigInt64Array;
  /** The pages with diagnostics, and theirs; most have none. */
  diagnosed: number[];
  diagnostics: Diagnostic[][];
  /** Per page, whether it kept a record file, and that file's name, size, inode and modification time. */
  hasRecord: Uint8Array;
  recordName: string[];
  recordSize: Float64Array;
  recordIno: BigUint64Array;
  recordMtime: BigInt64Array;
  /** Per page, whether it became an input (1) or nothing (0); the columns below hold a value for every page all the same. */
  hasInput: Uint8Array;
  kind: Uint8Array;
  published: (string | null)[];
  title: string[];
  failId: (string | null)[];
  richness: Float64Array;
  words: string[];
  key: string[];
  id: string[];
  hash: string[];
  /** Every page's shingles one after another, page i's ending at `printEnds[i]`. */
  prints: Uint32Array;
  printEnds: Uint32Array;
  /** The distinct lists of the pages' organizations, roles and options, which the columns below point into. */
  lists: (string[] | number[])[];
  organizations: Uint32Array;
  roles: Uint32Array;
  /** Per page, one list per facet in FACET_IDS order. */
  facets: Uint32Array;
}

const KINDS: readonly Kind[] = ['report', 'article'];
const STAMP_IDS = 3;
const STAMP_TIMES = 3;

/** Numbers distinct lists by content (equal lists are usually one array already, which spares joining them). */
class ListTable {
  readonly lists: (string[] | number[])[] = [];
  private readonly byArray = new Map<unknown[], number>();
  private readonly byText = new Map<string, number>();

  number(kind: string, list: string[] | number[]): number {
    const known = this.byArray.get(list);
    if (known !== undefined) return known;
    const text = `${kind}\u0001${list.join('\u0000')}`;
    let at = this.byText.get(text);
    if (at === undefined) {
      at = this.lists.push(list) - 1;
      this.byText.set(text, at);
    }
    this.byArray.set(list, at);
    return at;
  }
}

export function indexColumns(entries: Iterable<CacheEntry>): IndexColumns {
  const pages: PageEntry[] = [];
  const csv: CsvEntry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'page') pages.push(entry);
    else csv.push(entry);
  }
  const n = pages.length;
  const lists = new ListTable();
  const columns: PageColumns = {
    source: [],
    path: [],
    digest: [],
    stampIds: new BigUint64Array(n * STAMP_IDS),
    stampTimes: new BigInt64Array(n * STAMP_TIMES),
    diagnosed: [],
    diagnostics: [],
    hasRecord: new Uint8Array(n),
    recordName: [],
    recordSize: new Float64Array(n),
    recordIno: new BigUint64Array(n),
    recordMtime: new BigInt64Array(n),
    hasInput: new Uint8Array(n),
    kind: new Uint8Array(n),
    published: [],
    title: [],
    failId: [],
    richness: new Float64Array(n),
    words: [],
    key: [],
    id: [],
    hash: [],
    prints: new Uint32Array(pages.reduce((sum, page) => sum + (page.input?.print.length ?? 0), 0)),
    printEnds: new Uint32Array(n),
    lists: lists.lists,
    organizations: new Uint32Array(n),
    roles: new Uint32Array(n),
    facets: new Uint32Array(n * FACET_IDS.length),
  };
  let printed = 0;
  pages.forEach(({ source, path, digest, stamp, diagnostics, record, input }, i) => {
    columns.source.push(source);
    columns.path.push(path);
    columns.digest.push(digest);
    columns.stampIds.set([stamp.dev, stamp.ino, stamp.size], i * STAMP_IDS);
    columns.stampTimes.set([stamp.mtimeNs, stamp.ctimeNs, stamp.takenNs], i * STAMP_TIMES);
    if (diagnostics.length > 0) {
      columns.diagnosed.push(i);
      columns.diagnostics.push(diagnostics);
    }
    columns.recordName.push(record?.name ?? '');
    if (record !== null) {
      columns.hasRecord[i] = 1;
      columns.recordSize[i] = record.size;
      columns.recordIno[i] = record.ino;
      columns.recordMtime[i] = record.mtimeNs;
    }
    const fields = input?.fields;
    columns.hasInput[i] = input === null ? 0 : 1;
    columns.kind[i] = fields === undefined ? 0 : KINDS.indexOf(fields.kind);
    columns.published.push(fields?.published ?? null);
    columns.title.push(fields?.title ?? '');
    columns.failId.push(fields?.failId ?? null);
    columns.richness[i] = input?.richness ?? 0;
    columns.words.push(input?.words ?? '');
    columns.key.push(input?.key ?? '');
    columns.id.push(input?.id ?? '');
    columns.hash.push(input?.hash ?? '');
    if (input !== null) columns.prints.set(input.print, printed);
    printed += input?.print.length ?? 0;
    columns.printEnds[i] = printed;
    columns.organizations[i] = lists.number('organizations', fields?.organizations ?? []);
    columns.roles[i] = lists.number('roles', fields?.organizationRoles ?? []);
    FACET_IDS.forEach((facet, f) => (columns.facets[i * FACET_IDS.length + f] = lists.number(facet, fields?.facets[facet] ?? [])));
  });
  return { pages: columns, csv };
}

/** Lists by their items, numbers told apart from strings: one array for equal lists of every index file a run reads. */
export type SharedLists = Map<string, string[] | number[]>;

/**
 * The entries `indexColumns` was given, pages first; each page's shingles a view into
 * one shared array, and its lists the arrays `shared` holds for them, where it holds
 * them already, so that equal lists of different index files are one array too.
 */
export function entriesOf({ pages: columns, csv }: IndexColumns, shared: SharedLists = new Map()): CacheEntry[] {
  const entries: CacheEntry[] = [];
  const diagnosticsOf = new Map(columns.diagnosed.map((page, k) => [page, columns.diagnostics[k]]));
  const { stampIds, stampTimes } = columns;
  const lists = columns.lists.map((list) => {
    const key = `${typeof list[0]}\u0001${list.join('\u0000')}`;
    const known = shared.get(key);
    if (known !== undefined) return known;
    shared.set(key, list);
    return list;
  });
  for (let i = 0; i < columns.source.length; i++) {
    const stamp: FileStamp = {
      dev: stampIds[i * STAMP_IDS],
      ino: stampIds[i * STAMP_IDS + 1],
      size: stampIds[i * STAMP_IDS + 2],
      mtimeNs: stampTimes[i * STAMP_TIMES],
      ctimeNs: stampTimes[i * STAMP_TIMES + 1],
      takenNs: stampTimes[i * STAMP_TIMES + 2],
    };
    const record: RecordFile | null =
      columns.hasRecord[i] === 1 ? { name: columns.recordName[i], size: columns.recordSize[i], ino: columns.recordIno[i], mtimeNs: columns.recordMtime[i] } : null;
    let input: PlacedInput | null = null;
    if (columns.hasInput[i] === 1) {
      const facets = {} as Record<FacetId, string[]>;
      FACET_IDS.forEach((facet, f) => (facets[facet] = lists[columns.facets[i * FACET_IDS.length + f]] as string[]));
      input = {
        fields: {
          kind: KINDS[columns.kind[i]],
          published: columns.published[i],
          title: columns.title[i],
          organizations: lists[columns.organizations[i]] as string[],
          organizationRoles: lists[columns.roles[i]] as number[],
          facets,
          failId: columns.failId[i],
        },
        richness: columns.richness[i],
        words: columns.words[i],
        print: columns.prints.subarray(i === 0 ? 0 : columns.printEnds[i - 1], columns.printEnds[i]),
        key: columns.key[i],
        id: columns.id[i],
        hash: columns.hash[i],
      };
    }
    entries.push({ kind: 'page', source: columns.source[i], path: columns.path[i], stamp, digest: columns.digest[i], input, diagnostics: diagnosticsOf.get(i) ?? [], record });
  }
  return entries.concat(csv);
}
