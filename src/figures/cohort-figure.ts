import { publishedSpan } from './figure-derivations';
import { or } from '../analysis/bitset';
import { compareCohorts } from '../analysis/cohort-comparison';
import type { CohortComparison } from '../analysis/cohort-comparison';
import { countOf, formatCount, incidentCount } from '../components/format-count';
import { barLabel } from '../domain/option-label';
import { FACETS, FACET_DISPLAY_ORDER, FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { cohortFilters } from '../state/cohort-filters';
import { listState } from '../state/drill-down';
import type { FigureInput } from '../state/figure-input';
import type { UrlState } from '../state/url-state';
import { SKIP_REASON_WORDS, TEST_WORDS } from './cohort-test-words';
import { cohortClauses, cohortWords } from './cohort-words';
import { differenceGroups } from './difference-groups';
import type { DifferenceGroup } from './difference-types';
import { tableFraction } from './figure';
import type { FigureFrame, FigureTarget, TableValue } from './figure';
import { MULTI_VALUED_NOTE, optionGroupNote, possibleCopiesWarning } from './figure-notes';
import { largestDifferences } from './largest-differences';
import type { LegendItem } from './legend';

/** How many differences a slide and an image draw unless the slide says: a projector has room for about this many rows. */
export const SUMMARY_ROWS = 10;

/** What a cohort slide draws: the `top` largest differences of the `facets` it compares. */
export interface CohortChoice {
  readonly facets?: readonly FacetId[];
  readonly top?: number;
}

/** One cohort: how many incidents it has, what sets it apart, and the list of them. */
export interface CohortSide {
  readonly size: number;
  readonly words: string;
  readonly target: FigureTarget;
}

export interface CohortFigure extends FigureFrame {
  readonly kind: 'cohorts';
  readonly chart: { readonly kind: 'cohorts'; readonly facets?: FacetId[]; readonly top?: number };
  readonly cohorts: { readonly a: CohortSide; readonly b: CohortSide; readonly overlap: number };
  /** Every facet's compared options, as the page draws them. */
  readonly groups: readonly DifferenceGroup[];
  /** The largest differences of the tested facets, as a slide and an image draw them. */
  readonly largest: DifferenceGroup;
  /** Every option of every facet with its tests, untested ones included: the numbers table. */
  readonly comparison: CohortComparison;
}

const LEGEND: readonly LegendItem[] = [
  { key: 'more', label: 'Significant, higher in B', swatch: 'box', colour: 'var(--heat-more)' },
  { key: 'fewer', label: 'Significant, lower in B', swatch: 'box', colour: 'var(--heat-fewer)' },
  { key: 'ns', label: 'Hollow: not significant after adjustment', swatch: 'ring' },
  { key: 'ci', label: '95% interval of B − A, in points', swatch: 'whisker', colour: 'var(--ink)' },
];

/** Column names in the words of the page's table: a CSV says what the screen says. */
const TABLE_HEADER = ['Facet', 'Option', 'A incidents', 'A N', 'A share', 'B incidents', 'B N', 'B share', 'B − A', 'CI95 low', 'CI95 high', 'p', 'Test', 'Adjusted p', 'Significant', 'Not tested because'];

function warnings(comparison: CohortComparison): string[] {
  const { sizeA, sizeB, overlap } = comparison;
  const lines: string[] = [];
  for (const [name, size] of [['A', sizeA], ['B', sizeB]] as const) {
    if (size === 0) lines.push(`Cohort ${name} has no incident: there is nothing to compare.`);
  }
  const small = comparison.notes.flatMap((note) => (note.kind === 'small-cohort' && note.size > 0 ? [note] : []));
  if (small.length === 2) {
    lines.push(`Small cohorts: A has ${incidentCount(sizeA)} and B ${formatCount(sizeB)}, fewer than ${small[0].threshold} each, so intervals are wide and few differences can reach significance.`);
  } else if (small.length === 1) {
    const [note] = small;
    lines.push(`Small cohort: ${note.cohort.toUpperCase()} has ${incidentCount(note.size)}, fewer than ${note.threshold}, so intervals are wide and few differences can reach significance.`);
  }
  if (overlap > 0) {
    lines.push(`${incidentCount(overlap)} ${overlap === 1 ? 'is' : 'are'} in both cohorts; the tests assume independent samples, so shared incidents make the cohorts look more alike than they are.`);
  }
  return lines;
}

function definingNote({ definingFacets }: CohortComparison): string | null {
  if (definingFacets.length === 0) return null;
  const names = definingFacets.map((facet) => FACETS[facet].name).join(' and ');
  return `Defines the cohorts: ${names} ${definingFacets.length === 1 ? 'is' : 'are'} used by the cohorts’ own filters, so they differ there by construction: shown, not tested, and left out of the adjustment.`;
}

const testNote = (comparison: CohortComparison): string =>
  `Filled dots are significant after the Benjamini–Hochberg adjustment across the family of ${countOf(comparison.tests, 'tested comparison')}; an interval may exclude 0 for a difference that is not. Newcombe’s ${Math.round(comparison.confidence * 100)}% intervals; the two-proportion z-test, or Fisher’s exact test where an expected count is below 5.`;

/** With gaps excluded each facet's N is its own; the denominator says the rest. */
const gapsNote = ({ excludeGaps }: CohortComparison): string | null =>
  excludeGaps ? 'Each facet’s shares leave out the incidents with the facet not analysed or only unknown.' : null;

function statistics(comparison: CohortComparison): string[] {
  const tested = FACET_IDS.flatMap((facet) => comparison.facets[facet].options.filter((o) => o.test !== null));
  if (tested.length === 0) return [];
  const significant = tested.filter((o) => o.significant).length;
  const fisher = tested.filter((o) => o.test === 'fisher').length;
  return [
    `${formatCount(significant)} of ${countOf(tested.length, 'tested difference')} significant after the Benjamini–Hochberg adjustment (false discovery rate ${Math.round(comparison.alpha * 100)}%); ${countOf(tested.length - fisher, 'z-test')}, ${countOf(fisher, 'Fisher’s exact test')}`,
  ];
}

function tableRows(comparison: CohortComparison): TableValue[][] {
  return FACET_DISPLAY_ORDER.flatMap((facet) =>
    comparison.facets[facet].options.map((o): TableValue[] => [
      FACETS[facet].name,
      barLabel(facet, o.option),
      o.a.count,
      o.a.n,
      tableFraction(o.a.share),
      o.b.count,
      o.b.n,
      tableFraction(o.b.share),
      tableFraction(o.difference),
      tableFraction(o.low),
      tableFraction(o.high),
      o.pValue,
      o.test === null ? null : TEST_WORDS[o.test],
      o.adjustedP,
      o.pValue === null ? null : o.significant ? 'yes' : 'no',
      o.skipped === null ? null : SKIP_REASON_WORDS[o.skipped],
    ]),
  );
}

/** "Phase", "Capability and Phase", "Phase, Domain and Capability". */
function facetNames(facets: readonly FacetId[]): string {
  const names = facets.map((facet) => FACETS[facet].name);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The facets a slide may draw: those chosen (all when none are), never one that defines the cohorts. */
function drawnFacets(comparison: CohortComparison, choice: CohortChoice): FacetId[] {
  const chosen = choice.facets ?? FACET_DISPLAY_ORDER;
  return FACET_DISPLAY_ORDER.filter((facet) => chosen.includes(facet) && !comparison.definingFacets.includes(facet));
}

interface Summary {
  readonly largest: DifferenceGroup;
  /** Null when the slide draws every difference it could. */
  readonly note: string | null;
}

/** "3 largest", and "largest" alone for one. */
const largestOf = (count: number): string => (count === 1 ? 'largest' : `${formatCount(count)} largest`);

/**
 * The largest differences of the facets a slide draws, titled with how many of how many
 * and of which facets, so a slide never passes a cut for the whole.
 */
function summary(groups: readonly DifferenceGroup[], comparison: CohortComparison, choice: CohortChoice): Summary {
  const facets = drawnFacets(comparison, choice);
  const candidates = groups.filter((group) => facets.some((facet) => facet === group.key));
  const rows = largestDifferences(candidates, choice.top ?? SUMMARY_ROWS);
  const total = candidates.reduce((sum, group) => sum + group.rows.length, 0);
  const where = choice.facets === undefined ? '' : ` in ${facetNames(facets)}`;
  const sizes = `N: A ${formatCount(comparison.sizeA)}, B ${formatCount(comparison.sizeB)}`;
  const cut = rows.length < total;
  const title = cut ? `The ${largestOf(rows.length)} of ${countOf(total, 'difference')}${where}` : `${total === 1 ? 'The' : 'All'} ${countOf(total, 'difference')}${where}`;
  const largest = { key: 'largest', name: 'Largest differences', title: `${title} (${sizes})`, rows };
  const drawnAll = groups.reduce((sum, group) => sum + group.rows.length, 0);
  if (rows.length === drawnAll) return { largest, note: null };
  const defining = choice.facets === undefined && comparison.definingFacets.length > 0 ? ', the facets that define the cohorts left out' : '';
  const drawn = cut ? `the ${largestOf(rows.length)} of the ${countOf(total, 'difference')}${where}` : `${total === 1 ? 'the' : 'all'} ${countOf(total, 'difference')}${where}`;
  return { largest, note: `The slide and the image draw ${drawn}${defining}; the page and the CSV have every option.` };
}

/** The facets a cohort's own filters use: they define the cohorts, so a slide never compares them. */
export const definingFacets = ({ cohorts: { a, b } }: UrlState): FacetId[] =>
  FACET_IDS.filter((facet) => a.facets[facet].selected.length > 0 || b.facets[facet].selected.length > 0);

/**
 * Cohort B against cohort A, each the selection with its own filters in place of the
 * selection's (`cohortFilters`), compared option by option with `compareCohorts`: shares,
 * Newcombe intervals, tests and the Benjamini–Hochberg adjustment. Facets a cohort's own
 * filters use define the cohorts: shown, but not tested. N counts the incidents in either
 * cohort and says how many are in each and in both, the sizes the cohort editors show.
 */
export function cohortFigure(input: FigureInput, state: UrlState, choice: CohortChoice = {}): CohortFigure {
  const filtersA = cohortFilters(state.filters, state.cohorts.a);
  const filtersB = cohortFilters(state.filters, state.cohorts.b);
  const maskA = input.masksFor(filtersA).all;
  const maskB = input.masksFor(filtersB).all;
  const comparison = compareCohorts(input.columns, maskA, maskB, { excludeGaps: state.excludeGaps, definingFacets: definingFacets(state) });
  const groups = differenceGroups(comparison, { a: { ...state, filters: filtersA }, b: { ...state, filters: filtersB } });
  const { largest, note } = summary(groups, comparison, choice);
  const clauses = cohortClauses(state);
  const words = { a: cohortWords(clauses.a), b: cohortWords(clauses.b) };
  const { sizeA, sizeB, overlap } = comparison;
  const side = (name: 'A' | 'B', size: number, filters: typeof filtersA): CohortSide => ({
    size,
    words: name === 'A' ? words.a : words.b,
    target: { state: listState(state, filters), label: `Cohort ${name}: ${incidentCount(size)}. List them` },
  });
  return {
    kind: 'cohorts',
    chart: {
      kind: 'cohorts',
      ...(choice.facets === undefined ? {} : { facets: [...choice.facets] }),
      ...(choice.top === undefined ? {} : { top: choice.top }),
    },
    title: `Cohort B (${words.b}) against cohort A (${words.a})`,
    subtitle: 'Each option’s share in A and in B, and B − A in percentage points with its 95% interval: right of 0 is more common in B.',
    n: {
      value: sizeA + sizeB - overlap,
      counts: `incidents in A or B: ${formatCount(sizeA)} in A, ${formatCount(sizeB)} in B, ${formatCount(overlap)} in both`,
    },
    denominator: 'Each share is of its cohort’s incidents (N per facet written beside the facet); B − A is in percentage points; options in neither cohort are not drawn.',
    filters: [...clauses.shared, `Cohort A: ${words.a}`, `Cohort B: ${words.b}`],
    published: publishedSpan(input.columns, or(maskA, maskB)),
    build: input.build,
    legend: LEGEND,
    warnings: [...warnings(comparison), possibleCopiesWarning(input.columns.possibleCopies)].filter((line) => line !== null),
    notes: [
      definingNote(comparison),
      testNote(comparison),
      gapsNote(comparison),
      MULTI_VALUED_NOTE,
      note,
      ...FACET_DISPLAY_ORDER.map((facet) => optionGroupNote(input, facet)),
    ].filter((line) => line !== null),
    statistics: statistics(comparison),
    table: { header: TABLE_HEADER, rows: tableRows(comparison) },
    cohorts: { a: side('A', sizeA, filtersA), b: side('B', sizeB, filtersB), overlap },
    groups,
    largest,
    comparison,
  };
}
