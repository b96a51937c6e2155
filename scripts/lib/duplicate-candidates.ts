/**
 * A sampled shingle found in more incidents than this is boilerplate ("the incident was
 * caused by a"), not evidence of a copy, and is left out: it would pair every incident
 * holding it with every other, which is what makes comparing all pairs quadratic.
 */
export const MAX_SHINGLE_INCIDENTS = 32;
/** Shared sampled shingles over those of the sparser fingerprint for a pair to be compared exactly. */
export const CANDIDATE_SHARE = 0.5;

const BUCKET_BITS = 16;
const LOW_MASK = (1 << (32 - BUCKET_BITS)) - 1;
const ROW_SPAN = 2 ** 32;

/**
 * Pairs of incidents (row numbers, lower first, sorted) worth comparing exactly: those
 * sharing at least half the rare sampled shingles of the one with fewer, and half its
 * sampled shingles, common ones included. An inverted index over the sampled shingle
 * hashes finds them without looking at every pair: the postings are bucketed by their
 * hash's high bits (a counting sort, linear), each bucket is sorted, and only shingles
 * held by 2 to MAX_SHINGLE_INCIDENTS incidents pair rows up, each row counting in a
 * typed array what it shares with the rows before it, so the work grows with the
 * postings of rare shingles, not with the square of the incidents.
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

  // The rare shingles' posting lists, one after another (rows ascending in each), and per row how many rare shingles it has.
  const n = fingerprints.length;
  const listRows: number[] = [];
  const listStarts: number[] = [];
  const rare = new Uint32Array(n);
  for (let b = 0; b + 1 < buckets.length; b++) {
    // Most of the 65,536 buckets are empty for a small dataset: a view and a sort of each cost more than the rest.
    if (buckets[b] === buckets[b + 1]) continue;
    const bucket = postings.subarray(buckets[b], buckets[b + 1]).sort();
    for (let i = 0; i < bucket.length; ) {
      const low = Math.floor(bucket[i] / ROW_SPAN);
      let j = i + 1;
      while (j < bucket.length && Math.floor(bucket[j] / ROW_SPAN) === low) j++;
      if (j - i <= MAX_SHINGLE_INCIDENTS) {
        for (let k = i; k < j; k++) rare[bucket[k] - low * ROW_SPAN]++;
        if (j - i >= 2) {
          listStarts.push(listRows.length);
          for (let k = i; k < j; k++) listRows.push(bucket[k] - low * ROW_SPAN);
        }
      }
      i = j;
    }
  }
  listStarts.push(listRows.length);

  // Per row, the lists it is in (compressed rows), so each row counts what it shares with the rows before it.
  const memberStarts = new Uint32Array(n + 1);
  for (const row of listRows) memberStarts[row + 1]++;
  for (let r = 0; r < n; r++) memberStarts[r + 1] += memberStarts[r];
  const members = new Uint32Array(listRows.length);
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
      if (enough && sampledContainment(fingerprints[other], fingerprints[row]) >= CANDIDATE_SHARE) pairs.push([other, row]);
      shared[other] = 0;
    }
    touched.length = 0;
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * The share of the smaller sample found in the other: an unbiased estimate of the
 * containment of the two texts, as both samples keep the same shingles. Common shingles
 * count here, so two texts sharing one rare passage among many common ones are not
 * taken for copies.
 */
function sampledContainment(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}
