import { appendFileSync, existsSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheScratch } from './cached-prebuild';
import { completeDataset, contents, page, writePages } from './prebuild-process';

const { scratch, prebuild, fromScratch } = cacheScratch('faultline-spare-');

/** The folder of the cache at `cache` that keeps a replaced dataset's records; null when there is none. */
const spareOf = (cache: string): string | null => (existsSync(join(cache, 'dataset')) ? join(cache, 'dataset') : null);

const records = (dir: string) => readdirSync(join(dir, 'incidents')).sort();

describe('the records of a replaced dataset', () => {
  it('are kept in the cache, and the next build starts from them to write what a build from scratch writes', () => {
    const input = writePages(join(scratch, 'kept-in'), 'Outage', 8);
    const out = join(scratch, 'kept-out');
    const cache = join(scratch, 'kept-cache');
    prebuild(cache, '--in', input, '--out', out);
    const first = spareOf(cache);
    expect(first).not.toBeNull();
    expect(records(first as string)).toEqual(records(out));
    const spareFolder = lstatSync(join(first as string, 'incidents')).ino;
    const published = records(out);

    appendFileSync(join(input, 'part-0', '2.txt'), 'A line added later.\n');
    rmSync(join(input, 'part-0', '3.txt'));
    writeFileSync(join(input, 'part-0', 'new.txt'), page('A new outage', '2022-01-01'));
    prebuild(cache, '--in', input, '--out', out);
    // The spare became the build, and the dataset it replaced the spare.
    expect(lstatSync(join(out, 'incidents')).ino).toBe(spareFolder);
    expect(records(spareOf(cache) as string)).toEqual(published);
    const built = contents(out);
    completeDataset(out);
    expect(fromScratch(input, out)).toEqual(built);
  });

  it('are not taken when something else is among them, which is left where it is', () => {
    const input = writePages(join(scratch, 'foreign-in'), 'Outage', 4);
    const out = join(scratch, 'foreign-out');
    const cache = join(scratch, 'foreign-cache');
    prebuild(cache, '--in', input, '--out', out);
    const spare = spareOf(cache) as string;
    writeFileSync(join(spare, 'notes.txt'), 'mine');
    writeFileSync(join(input, 'part-0', 'new.txt'), page('A new outage', '2022-01-01'));
    prebuild(cache, '--in', input, '--out', out);
    expect(readFileSync(join(spare, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'notes.txt'))).toBe(false);
    const built = contents(out);
    expect(fromScratch(input, out)).toEqual(built);
  });

  it('of another dataset built with the same cache give each build what a build from scratch writes', () => {
    const cache = join(scratch, 'shared-cache');
    const [first, second] = ['Outage', 'Breach'].map((name) => ({ input: writePages(join(scratch, `shared-${name}-in`), name, 5), out: join(scratch, `shared-${name}-out`) }));
    for (const round of [1, 2]) {
      for (const { input, out } of [first, second]) {
        writeFileSync(join(input, 'part-0', `round-${round}.txt`), page(`Round ${round} of ${input}`, '2022-02-02'));
        prebuild(cache, '--in', input, '--out', out);
        const built = contents(out);
        expect(fromScratch(input, out)).toEqual(built);
      }
    }
  });

  it('are written again where one was changed since it was kept', () => {
    const input = writePages(join(scratch, 'changed-in'), 'Outage', 4);
    const out = join(scratch, 'changed-out');
    const cache = join(scratch, 'changed-cache');
    prebuild(cache, '--in', input, '--out', out);
    const spare = spareOf(cache) as string;
    for (const name of records(spare)) {
      const path = join(spare, 'incidents', name);
      const text = readFileSync(path, 'utf8');
      rmSync(path);
      writeFileSync(path, text.replace('Outage', 'Tampered'));
    }
    writeFileSync(join(input, 'part-0', 'new.txt'), page('A new outage', '2022-01-01'));
    prebuild(cache, '--in', input, '--out', out);
    const built = contents(out);
    expect(JSON.stringify(built)).not.toContain('Tampered');
    expect(fromScratch(input, out)).toEqual(built);
  });
});
