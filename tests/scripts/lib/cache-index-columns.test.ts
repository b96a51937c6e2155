import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { entriesOf, indexColumns, type SharedLists } from '../../../scripts/lib/cache-index-columns';
import type { CacheEntry } from '../../../scripts/lib/compile-cache';
import { compilePage } from '../../../scripts/lib/compile-page';
import { placedInput } from '../../../scripts/lib/dataset-builder';
import { Vocabulary } from '../../../scripts/lib/document-words';
import { FACET_IDS } from '../../../src/domain/taxonomy';
import { page } from '../prebuild-process';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-cache-columns-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const stamp = { dev: 2049n, ino: 2n ** 64n - 1n, size: 12_345n, mtimeNs: -1_000_000_123n, ctimeNs: 1_796_554_884_462_514_310n, takenNs: 1_796_582_152_127_000_000n };

/** Pages compiled as the prebuild compiles them, as the cache keeps them. */
function compiledEntries(): CacheEntry[] {
  const vocabulary = new Vocabulary();
  return [
    ['outage.txt', page('Payment outage', '2021-01-01')],
    ['breach.txt', page('Customer data breach', '2022-03-04')],
    ['again.txt', page('Payment outage, reported again', '2021-01-01')],
  ].map(([source, text], i) => {
    const path = join(scratch, source);
    writeFileSync(path, text);
    const { staged } = compilePage({ path, source });
    const input = staged.input === null ? null : placedInput(staged.input, vocabulary);
    return {
      kind: 'page',
      source,
      path,
      stamp: { ...stamp, ino: BigInt(i) },
      digest: `digest-${i}`,
      input,
      diagnostics: staged.diagnostics,
      record: { name: input?.hash ?? '', size: 100 + i, ino: 7n + BigInt(i), mtimeNs: 99n },
    };
  });
}

const facets = (options: string[]) => Object.fromEntries(FACET_IDS.map((f) => [f, f === 'phase' ? options : []])) as Record<(typeof FACET_IDS)[number], string[]>;

/** Entries at the edges of what a page or export entry holds. */
const edgeEntries: CacheEntry[] = [
  {
    kind: 'page',
    source: 'empty.txt',
    path: '/in/empty.txt',
    stamp,
    digest: 'd0',
    input: null,
    diagnostics: [{ level: 'error', message: 'no "Incident:" line: not a report', line: 1 }],
    record: null,
  },
  {
    kind: 'csv',
    source: 'export.csv',
    path: '/in/export.csv',
    stamp,
    digest: 'd1',
    events: [{ skip: 'export.csv row 2', diagnostics: [{ level: 'warning', message: 'short row', line: 2 }] }],
  },
  {
    kind: 'page',
    source: 'article.txt',
    path: '/in/article.txt',
    stamp,
    digest: 'd2',
    input: {
      fields: { kind: 'article', published: null, title: 'Ünïcode 𝔱itle', organizations: ['1', '3'], organizationRoles: [1, 3], facets: facets(['operation', 'unknown']), failId: 'FAIL-7' },
      richness: 0,
      words: '\u0000\u0001\u0000',
      print: new Uint32Array(0),
      key: 'ünïcode 𝔱itle|',
      id: 'fail-7',
      hash: 'h2',
    },
    diagnostics: [],
    record: { name: 'h2', size: 0, ino: 0n, mtimeNs: 0n },
  },
  {
    kind: 'page',
    source: 'report.txt',
    path: '/in/report.txt',
    stamp,
    digest: 'd3',
    input: {
      fields: { kind: 'report', published: '2020-02-29', title: 'Report', organizations: ['Acme', 'Acme, Inc.'], organizationRoles: [1, 3], facets: facets(['operation', 'unknown']), failId: null },
      richness: 112,
      words: 'x',
      print: Uint32Array.of(0, 16, 2 ** 32 - 16),
      key: 'report|2020-02-29',
      id: 'i-0123456789ab',
      hash: 'h3',
    },
    diagnostics: [],
    record: { name: 'h3', size: 13_004, ino: 4_546_507n, mtimeNs: 1_796_582_152_173_581_346n },
  },
];

const roundTrip = (entries: CacheEntry[]) => entriesOf(deserialize(serialize(indexColumns(entries))));

describe('cache index columns', () => {
  it('give back every page and export entry as kept, pages first', () => {
    const entries = [...compiledEntries(), ...edgeEntries];
    const pages = entries.filter((e) => e.kind === 'page');
    const exports = entries.filter((e) => e.kind === 'csv');
    expect(roundTrip(entries)).toEqual([...pages, ...exports]);
  });

  it('give equal lists back as one array, and never one list of numbers for a list of text', () => {
    const read = roundTrip(edgeEntries).filter((e) => e.kind === 'page' && e.input !== null) as (CacheEntry & { kind: 'page' })[];
    const [article, report] = read.map((e) => e.input?.fields);
    expect(article?.facets.phase).toBe(report?.facets.phase);
    expect(article?.facets.boundary).toEqual([]);
    expect(report?.organizationRoles).toBe(article?.organizationRoles);
    expect(article?.organizations).toEqual(['1', '3']);
    expect(article?.organizationRoles).toEqual([1, 3]);
  });

  it('give equal lists of two index files back as one array, when read with the same shared lists', () => {
    const [, , article, report] = edgeEntries;
    const shared: SharedLists = new Map();
    const readWith = (entry: CacheEntry) => entriesOf(deserialize(serialize(indexColumns([entry]))), shared)[0] as CacheEntry & { kind: 'page' };
    const [first, second] = [readWith(article), readWith(report)].map((e) => e.input?.fields);
    expect(second?.facets.phase).toBe(first?.facets.phase);
    expect(second?.organizationRoles).toBe(first?.organizationRoles);
    expect(second?.organizations).not.toBe(first?.organizations);
    expect(second?.organizations).toEqual(['Acme', 'Acme, Inc.']);
    expect(first?.organizations).toEqual(['1', '3']);
    expect(first?.organizationRoles).toEqual([1, 3]);
  });

  it('keep nothing of one page in another', () => {
    const read = roundTrip(edgeEntries);
    expect(read.map((e) => e.kind === 'page' && e.diagnostics.length)).toEqual([1, 0, 0, false]);
    const [, , report] = read as (CacheEntry & { kind: 'page' })[];
    expect(Array.from(report.input?.print ?? [])).toEqual([0, 16, 2 ** 32 - 16]);
  });
});
