/**
 * Report-length made-up text for the search benchmarks: 90–140 words per incident
 * (about 600–1,000 characters) drawn from a vocabulary of 100,000 made-up words with
 * Zipf frequencies, seeded, so an index of it has the shape of real text's: a few very
 * common words with long posting lists and a long tail of rare ones.
 */
import type { Rng } from '../scripts/lib/seeded-random';

export const VOCABULARY = 100_000;

const SYLLABLES = [...'bdfgklmnprstvz'].flatMap((c) => [...'aeiou'].map((v) => c + v));

export function vocabulary(random: Rng): string[] {
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    const length = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

/** Draws a vocabulary rank with probability ∝ 1 / (rank + 1). */
export function zipf(random: Rng): () => number {
  const cumulative = new Float64Array(VOCABULARY);
  let sum = 0;
  for (let rank = 0; rank < VOCABULARY; rank++) cumulative[rank] = sum += 1 / (rank + 1);
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = VOCABULARY - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** One incident's text at a time, each from `random` and `words`. */
export function reportTexts(random: Rng, words: readonly string[]): () => string {
  const draw = zipf(random);
  const row: string[] = [];
  return () => {
    row.length = 0;
    const count = 90 + Math.floor(random() * 51);
    for (let w = 0; w < count; w++) row.push(words[draw()]);
    return row.join(' ');
  };
}
