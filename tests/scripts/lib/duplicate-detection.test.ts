import { describe, expect, it } from 'vitest';
import { candidatePairs, MAX_SHINGLE_INCIDENTS } from '../../../scripts/lib/duplicate-candidates';
import { textOverlap } from '../../../scripts/lib/duplicate-evidence';
import { fingerprint, SAMPLE_EVERY } from '../../../scripts/lib/duplicate-text';
import { possibleCopies, scorePair } from '../../../scripts/lib/possible-duplicates';
import { mulberry32 } from '../../../scripts/lib/seeded-random';

/** Seeded prose of `count` words drawn from a vocabulary large enough that two texts share no sentence. */
function prose(seed: number, count: number): string {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, () => `w${Math.floor(rng() * 50_000).toString(36)}`).join(' ');
}

const words = (text: string) => text.split(' ');

describe('textOverlap', () => {
  it.each([
    ['a copy', (t: string) => t, 1, 1],
    ['a copy cut to its first half', (t: string) => words(t).slice(0, 150).join(' '), 146 / 296, 1],
    ['a copy with other case and punctuation', (t: string) => t.toUpperCase().replaceAll(' ', ', '), 1, 1],
  ])('scores %s', (_, copy, jaccard, containment) => {
    const original = prose(1, 300);
    const overlap = textOverlap(original, copy(original));
    expect(overlap.jaccard).toBeCloseTo(jaccard, 3);
    expect(overlap.containment).toBeCloseTo(containment, 3);
  });

  it('names the shorter text and shows the longest shared passages, longest first, cut at parts', () => {
    const shared = prose(2, 60);
    const other = prose(3, 12);
    const a = `${prose(4, 100)}\n${shared}\n${other}`;
    const b = `${shared}\n${other}`;
    const overlap = textOverlap(a, b);
    expect(overlap.shorter).toBe(1);
    expect(overlap.containment).toBe(1);
    expect(overlap.passages).toHaveLength(2);
    expect(overlap.passages[0]).toBe(`${words(shared).slice(0, 40).join(' ')} …`);
    expect(overlap.passages[1]).toBe(other);
  });

  it('scores unrelated texts near zero', () => {
    expect(textOverlap(prose(5, 200), prose(6, 200)).containment).toBe(0);
  });
});

describe('scorePair', () => {
  const side = (id: string, text: string, published: string | null = '2020-01-01') => ({ id, title: id.toUpperCase(), published, text });

  it('puts the ids in code-unit order, with their titles and dates', () => {
    const text = prose(7, 100);
    expect(scorePair(side('i-b', text), side('i-a', text, null))).toMatchObject({
      incidents: ['i-a', 'i-b'],
      titles: ['I-A', 'I-B'],
      published: [null, '2020-01-01'],
      sameDate: false,
      containment: 1,
    });
  });

  it('does not flag a pair sharing one sentence, nor texts too short to tell', () => {
    const sentence = prose(8, 12);
    expect(scorePair(side('i-a', `${sentence} ${prose(9, 100)}`), side('i-b', `${sentence} ${prose(10, 100)}`))).toBeNull();
    expect(scorePair(side('i-a', sentence), side('i-b', sentence))).toBeNull();
  });
});

describe('possibleCopies', () => {
  const pairs = (...ids: [string, string][]) => ids.map((incidents) => ({ incidents }) as Parameters<typeof possibleCopies>[0][number]);

  it('counts the incidents merging every pair would remove: one fewer per incident joined to another', () => {
    expect(possibleCopies([])).toBe(0);
    expect(possibleCopies(pairs(['a', 'b']))).toBe(1);
    expect(possibleCopies(pairs(['a', 'b'], ['c', 'd']))).toBe(2);
    // Three texts each like the other two make one incident of three.
    expect(possibleCopies(pairs(['a', 'b'], ['b', 'c'], ['a', 'c']))).toBe(2);
    expect(possibleCopies(pairs(['a', 'b'], ['a', 'c'], ['a', 'd'], ['e', 'd']))).toBe(4);
  });
});

describe('fingerprint', () => {
  it('reads words whatever their case, punctuation, citations and compatibility forms', () => {
    const text = `${prose(12, 200)} 2019 ${prose(13, 100)}`;
    const fingerprinted = fingerprint(text);
    expect(fingerprinted.length).toBeGreaterThan(0);
    expect(fingerprint(text.toUpperCase().replaceAll(' ', ', '))).toEqual(fingerprinted);
    expect(fingerprint(text.replaceAll(' w1', ' [12] w1'))).toEqual(fingerprinted);
    // Fullwidth letters and digits are the ASCII ones in another form.
    const fullwidth = text.replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(fingerprint(fullwidth)).toEqual(fingerprinted);
    expect(fingerprint(prose(14, 300))).not.toEqual(fingerprinted);
  });

  it('gives a text the same fingerprint whatever came before it, and never changes one given', () => {
    const short = prose(15, 80);
    const first = fingerprint(short);
    const kept = Uint32Array.from(first);
    fingerprint(prose(16, 5000));
    expect(fingerprint(short)).toEqual(kept);
    expect(first).toEqual(kept);
  });

  it('keeps sorted, distinct shingle hashes, one in SAMPLE_EVERY of them', () => {
    const text = prose(17, 4000);
    const fingerprinted = fingerprint(`${text} ${text}`);
    expect([...fingerprinted]).toEqual([...new Set(fingerprinted)].sort((a, b) => a - b));
    expect(fingerprinted.every((h) => h % SAMPLE_EVERY === 0)).toBe(true);
    expect(fingerprinted.length).toBeGreaterThan(4000 / SAMPLE_EVERY / 2);
    expect(fingerprinted.length).toBeLessThan((4000 / SAMPLE_EVERY) * 2);
  });
});

describe('candidatePairs', () => {
  it('pairs copies and truncated copies among unrelated texts, and nothing else', () => {
    const texts = Array.from({ length: 200 }, (_, i) => prose(100 + i, 400));
    texts.push(texts[17], words(texts[42]).slice(0, 120).join(' '), `${texts[99]} ${prose(9, 200)}`);
    expect(candidatePairs(texts.map(fingerprint))).toEqual([
      [17, 200],
      [42, 201],
      [99, 202],
    ]);
  });

  it('leaves out shingles held by more incidents than a copy would be', () => {
    const boilerplate = prose(11, 300);
    const texts = Array.from({ length: MAX_SHINGLE_INCIDENTS + 1 }, (_, i) => `${boilerplate}\n${prose(200 + i, 300)}`);
    expect(candidatePairs(texts.map(fingerprint))).toEqual([]);
  });

  it('pairs every copy of a text copied more often than a shared shingle can pair, with a short title of its own each', () => {
    const copied = prose(12, 400);
    const texts = Array.from({ length: 100 }, (_, i) => prose(300 + i, 400));
    const copies = Array.from({ length: MAX_SHINGLE_INCIDENTS + 8 }, (_, i) => texts.push(`${prose(500 + i, 8)}\n${copied}`) - 1);
    const pairs = candidatePairs(texts.map(fingerprint));
    expect(pairs.flat().every((row) => copies.includes(row))).toBe(true);
    // Every copy is paired, and the pairs join them all into one group.
    const group = new Set([copies[0]]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const [a, b] of pairs) {
        if (group.has(a) === group.has(b)) continue;
        group.add(a).add(b);
        grown = true;
      }
    }
    expect([...group].sort((a, b) => a - b)).toEqual(copies);
  });

  it('pairs copies whose shingle hashes crowd into a few of the buckets the postings are sorted in', () => {
    // Hashes sharing their high bits land in one bucket: hundreds of postings there, and a few in each bucket of the other rows.
    const crowded = (row: number) => Uint32Array.from({ length: 30 }, (_, i) => (0x1234_0000 + row * 30 + i) >>> 0);
    const sparse = (row: number) => Uint32Array.from({ length: 3 }, (_, i) => (((0x5600 + row) << 16) + i) >>> 0);
    const prints = Array.from({ length: 40 }, (_, row) => (row % 2 === 0 ? crowded(row) : sparse(row)));
    prints.push(crowded(6), sparse(13), crowded(38));
    expect(candidatePairs(prints)).toEqual([
      [6, 40],
      [13, 41],
      [38, 42],
    ]);
  });
});
