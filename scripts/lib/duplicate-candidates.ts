import { MIN_CONTAINMENT } from './possible-duplicates';

/**
 * A sampled shingle found in more incidents than this is boilerplate ("the incident was
 * caused by a"), not evidence of a copy, and is left out: it would pair every incident
 * holding it with every other, which is what makes comparing all pairs quadratic.
 */
export const MAX_SHINGLE_INCIDENTS = 32;
/** Shared sampled shingles over those of the sparser fingerprint for a pair to be compared exactly. */
export const CANDIDATE_SHARE = 0.5;
/** A row of mostly common shingles is compared with at most this many rows seen first under its key. */
const LEADERS_PER_KEY = 4;

const BUCKET_BITS = 16;
const LOW_MASK = (1 << (32 - BUCKET_BITS)) - 1;
const ROW_SPAN = 2 ** 32;
/** Buckets up to this size are sorted in place by insertion; larger ones through one number per posting and the native sort. */
const SMALL_BUCKET = 24;

/**
 * Sorts the postings from `start` to `end`, rows ascending already, by hash, keeping
 * rows ascending among equal hashes.
 */
function sortBucket(lows: Uint16Array, rows: Uint32Array, start: number, end: number, scratch: Float64Array): void {
  if (end - start <= SMALL_BUCKET) {
    for (let i = start + 1; i < end; i++) {
      const low = lows[i];
      const row = rows[i];
      let j = i;
      for (; j > start && lows[j - 1] > low; j--) {
        lows[j] = lows[j - 1];
        rows[j] = rows[j - 1];
      }
      lows[j] = low;
      rows[j] = row;
    }
    return;
  }
  const keys = scratch.subarray(0, end - start);
  for (let i = start; i < end; i++) keys[i - start] = lows[i] * ROW_SPAN + rows[i];
  keys.sort();
  for (let i = start; i < end; i++) {
    const low = Math.floor(keys[i - start] / ROW_SPAN);
    lows[i] = low;
    rows[i] = keys[i - start] - low * ROW_SPAN;
  }
}

/**
 * Pairs of incidents (row numbers, lower first, sorted) worth comparing exactly: those
 * sharing at least half the rare sampled shingles of the one with fewer, and half its
 * sampled shingles, common ones included. An inverted index over the sampled shingle
 * hashes finds them without looking at every pair: the postings are bucketed by their
 * hash's high bits (a counting sort, linear), each bucket is sorted, and only shingles
 * held by 2 to MAX_SHINGLE_INCIDENTS incidents pair rows up, each row counting in a
 * typed array what it shares with the rows before it, so the work grows with the
 * postings of rare shingles, not with the square of the incidents. Rows of mostly
 * common shingles, such as the many copies of one text, are paired apart (`addCommonPairs`).
 */
export function candidatePairs(fingerprints: readonly Uint32Array[]): [number, number][] {
  const buckets = new Uint32Array((1 << BUCKET_BITS) + 1);
  let total = 0;
  for (const print of fingerprints) {
    for (let i = 0; i < print.length; i++) buckets[(print[i] >>> (32 - BUCKET_BITS)) + 1]++;
    total += print.length;
  }
  let largest = 0;
  for (let b = 1; b < buckets.length; b++) {
    largest = Math.max(largest, buckets[b]);
    buckets[b] += buckets[b - 1];
  }
  // A posting is its hash's low bits (its high bits are its bucket's) and its row, in rows ascending within a bucket.
  const lows = new Uint16Array(total);
  const postingRows = new Uint32Array(total);
  const next = buckets.slice(0, -1);
  fingerprints.forEach((print, row) => {
    for (let i = 0; i < print.length; i++) {
      const at = next[print[i] >>> (32 - BUCKET_BITS)]++;
      lows[at] = print[i] & LOW_MASK;
      postingRows[at] = row;
    }
  });

  // The rare shingles' posting lists, one after another (rows ascending in each), and per row how many rare shingles it has.
  const n = fingerprints.length;
  const listRows = new Uint32Array(total);
  let listed = 0;
  const listStarts: number[] = [];
  const rare = new Uint32Array(n);
  // Per row, its common shingle held by the fewest incidents, and by how many: where copies of one text are looked for.
  const commonKey = new Uint32Array(n);
  const commonHolders = new Uint32Array(n);
  const scratch = new Float64Array(largest > SMALL_BUCKET ? largest : 0);
  for (let b = 0; b + 1 < buckets.length; b++) {
    const end = buckets[b + 1];
    sortBucket(lows, postingRows, buckets[b], end, scratch);
    for (let i = buckets[b]; i < end; ) {
      let j = i + 1;
      while (j < end && lows[j] === lows[i]) j++;
      if (j - i > MAX_SHINGLE_INCIDENTS) {
        // Buckets and the hashes in each ascend, so a tie keeps the smaller hash.
        const hash = ((b << (32 - BUCKET_BITS)) | lows[i]) >>> 0;
        for (let k = i; k < j; k++) {
          const row = postingRows[k];
          if (commonHolders[row] === 0 || j - i < commonHolders[row]) {
            commonHolders[row] = j - i;
            commonKey[row] = hash;
          }
        }
      } else {
        for (let k = i; k < j; k++) rare[postingRows[k]]++;
        if (j - i >= 2) {
          listStarts.push(listed);
          for (let k = i; k < j; k++) listRows[listed++] = postingRows[k];
        }
      }
      i = j;
    }
  }
  listStarts.push(listed);

  // Per row, the lists it is in (compressed rows), so each row counts what it shares with the rows before it.
  const memberStarts = new Uint32Array(n + 1);
  for (let k = 0; k < listed; k++) memberStarts[listRows[k] + 1]++;
  for (let r = 0; r < n; r++) memberStarts[r + 1] += memberStarts[r];
  const members = new Uint32Array(listed);
  const fill = memberStarts.slice(0, n);
  for (let list = 0; list + 1 < listStarts.length; list++) {
    for (let k = listStarts[list]; k < listStarts[list + 1]; k++) members[fill[listRows[k]]++] = list;
  }

  const shared = new Uint32Array(n);
  const touched: number[] = [];
  const pairs: [number, number][] = [];
  for (let row = 0; row < n; row++) {
    for (let m = memberStarts[row]; m < memberStarts[row + 1]; m++) {
      const list = members[m];
      for (let k = listStarts[list]; k < listStarts[list + 1] && listRows[k] < row; k++) {
        if (shared[listRows[k]]++ === 0) touched.push(listRows[k]);
      }
    }
    for (const other of touched) {
      const enough = shared[other] >= CANDIDATE_SHARE * Math.min(rare[row], rare[other]);
      if (enough && containmentReaches(fingerprints[other], fingerprints[row], CANDIDATE_SHARE)) pairs.push([other, row]);
      shared[other] = 0;
    }
    touched.length = 0;
  }
  addCommonPairs(fingerprints, rare, commonKey, pairs);
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return pairs.filter((pair, i) => i === 0 || pair[0] !== pairs[i - 1][0] || pair[1] !== pairs[i - 1][1]);
}

/**
 * Adds to `pairs` the pairs among the rows whose sample is mostly shingles held by more than
 * MAX_SHINGLE_INCIDENTS incidents, which the rare shingles cannot pair: each copy of a
 * text filed over and over is such a row. Each is looked up by its key, its common
 * shingle held by the fewest incidents, which every copy of one text shares, and
 * compared with the first rows seen under it; it is paired with the first holding as
 * much of its sample as the exact comparison asks of the whole text (a pair the rare
 * shingles cannot vouch for must show it on its own, which texts sharing only
 * boilerplate do not). A row matching none is one the rows after it are compared with.
 * Every copy is thus paired with the first copy, at a few comparisons per row whatever
 * the number of copies.
 */
function addCommonPairs(fingerprints: readonly Uint32Array[], rare: Uint32Array, key: Uint32Array, pairs: [number, number][]): void {
  const leaders = new Map<number, number[]>();
  fingerprints.forEach((print, row) => {
    if (print.length === 0 || rare[row] >= CANDIDATE_SHARE * print.length) return;
    const seen = leaders.get(key[row]);
    const leader = seen?.find((other) => containmentReaches(fingerprints[other], print, MIN_CONTAINMENT));
    if (leader !== undefined) pairs.push([leader, row]);
    else if (seen === undefined) leaders.set(key[row], [row]);
    else if (seen.length < LEADERS_PER_KEY) seen.push(row);
  });
}

/**
 * Whether the share of the smaller sample found in the other reaches `bar`: an unbiased
 * estimate of the containment of the two texts, as both samples keep the same shingles.
 * Common shingles count here, so two texts sharing one rare passage among many common
 * ones are not taken for copies. The walk stops once the shingles left cannot make up
 * what is missing, which for most rows a common shingle brings together is early.
 */
function containmentReaches(a: Uint32Array, b: Uint32Array, bar: number): boolean {
  const smaller = Math.min(a.length, b.length);
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if ((shared + Math.min(a.length - i, b.length - j)) / smaller < bar) return false;
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / smaller >= bar;
}
