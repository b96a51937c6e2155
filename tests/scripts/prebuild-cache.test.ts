import { lstatSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheScratch, compilerFolder } from './cached-prebuild';
import { completeDataset, contents, page, writePages } from './prebuild-process';

const root = resolve(__dirname, '../..');
const { scratch, prebuild, fromScratch } = cacheScratch('faultline-cache-');
/** What a run compiling every input afresh writes, its words numbered in the vocabulary the cache already holds. */
const noCache = (input: string) => {
  const again = join(scratch, 'no-cache-out');
  rmSync(again, { recursive: true, force: true });
  prebuild(join(scratch, 'cache'), '--in', input, '--out', again, '--no-cache');
  return contents(again);
};

const csv = readFileSync(join(root, 'data/fail-export/incident_data.csv'), 'utf8');

describe('the compile cache', () => {
  const input = join(scratch, 'in');
  const out = join(scratch, 'out');
  const cache = join(scratch, 'cache');
  // More pages than the prebuild compiles inline, so the first build compiles them on its threads.
  const PAGES = 210;

  beforeAll(() => {
    writePages(input, 'Outage', PAGES);
    writeFileSync(join(input, 'export.csv'), csv);
    const first = prebuild(cache, '--in', input, '--out', out);
    expect(first).toMatchObject({ compiled: PAGES + 1, cached: 0 });
  });

  it('keeps each page record once: the record in the dataset is the file in the cache, and no temporary file is left', () => {
    const records = join(compilerFolder(cache), 'records');
    const kept = readdirSync(records);
    expect(kept).toHaveLength(PAGES);
    expect(kept.every((name) => /^[0-9a-f]{40}$/.test(name))).toBe(true);
    const cacheFiles = new Set(kept.map((name) => lstatSync(join(records, name)).ino));
    const shared = readdirSync(join(out, 'incidents')).filter((name) => cacheFiles.has(lstatSync(join(out, 'incidents', name)).ino));
    expect(shared).toHaveLength(PAGES);
  });

  it('compiles only a report added since the last run, and writes what a build from scratch writes', () => {
    writeFileSync(join(input, 'part-0', 'added.txt'), page('A report added later', '2021-05-05'));
    const run = prebuild(cache, '--in', input, '--out', out);
    expect(run).toMatchObject({ compiled: 1, cached: PAGES + 1 });
    const cached = contents(out);
    completeDataset(out);
    expect(fromScratch(input, out)).toEqual(cached);
  });

  it.each([
    ['a changed report', 1, () => writeFileSync(join(input, 'part-1', '105.txt'), page('Outage 105, retitled', '2020-02-22'))],
    ['a deleted report', 0, () => rmSync(join(input, 'part-1', '106.txt'))],
    ['a renamed report', 1, () => renameSync(join(input, 'part-1', '107.txt'), join(input, 'part-1', 'renamed.txt'))],
    ['an edited CSV row', 1, () => writeFileSync(join(input, 'export.csv'), csv.replace('River Avon Boat Tour Company', 'River Avon Boat Tour Operator'))],
    ['a report that became the duplicate of another', 1, () => writeFileSync(join(input, 'part-2', '200.txt'), page('Outage 201', '2020-02-06'))],
  ])('after %s, compiles no other file and writes what a build from scratch writes', (_, compiled, change) => {
    change();
    const run = prebuild(cache, '--in', input, '--out', out);
    expect(run.compiled).toBe(compiled);
    const cached = contents(out);
    completeDataset(out);
    expect(fromScratch(input, out)).toEqual(cached);
    expect(noCache(input)).toEqual(cached);
  });
});
