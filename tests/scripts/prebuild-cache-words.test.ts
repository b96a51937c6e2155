import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheScratch, compilerFolder } from './cached-prebuild';
import { completeDataset, contents, page, writePages } from './prebuild-process';

const root = resolve(__dirname, '../..');
const { scratch, prebuild, fromScratch } = cacheScratch('faultline-cache-words-');

/** An article whose body holds `count` words no other input has. */
const wordyArticle = (title: string, count: number) =>
  `Original Title: ${title}\nOriginal Content:\n${Array.from({ length: count }, (_, i) => `zq${i.toString(36)}${title.length}x`).join(' ')}\n`;

describe("the compile cache's words", () => {
  const input = join(scratch, 'in');
  const out = join(scratch, 'out');
  const cache = join(scratch, 'cache');
  const PAGES = 30;
  const folder = () => compilerFolder(cache);
  const vocabulary = () => join(folder(), 'vocabulary.bin');

  beforeAll(() => {
    writePages(input, 'Outage', PAGES);
    writeFileSync(join(input, 'export.csv'), readFileSync(join(root, 'data/fail-export/incident_data.csv')));
    expect(prebuild(cache, '--in', input, '--out', out)).toMatchObject({ compiled: PAGES + 1, cached: 0 });
  });

  it('keep no report text in the index every run reads: only numbers of words, which terms and search are combined from', () => {
    const cause = 'The quartzite telemetry daemon overflowed its zebrafish buffer';
    writeFileSync(
      join(input, 'part-0', 'caused.txt'),
      page('A report with its causes', '2021-06-06').replace('Postmortem Analysis\n', `Postmortem Analysis\nSoftware Causes 1. ${cause} [1].\n`),
    );
    expect(prebuild(cache, '--in', input, '--out', out)).toMatchObject({ compiled: 1 });
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toContain('A report with its causes');
    const indexFiles = readdirSync(folder()).filter((name) => name.startsWith('index-'));
    expect(indexFiles.length).toBeGreaterThan(0);
    for (const name of indexFiles) expect(readFileSync(join(folder(), name)).includes(cause)).toBe(false);
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(0);
    const cached = contents(out);
    expect(fromScratch(input, out)).toEqual(cached);
  });

  it('start afresh once most of them are gone, and still give what a build from scratch writes', () => {
    const article = join(input, 'part-0', 'wordy.txt');
    writeFileSync(article, wordyArticle('A wordy article', 6000));
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(1);
    const grown = statSync(vocabulary()).size;
    rmSync(article);
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(0);
    expect(statSync(vocabulary()).size).toBeLessThan(grown / 2);
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(0);
    const cached = contents(out);
    completeDataset(out);
    expect(fromScratch(input, out)).toEqual(cached);
  });

  it('are compiled again, every input, when the vocabulary they are numbered in is damaged', () => {
    truncateSync(vocabulary(), statSync(vocabulary()).size - 10);
    // Another dataset, as the one built so far is up to date and would be left as it is.
    const again = join(scratch, 'out-after-damage');
    expect(prebuild(cache, '--in', input, '--out', again)).toMatchObject({ cached: 0, upToDate: false });
    expect(prebuild(cache, '--in', input, '--out', again).upToDate).toBe(true);
    const cached = contents(again);
    expect(fromScratch(input, again)).toEqual(cached);
  });

  it('are not read in a vocabulary that another run replaced with one not extending theirs', () => {
    const before = join(scratch, 'vocabulary-before.bin');
    copyFileSync(vocabulary(), before);
    writeFileSync(join(input, 'part-0', 'new-words.txt'), wordyArticle('New words', 50));
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(1);
    // Another run, started before this one, renames its vocabulary into place last.
    copyFileSync(before, vocabulary());
    const run = prebuild(cache, '--in', input, '--out', out);
    expect(run.compiled).toBeGreaterThan(0);
    expect(run.cached).toBeGreaterThan(0);
    expect(prebuild(cache, '--in', input, '--out', out).compiled).toBe(0);
    const cached = contents(out);
    completeDataset(out);
    expect(fromScratch(input, out)).toEqual(cached);
  });
});
