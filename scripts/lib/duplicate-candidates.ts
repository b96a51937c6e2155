/**
 * A sampled shingle found in more incidents than this is boilerplate ("the incident was
 * caused by a"), not evidence of a copy, and is left out: it would pair every incident
 * holding it with every other, which is what makes comparing all pairs quadratic.
 */
export const MAX_SHINGLE_INCIDENTS = 32;
/** Shared rare sampled shingles over those of the sparser fingerprint for a pair to be compared exactly. */
export const CANDIDATE_SHARE = 0.5;

const BUCKET_BITS = 16;
const LOW_MASK = (1 << (32 - BUCKET_BITS)) - 1;
const ROW_SPAN = 2 ** 32;

/**
 * Pairs of incidents (row numbers, lower first, sorted) worth comparing exactly: those
 * sharing at least half the rare sampled shingles of the one with fewer. An inverted
 * index over the sampled shingle hashes finds them without looking at every pair: the
 * postings are bucketed by their hash's high bits (a counting sort, linear), each
 * bucket is sorted, and only shingles held by 2 to MAX_SHINGLE_INCIDENTS incidents pair
 * them up, so the work grows with the number of postings, not with its square.
 */
export function candidatePairs(fingerprints: readonly Uint32Array[]): [number, number][] {
  const buckets = new Uint32Array((1 << BUCKET_BITS) + 1);
  let total = 0;
  for (const print of fingerprints) {
    for (const h of print) buckets[(h >>> (32 - BUCKET_BITS)) + 1]++;
    total += print.length;
  }
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
  // A posting as one number: the hash's low bits (its high bits are its bucket's) above the row.
  const postings = new Float64Array(total);
  const next = buckets.slice(0, -1);
  fingerprints.forEach((print, row) => {
    for (const h of print) postings[next[h >>> (32 - BUCKET_BITS)]++] = (h & LOW_MASK) * ROW_SPAN + row;
  });

  const rare = new Uint32Array(fingerprints.length);
  const lists: number[][] = [];
  for (let b = 0; b + 1 < buckets.length; b++) {
    const bucket = postings.subarray(buckets[b], buckets[b + 1]).sort();
    for (let i = 0; i < bucket.length; ) {
      const low = Math.floor(bucket[i] / ROW_SPAN);
      let j = i + 1;
      while (j < bucket.length && Math.floor(bucket[j] / ROW_SPAN) === low) j++;
      if (j - i <= MAX_SHINGLE_INCIDENTS) {
        const list: number[] = [];
        for (let k = i; k < j; k++) list.push(bucket[k] - low * ROW_SPAN);
        for (const row of list) rare[row]++;
        if (list.length > 1) lists.push(list);
      }
      i = j;
    }
  }

  const shared = new Map<number, number>();
  const n = fingerprints.length;
  for (const list of lists) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x] * n + list[y];
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: [number, number][] = [];
  for (const [key, count] of shared) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    if (count >= CANDIDATE_SHARE * Math.min(rare[a], rare[b])) pairs.push([a, b]);
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
