import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchingWords, parseDictionary, parseShard, partBits, matchesOfAll, shardsFor, SearchIndexError } from '../../src/analysis/search-index';
import { popcount, toIndices } from '../../src/analysis/bitset';
import { BITMAP, summaryKey } from '../../src/domain/search-index-format';
import { SEARCH_WORDS_FILE, shardFile } from '../../src/domain/search-index-format';
import { queryParts, searchWords, wordMatches } from '../../src/domain/search-words';
import { matchRows, wordHaystack } from '../../src/analysis/text-match';
import { BUILD, bufferOf, indexFiles, loadAll } from './search-fixture';

/** What the index must answer: rows where every part matches some word of the row, by a plain scan. */
function scan(texts: readonly string[], query: string): number[] {
  const parts = queryParts(query.split(/\s+/));
  const rows: number[] = [];
  texts.forEach((text, row) => {
    const words = searchWords(text);
    if (parts.every((part) => words.some((word) => wordMatches(word, part)))) rows.push(row);
  });
  return rows;
}

function search(texts: readonly string[], query: string, shardTargetBytes?: number): number[] {
  const { dictionary, shards } = loadAll(indexFiles(texts, shardTargetBytes));
  const parts = queryParts(query.split(/\s+/));
  return Array.from(toIndices(matchesOfAll(parts.map((part) => partBits(dictionary, part, shards)), dictionary.rows)));
}

const TEXTS = [
  'Autopilot disengaged\nTesla\nThe pilot took over after the e-mail alert',
  'Grid outage in Texas\nERCOT\nPower failure hit 4.5 million homes in 2021',
  'Bank app crash\nTSB\nCustomers saw other customers’ accounts',
  'Сбой банковской системы\nСбербанк\nПлатежи не проходили',
  'システム障害\n東京証券取引所\n売買が終日停止',
  'ﬁle server MAIL relay',
];

describe('the search words', () => {
  it('are lowercase runs of letters and digits after NFKC, in any script', () => {
    expect(searchWords('E-mail to U.S. ﬁles, Ｔｅｓｌａ 4.5 Сбой')).toEqual(['e', 'mail', 'to', 'u', 's', 'files', 'tesla', '4', '5', 'сбой']);
    expect(searchWords('नमस्ते दुनिया')).toEqual(['नमस्ते', 'दुनिया']);
  });
});

describe('the search index', () => {
  it.each<[string, number[]]>([
    ['pilot', [0]],
    ['autopilot TESLA', [0]],
    ['ilo', []],
    ['auto', [0]],
    ['customers bank', [2]],
    ['e-mail', [0]],
    ['mail', [0, 5]],
    ['file', [5]],
    ['2021', [1]],
    ['4.5', [1]],
    ['20', [1]],
    ['02', []],
    ['t', [0, 1, 2]],
    ['ba', [2]],
    ['банк', [3]],
    ['сбер', [3]],
    ['シス', [4]],
    ['ム障害', []],
    ['東京', [4]],
    ['取引所', []],
    ['pilot texas', []],
    ['zzz', []],
  ])('“%s” matches rows %j', (query, rows) => {
    expect(search(TEXTS, query)).toEqual(rows);
    expect(scan(TEXTS, query)).toEqual(rows);
  });

  it('matches a query word of any length at the start of a word, never inside one', () => {
    const texts = ['unprotected database', 'data breach', 'autopilot', 'pilot'];
    expect(search(texts, 'data')).toEqual([0, 1]);
    expect(search(texts, 'base')).toEqual([]);
    expect(search(texts, 'tabase')).toEqual([]);
    expect(search(texts, 'pi')).toEqual([3]);
    expect(search(texts, 'pil')).toEqual([3]);
    expect(search(texts, 'pilot')).toEqual([3]);
    expect(search(texts, 'auto')).toEqual([2]);
  });

  it('writes the same bytes for the same rows', () => {
    const a = indexFiles(TEXTS, 64);
    const b = indexFiles([...TEXTS], 64);
    expect(Buffer.from(a.words).equals(Buffer.from(b.words))).toBe(true);
    expect(a.shards.map((s) => Buffer.from(s).toString('hex'))).toEqual(b.shards.map((s) => Buffer.from(s).toString('hex')));
  });

  it('keeps dense words as bitmaps and sparse ones as gaps, with the same answers', () => {
    const texts = Array.from({ length: 300 }, (_, row) => `common word${row % 7} ${row % 50 === 0 ? 'rare' : ''}`);
    expect(search(texts, 'common')).toHaveLength(300);
    expect(search(texts, 'rare')).toEqual([0, 50, 100, 150, 200, 250]);
    expect(search(texts, 'word3 common')).toEqual(scan(texts, 'word3 common'));
  });

  it('counts no row past the last from a bitmap whose last word has its spare bits set', () => {
    const texts = Array.from({ length: 300 }, (_, row) => `common word${row % 7}`);
    const { dictionary, shards } = loadAll(indexFiles(texts));
    const [id] = matchingWords(dictionary, 'common');
    expect(dictionary.kinds[id]).toBe(BITMAP);
    const shard = dictionary.shardFirst.findIndex((first, at) => id >= first && id < dictionary.shardFirst[at + 1]);
    const payload = (shards.get(shard) as Uint8Array).slice();
    const last = dictionary.offsets[id] + dictionary.lengths[id] - 4;
    new DataView(payload.buffer).setUint32(last, 0xffffffff, true);
    const bits = partBits(dictionary, 'common', new Map([...shards, [shard, payload]]));
    expect(popcount(bits)).toBe(300);
    expect(toIndices(bits).at(-1)).toBe(299);
  });

  it('answers a one or two letter term from one summary of its rows where its words’ rows are many', () => {
    const texts = Array.from({ length: 64 }, (_, row) => `d d${row} da${row % 5} x${row}`);
    const { dictionary, shards } = loadAll(indexFiles(texts));
    for (const part of ['d', 'da']) {
      const ids = matchingWords(dictionary, part);
      expect(ids.map((id) => dictionary.words[id])).toEqual([summaryKey(part)]);
      expect(Array.from(toIndices(matchesOfAll([partBits(dictionary, part, shards)], dictionary.rows)))).toEqual(scan(texts, part));
    }
    expect(matchingWords(dictionary, 'x1').map((id) => dictionary.words[id])).toEqual(['x1', ...Array.from({ length: 10 }, (_, i) => `x${i + 10}`)]);
    expect(search(texts, 'da3 d')).toEqual(scan(texts, 'da3 d'));
  });

  it('names only the shards holding the matched words', () => {
    const texts = Array.from({ length: 200 }, (_, row) => `alpha${row} beta${row % 3} omega${row}`);
    const { dictionary } = loadAll(indexFiles(texts, 64));
    expect(dictionary.shardFirst.length - 1).toBeGreaterThan(3);
    const alpha = shardsFor(dictionary, ['alpha1']);
    const omega = shardsFor(dictionary, ['omega']);
    expect(alpha.length).toBeGreaterThan(0);
    expect(alpha.every((shard) => !omega.includes(shard))).toBe(true);
    expect(shardsFor(dictionary, ['nothing'])).toEqual([]);
  });

  it('reads the words of a query word from one run of consecutive shards, a narrower one as the word grows', () => {
    const texts = Array.from({ length: 300 }, (_, row) => `alpha${row} beta${row % 3} omega${row} x${(row * 7919).toString(36)}`);
    const { dictionary } = loadAll(indexFiles(texts, 48));
    const consecutive = (shards: number[]) => shards.every((shard, i) => i === 0 || shard === shards[i - 1] + 1);
    for (const part of ['alpha', 'alpha1', 'alpha12', 'beta', 'omega2', 'x1', 'x1a', 'pha', 'ega1']) {
      const shards = shardsFor(dictionary, [part]);
      expect(consecutive(shards)).toBe(true);
      expect(shards.length).toBeLessThanOrEqual(shardsFor(dictionary, [part.slice(0, -1)]).length);
    }
    expect(shardsFor(dictionary, ['alpha']).length).toBeGreaterThan(2);
    expect(shardsFor(dictionary, ['alpha12'])).toHaveLength(1);
    expect(shardsFor(dictionary, ['pha'])).toEqual([]);
  });

  it('reads one run of consecutive shards per query word, for random texts and words', () => {
    // Few letters, so that a query word occurs inside many words and at the start of some.
    const word = (min: number, max: number) => fc.array(fc.constantFrom(...'abé'), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
    const text = fc.array(word(1, 8), { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), word(1, 4), fc.integer({ min: 1, max: 8 }), (texts, part, shardBytes) => {
        const { dictionary } = loadAll(indexFiles(texts, shardBytes));
        const shards = shardsFor(dictionary, [part]);
        expect(shards.every((shard, i) => i === 0 || shard === shards[i - 1] + 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('answers exactly like a scan of every row’s words, as does the scan of titles before it loads, for random texts and queries', () => {
    const letters = fc.constantFrom(...'abcdeé1ж -.𐐀𓀀');
    const text = fc.array(letters, { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), fc.array(fc.array(letters, { minLength: 1, maxLength: 4 }).map((c) => c.join('')), { minLength: 1, maxLength: 3 }), fc.integer({ min: 16, max: 512 }), (texts, terms, shardBytes) => {
        const query = terms.join(' ');
        const expected = scan(texts, query);
        expect(search(texts, query, shardBytes)).toEqual(expected);
        expect(Array.from(matchRows(wordHaystack(texts), queryParts(terms)))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a damaged search file', () => {
  const files = indexFiles(TEXTS, 32);
  const dictionary = parseDictionary(bufferOf(files.words), SEARCH_WORDS_FILE, BUILD);

  it('of another build is refused', () => {
    expect(() => parseDictionary(bufferOf(files.words), SEARCH_WORDS_FILE, 'other')).toThrow(/another build/);
    expect(() => parseShard(bufferOf(files.shards[0]), shardFile(0), { ...dictionary, build: 'other' }, 0)).toThrow(/another build/);
  });

  it('of an earlier format version is refused, saying so', () => {
    const earlier = (bytes: Uint8Array) => {
      const copy = bytes.slice();
      new DataView(copy.buffer).setUint32(4, 1, true);
      return bufferOf(copy);
    };
    expect(() => parseDictionary(earlier(files.words), SEARCH_WORDS_FILE, BUILD)).toThrow(/another version of Faultline \(format version 1, where this one reads \d+\): build the dataset again with npm run prebuild/);
    expect(() => parseShard(earlier(files.shards[0]), shardFile(0), dictionary, 0)).toThrow(/format version 1/);
  });

  it('truncated or not an index at all is refused', () => {
    expect(() => parseDictionary(bufferOf(files.words.subarray(0, files.words.length - 4)), SEARCH_WORDS_FILE, BUILD)).toThrow(/truncated/);
    expect(() => parseDictionary(bufferOf(new TextEncoder().encode('<!doctype html><html></html>'.repeat(10))), SEARCH_WORDS_FILE, BUILD)).toThrow(/not a search index/);
    expect(() => parseShard(bufferOf(files.shards[1].subarray(0, files.shards[1].length - 1)), shardFile(1), dictionary, 1)).toThrow(/truncated/);
  });

  it('with a changed byte or in the wrong place is refused', () => {
    const damaged = files.shards[0].slice();
    damaged[damaged.length - 1] ^= 0xff;
    expect(() => parseShard(bufferOf(damaged), shardFile(0), dictionary, 0)).toThrow(SearchIndexError);
    expect(() => parseShard(bufferOf(files.shards[0]), shardFile(1), dictionary, 1)).toThrow(/another shard/);
  });
});
