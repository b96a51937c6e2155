import { appendFileSync, existsSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheScratch } from './cached-prebuild';
import { completeDataset, contents, page, writePages } from './prebuild-process';

const { scratch, prebuild, fromScratch } = cacheScratch('faultline-spare-');

/** The folder of the cache at `cache` that keeps a replaced dataset's records; null when there is none. */
const spareOf = (cache: string): string | null => (existsSync(join(cache, 'dataset')) ? join(cache, 'dataset') : null);

const records = (dir: string) => readdirSync(join(dir, 'incidents')).sort();

/** A dataset of `count` pages built once with a cache of its own: its input, output, cache and the spare that build left. */
function builtOnce(name: string, count: number) {
  const input = writePages(join(scratch, `${name}-in`), 'Outage', count);
  const out = join(scratch, `${name}-out`);
  const cache = join(scratch, `${name}-cache`);
  prebuild(cache, '--in', input, '--out', out);
  const spare = spareOf(cache);
  expect(spare).not.toBeNull();
  return { input, out, cache, spare: spare as string };
}

/** Builds `input` into `out` with `cache` and checks the dataset is the one a build from scratch writes; its files. */
function rebuilt(cache: string, input: string, out: string): Record<string, string> {
  prebuild(cache, '--in', input, '--out', out);
  const built = contents(out);
  completeDataset(out);
  expect(fromScratch(input, out)).toEqual(built);
  return built;
}

describe('the records of a replaced dataset', () => {
  it('are kept in the cache, and the next build starts from them to write what a build from scratch writes', () => {
    const { input, out, cache, spare } = builtOnce('kept', 8);
    expect(records(spare)).toEqual(records(out));
    const spareFolder = lstatSync(join(spare, 'incidents')).ino;
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
    const { input, out, cache, spare } = builtOnce('foreign', 4);
    writeFileSync(join(spare, 'notes.txt'), 'mine');
    writeFileSync(join(input, 'part-0', 'new.txt'), page('A new outage', '2022-01-01'));
    rebuilt(cache, input, out);
    expect(readFileSync(join(spare, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'notes.txt'))).toBe(false);
  });

  it('of another dataset built with the same cache give each build what a build from scratch writes', () => {
    const cache = join(scratch, 'shared-cache');
    const [first, second] = ['Outage', 'Breach'].map((name) => ({ input: writePages(join(scratch, `shared-${name}-in`), name, 5), out: join(scratch, `shared-${name}-out`) }));
    for (const round of [1, 2]) {
      for (const { input, out } of [first, second]) {
        writeFileSync(join(input, 'part-0', `round-${round}.txt`), page(`Round ${round} of ${input}`, '2022-02-02'));
        rebuilt(cache, input, out);
      }
    }
  });

  it('are written again where one was changed since it was kept', () => {
    const { input, out, cache, spare } = builtOnce('changed', 4);
    for (const name of records(spare)) {
      const path = join(spare, 'incidents', name);
      const text = readFileSync(path, 'utf8');
      rmSync(path);
      writeFileSync(path, text.replace('Outage', 'Tampered'));
    }
    writeFileSync(join(input, 'part-0', 'new.txt'), page('A new outage', '2022-01-01'));
    expect(JSON.stringify(rebuilt(cache, input, out))).not.toContain('Tampered');
  });
});
