import type { OptionSetPairs } from './option-set-pairs';
import { incidentMargins, pairCells, setPairCounts } from './option-set-pairs';
import { seededRandomIndex } from './seeded-random';

/**
 * A Monte-Carlo permutation p-value. `pValue` = (exceeding + 1) / (shuffles + 1), which
 * counts the observed table as one of the shuffles and so is never 0 (Davison & Hinkley
 * 1997, §4.2.1; Phipson & Smyth 2010). `standardError` = √(p (1 − p) / shuffles) is its
 * Monte-Carlo error: another seed would move p by about that much.
 */
export interface PermutationResult {
  readonly statistic: number;
  readonly exceeding: number;
  readonly shuffles: number;
  readonly seed: number;
  readonly pValue: number;
  readonly standardError: number;
}

export interface PermutationOptions {
  readonly shuffles: number;
  readonly seed: number;
}

/** Two statistics this close are the same table's value computed in another order. */
const TIE = 1e-9;

/**
 * Pearson's X² over the table of option pairs, against the expected counts
 * `rows[r] × cols[c] ÷ n` from distinct-incident margins. Under the shuffles those margins
 * are fixed, and each cell is hypergeometric with exactly that mean, so this is the
 * chi-square statistic for multi-valued facets; with one option per incident it is
 * Pearson's usual one. Lines with no incident are left out.
 */
export function setChiSquare(cells: ArrayLike<number>, rows: readonly number[], cols: readonly number[], n: number): number {
  let statistic = 0;
  for (let r = 0; r < rows.length; r++) {
    if (rows[r] === 0) continue;
    for (let c = 0; c < cols.length; c++) {
      if (cols[c] === 0) continue;
      const expected = (rows[r] * cols[c]) / n;
      const deviation = cells[r * cols.length + c] - expected;
      statistic += (deviation * deviation) / expected;
    }
  }
  return statistic;
}

/** Members every set is padded to, so most incidents are counted without a loop. */
const HEAD = 3;

/**
 * Sets laid out for counting: set k's first `HEAD` members in `head[k * HEAD …]`, padded
 * with `spare` (a column that is never read back); any further ones are
 * `rest[restStart[k]]` … `rest[restStart[k + 1] - 1]`. A fixed number of increments per
 * incident spares the branch a loop over sets of varying size would mispredict, which
 * was half the time of a shuffle.
 */
function layOut(sets: readonly (readonly number[])[], spare: number) {
  const head = new Int32Array(sets.length * HEAD).fill(spare);
  const restStart = new Int32Array(sets.length + 1);
  sets.forEach((set, k) => {
    set.slice(0, HEAD).forEach((member, t) => (head[k * HEAD + t] = member));
    restStart[k + 1] = restStart[k] + Math.max(0, set.length - HEAD);
  });
  return { head, restStart, rest: Int32Array.from(sets.flatMap((set) => set.slice(HEAD))) };
}

const meanSize = (sets: readonly (readonly number[])[], setOf: Uint32Array): number => {
  let total = 0;
  for (const k of setOf) total += sets[k].length;
  return total / Math.max(1, setOf.length);
};

/**
 * Rows as columns. Handing column sets around or row sets gives the same pairings, and X²
 * is the same either way; the side with the smaller sets costs less to recount.
 */
const transpose = (pairs: OptionSetPairs): OptionSetPairs => ({
  rowLines: pairs.colLines,
  colLines: pairs.rowLines,
  rowSets: pairs.colSets,
  colSets: pairs.rowSets,
  rowSetOf: pairs.colSetOf,
  colSetOf: pairs.rowSetOf,
});

/**
 * Tests independence of two facets' option sets by shuffling whole column sets between
 * incidents: each shuffle keeps every incident's row set, hands it another incident's
 * column set, recounts the table of option pairs and its X². With one option per incident
 * this is the Monte-Carlo test with fixed margins (what Patefield's algorithm samples);
 * with several it is the test that respects incidents landing in several cells. Seeded,
 * so the same data gives the same p.
 *
 * Incidents are grouped by row set, and the largest group is left for last: its column
 * sets are whatever the others did not draw, so only the rest needs random draws. Each
 * shuffle counts, per row set, the incidents having each column option, and adds those
 * counts into the cells of the set's options: work in proportion to the incidents, not
 * to the number of distinct set pairs. Whichever facet has the smaller sets on average is
 * the one shuffled.
 */
export function setPermutationTest(given: OptionSetPairs, { shuffles, seed }: PermutationOptions): PermutationResult {
  if (!(Number.isInteger(shuffles) && shuffles > 0)) throw new RangeError(`shuffles must be a positive integer, got ${shuffles}`);
  const pairs = meanSize(given.colSets, given.colSetOf) > meanSize(given.rowSets, given.rowSetOf) ? transpose(given) : given;
  const { rows, cols, n } = incidentMargins(pairs);
  const observedCells = pairCells(pairs, setPairCounts(pairs, pairs.rowSetOf, pairs.colSetOf));
  const statistic = setChiSquare(observedCells, rows, cols, n);

  const groups = pairs.rowSets.length;
  const groupSizes = new Array<number>(groups).fill(0);
  for (const a of pairs.rowSetOf) groupSizes[a]++;
  const last = groupSizes.indexOf(Math.max(...groupSizes, 0));
  const drawnGroups = [...groupSizes.keys()].filter((a) => a !== last && groupSizes[a] > 0);

  const width = pairs.colLines + 1;
  const { head, restStart, rest } = layOut(pairs.colSets, pairs.colLines);
  const random = seededRandomIndex(seed);
  const pool = pairs.colSets.length <= 0xffff ? Uint16Array.from(pairs.colSetOf) : pairs.colSetOf.slice();
  const perGroup = new Int32Array(groups * width);
  const cells = new Float64Array(pairs.rowLines * pairs.colLines);
  const threshold = statistic - TIE * Math.max(1, statistic);
  let exceeding = 0;
  for (let s = 0; s < shuffles; s++) {
    perGroup.fill(0);
    let i = 0;
    for (const a of drawnGroups) {
      const base = a * width;
      for (const end = i + groupSizes[a]; i < end; i++) {
        const j = i + random(n - i);
        const picked = pool[j];
        pool[j] = pool[i];
        pool[i] = picked;
        const h = picked * HEAD;
        perGroup[base + head[h]]++;
        perGroup[base + head[h + 1]]++;
        perGroup[base + head[h + 2]]++;
        for (let k = restStart[picked]; k < restStart[picked + 1]; k++) perGroup[base + rest[k]]++;
      }
    }
    const base = last * width;
    for (; i < n; i++) {
      const picked = pool[i];
      const h = picked * HEAD;
      perGroup[base + head[h]]++;
      perGroup[base + head[h + 1]]++;
      perGroup[base + head[h + 2]]++;
      for (let k = restStart[picked]; k < restStart[picked + 1]; k++) perGroup[base + rest[k]]++;
    }
    cells.fill(0);
    for (let a = 0; a < groups; a++) {
      for (const r of pairs.rowSets[a]) {
        for (let c = 0; c < pairs.colLines; c++) cells[r * pairs.colLines + c] += perGroup[a * width + c];
      }
    }
    if (setChiSquare(cells, rows, cols, n) >= threshold) exceeding++;
  }
  const pValue = (exceeding + 1) / (shuffles + 1);
  return { statistic, exceeding, shuffles, seed, pValue, standardError: Math.sqrt((pValue * (1 - pValue)) / shuffles) };
}
