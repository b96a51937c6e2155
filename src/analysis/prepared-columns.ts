import type { FacetColumn, IndexColumns } from '../domain/schema';
import { FACET_IDS, UNKNOWN, isKnownOption } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { and, createBitset, fullBitset, or, popcount, setBit } from './bitset';
import type { Bitset } from './bitset';
import { prepareOrganizations } from './organizations';
import { dateOrder } from './row-order';
import type { OrganizationColumns } from './organizations';

/**
 * How the dashboard draws an option: in the vocabulary, `unknown`, or written in a
 * report but outside the vocabulary.
 */
export type OptionRole = 'vocabulary' | 'unknown' | 'extra';

/**
 * One facet as bitsets. `options[k]`, `roles[k]`, `optionBits[k]` and `optionTotals[k]`
 * describe the same option, in the index dictionary's order (vocabulary, `unknown`,
 * extras). An incident is in `notAnalysed` exactly when its facet is empty, and in
 * `unknownOnly` exactly when `unknown` is its only option; the two never overlap.
 */
export interface FacetBits {
  readonly options: readonly string[];
  readonly roles: readonly OptionRole[];
  readonly optionBits: readonly Bitset[];
  /** Incidents with the option in the whole dataset, so the baseline needs no counting. */
  readonly optionTotals: readonly number[];
  readonly notAnalysed: Bitset;
  readonly notAnalysedTotal: number;
  readonly unknownOnly: Bitset;
  readonly unknownOnlyTotal: number;
}

/**
 * The index rearranged for filtering and counting, built once per dataset. Every bitset
 * holds `size` rows and row i is incident i of the index. Undated incidents hold 0 in
 * `published` and `year`, which no real date can be.
 */
export interface PreparedColumns {
  readonly size: number;
  /** Incidents of the dataset that may be copies of others, by the possible duplicates not yet reviewed. */
  readonly possibleCopies: number;
  readonly all: Bitset;
  readonly reports: Bitset;
  readonly articles: Bitset;
  /** Publication date as YYYYMMDD, 0 when unknown. */
  readonly published: Int32Array;
  /** Publication year, 0 when unknown. */
  readonly year: Int16Array;
  /**
   * Every row by publication date, oldest first (ties in row order), the undated last:
   * where a selection's first and last dates are found without visiting the selection.
   */
  readonly byDate: Uint32Array;
  /** Rows with a date: the first `dated` rows of `byDate`. */
  readonly dated: number;
  readonly facets: Readonly<Record<FacetId, FacetBits>>;
  /** Rows whose every facet is empty, analysed in none: what a headline takes from its selection to count the analysed. */
  readonly unclassified: Bitset;
  readonly organizations: OrganizationColumns;
}

const KIND_ARTICLE = 1;

function roleOf(facet: FacetId, option: string): OptionRole {
  if (option === UNKNOWN) return 'unknown';
  return isKnownOption(facet, option) ? 'vocabulary' : 'extra';
}

/**
 * Above this many combos a facet's rows are set option by option, row by row: a bitset
 * per combo would take more memory than the facet's own bitsets.
 */
const MAX_COMBO_BITSETS = 64;

/**
 * Every option's bitset and the rows of each flag (not analysed, unknown only), from
 * the rows' combos. With few combos, each row sets one bit in its combo's bitset and
 * the combos are then joined into their options word by word: at a million rows, a few
 * milliseconds a facet instead of ten for setting each of a row's options, which is
 * what a facet of many combos still does.
 */
function optionBitsets(column: FacetColumn, size: number, flags: readonly (Bitset | null)[]): Bitset[] {
  const optionBits = column.options.map(() => createBitset(size));
  const { rows, combos } = column;
  if (combos.length <= MAX_COMBO_BITSETS) {
    const words = (size + 31) >>> 5;
    const comboBits = new Uint32Array(combos.length * words);
    for (let row = 0; row < size; row++) comboBits[rows[row] * words + (row >>> 5)] |= 1 << (row & 31);
    combos.forEach((combo, c) => {
      const bits = comboBits.subarray(c * words, (c + 1) * words);
      for (const option of combo) or(optionBits[option], bits, optionBits[option]);
      const flag = flags[c];
      if (flag !== null) or(flag, bits, flag);
    });
    return optionBits;
  }
  // Each combo's bitsets in flat typed arrays: a million rows read them without walking a JS array per row.
  const comboStart = new Uint32Array(combos.length + 1);
  combos.forEach((combo, c) => (comboStart[c + 1] = comboStart[c] + combo.length));
  const comboBits = combos.flat().map((option) => optionBits[option]);
  for (let row = 0; row < size; row++) {
    const comboIndex = rows[row];
    const word = row >>> 5;
    const bit = 1 << (row & 31);
    for (let k = comboStart[comboIndex]; k < comboStart[comboIndex + 1]; k++) comboBits[k][word] |= bit;
    const flag = flags[comboIndex];
    if (flag !== null) flag[word] |= bit;
  }
  return optionBits;
}

function prepareFacet(facet: FacetId, column: FacetColumn, size: number): FacetBits {
  const unknownIndex = column.options.indexOf(UNKNOWN);
  const notAnalysed = createBitset(size);
  const unknownOnly = createBitset(size);
  const flags = column.combos.map((combo) =>
    combo.length === 0 ? notAnalysed : combo.every((option) => option === unknownIndex) ? unknownOnly : null,
  );
  const optionBits = optionBitsets(column, size, flags);
  return {
    options: column.options,
    roles: column.options.map((option) => roleOf(facet, option)),
    optionBits,
    optionTotals: optionBits.map(popcount),
    notAnalysed,
    notAnalysedTotal: popcount(notAnalysed),
    unknownOnly,
    unknownOnlyTotal: popcount(unknownOnly),
  };
}

/**
 * Builds the bitsets and typed columns for an index read by `readIndexColumns`
 * (index-files.ts). Costs one pass over the rows per facet; every later filter and count
 * works on what it returns, so call it once per loaded dataset (for instance in a
 * `useMemo` keyed on the index).
 */
export function prepareColumns(index: IndexColumns): PreparedColumns {
  const size = index.count;
  const reports = createBitset(size);
  const articles = createBitset(size);
  const published = new Int32Array(size);
  const year = new Int16Array(size);
  let dated = 0;
  for (let row = 0; row < size; row++) {
    setBit(index.kind[row] === KIND_ARTICLE ? articles : reports, row);
    const date = index.published[row];
    if (date > 0) {
      dated += 1;
      published[row] = date;
      year[row] = Math.floor(date / 10000);
    }
  }
  const facets = Object.fromEntries(
    FACET_IDS.map((facet) => [facet, prepareFacet(facet, index.facets[facet], size)]),
  ) as Record<FacetId, FacetBits>;
  const unclassified = fullBitset(size);
  for (const facet of FACET_IDS) and(unclassified, facets[facet].notAnalysed, unclassified);
  return {
    size,
    possibleCopies: index.possibleCopies,
    all: fullBitset(size),
    reports,
    articles,
    published,
    year,
    byDate: dateOrder(published, 1),
    dated,
    facets,
    unclassified,
    organizations: prepareOrganizations(index.organizations),
  };
}
