/**
 * How a finding is said: one plain sentence with its numbers, the view that shows it, and
 * the methods of the scan that found it. The page, the CSV and the Markdown export all
 * take their words from here, so each says the same thing.
 */
import type { Finding, FindingsScan, GroupComparison, OptionRef } from '../analysis/findings/finding-types';
import type { RiskRatio } from '../analysis/statistics/risk-ratio';
import type { Proportion } from '../analysis/statistics/proportion-difference';
import { countOf, formatCount, formatDecimal, incidentCount } from '../components/format-count';
import { wholePercent } from '../components/format-share';
import { optionLabel } from '../domain/option-label';
import { FACETS } from '../domain/taxonomy';
import type { UrlState } from '../state/url-state';
import type { KnownChart } from './chart-descriptor';

/** "Boundary: outside system". */
export const optionName = ({ facet, option }: OptionRef): string => `${FACETS[facet].name}: ${optionLabel(facet, option)}`;

/** "q < 0.001", "q = 0.012", "q = 0.04": the adjusted p-value, as few digits as it honestly has. */
export function qValueText(q: number): string {
  if (q < 0.001) return 'q < 0.001';
  return `q = ${q < 0.01 ? q.toFixed(3) : q.toFixed(2)}`;
}

/** Two significant digits below 10, so "0.45" and "2.1" read as precise as they are, and "12" stays whole. */
const ratioNumber = (ratio: number): string => (ratio >= 10 ? formatCount(Math.round(ratio)) : formatDecimal(ratio, ratio >= 1 ? 1 : 2));

const share = ({ successes, n }: Proportion): string => wholePercent(successes / n);

const interval = ({ low, high }: RiskRatio): string => `95% CI ${ratioNumber(low)}–${ratioNumber(high)}`;

/**
 * How many times as often, as a sentence can say it. With a zero count, the ratio is
 * Haldane's correction (risk-ratio.ts), a number nobody observed: the sentence says the
 * bound of its interval the zero cannot move instead, "at most" the upper one where the
 * group named first has none, "at least" the lower one where the other has none.
 */
function timesText({ exposed, reference, ratio }: GroupComparison): string {
  if (exposed.successes === 0) return `at most ${ratioNumber(ratio.high)}`;
  if (reference.successes === 0) return `at least ${ratioNumber(ratio.low)}`;
  return ratioNumber(ratio.ratio);
}

/** The figures behind a comparison of two groups, in the order the sentence names them. */
const comparisonNumbers = (finding: Finding & { exposed: Proportion; reference: Proportion; ratio: RiskRatio }): string =>
  `(${share(finding.exposed)} vs ${share(finding.reference)}, ${interval(finding.ratio)}, ${incidentCount(finding.exposed.n + finding.reference.n)}, ${qValueText(finding.qValue)})`;

const points = (value: number): string => `${value >= 0 ? '+' : '−'}${formatDecimal(Math.abs(value * 100), 1)}`;

/**
 * Under this share of the years' differences explained, a trend's sentence says so: its
 * share jumps about more than it moves along the line, so "points a year" alone would
 * read as a steady change.
 */
export const NOTED_FIT = 0.5;

/** "the line explains only 4% of how the years differ; ", where the line explains too little to stand alone. */
function fitWords(fit: number): string {
  if (fit >= NOTED_FIT) return '';
  const percent = Math.round(fit * 100);
  return `the line explains only ${percent === 0 ? 'less than 1' : formatCount(percent)}% of how the years differ; `;
}

/**
 * The finding as one sentence with its numbers: "Incidents with Boundary: outside system
 * are 3.0 times as often Objective: malicious (60% vs 20%, 95% CI 2.6–3.5, 3,000
 * incidents, q < 0.001)".
 */
export function findingSentence(finding: Finding): string {
  switch (finding.kind) {
    case 'selection':
      return `${optionName(finding.subject)} is ${timesText(finding)} times as common in the selection as in the rest of the dataset ${comparisonNumbers(finding)}.`;
    case 'association':
      return `Incidents with ${optionName(finding.given)} are ${timesText(finding)} times as often ${optionName(finding.outcome)} as the others ${comparisonNumbers(finding)}.`;
    case 'cooccurrence':
      return `Incidents with ${optionName(finding.given)} also have ${optionName(finding.outcome)} ${timesText(finding)} times as often as the others ${comparisonNumbers(finding)}.`;
    case 'recent': {
      const before = finding.firstYear === finding.year - 1 ? String(finding.firstYear) : `${finding.firstYear}–${finding.year - 1}`;
      return `In ${finding.year}, ${optionName(finding.subject)} was ${timesText(finding)} times as common as in ${before} ${comparisonNumbers(finding)}.`;
    }
    case 'trend': {
      const first = finding.points[0];
      const last = finding.points[finding.points.length - 1];
      const n = finding.points.reduce((total, point) => total + point.n, 0);
      // The direction is the fitted line's; the first and last years are only two of its points, and may go the other way.
      const verb = finding.slope >= 0 ? 'rose' : 'fell';
      return (
        `${optionName(finding.subject)} ${verb} by ${formatDecimal(Math.abs(finding.slope * 100), 1)} points a year over ${first.time}–${last.time} ` +
        `(95% CI ${points(finding.low)} to ${points(finding.high)}; ${share(first)} in ${first.time} and ${share(last)} in ${last.time}; ${fitWords(finding.fit)}${incidentCount(n)}, ${qValueText(finding.qValue)}).`
      );
    }
  }
}

/**
 * The view that shows a finding, over the same selection and counting as the scan does,
 * with unknown and not analysed left out: the crosstab of its two facets (row shares, so
 * the given option's row reads as the sentence's first share), the co-occurrence of its
 * facet, the trend of its facet per year, or the overview, whose panel outlines each
 * option's share over every incident beside the selection's.
 */
export function findingView(finding: Finding, state: UrlState): UrlState {
  const base: UrlState = { ...state, id: null, deck: null, page: 1, excludeGaps: true };
  switch (finding.kind) {
    case 'association':
      return { ...base, view: 'crosstab', crosstab: { ...state.crosstab, rows: finding.given.facet, cols: finding.outcome.facet, cell: 'row' } };
    case 'cooccurrence':
      return { ...base, view: 'crosstab', crosstab: { ...state.crosstab, within: finding.given.facet } };
    case 'trend':
    case 'recent':
      return { ...base, view: 'trends', trend: { ...state.trend, facet: finding.subject.facet, granularity: 'year', measure: 'share' } };
    case 'selection':
      return { ...base, view: 'overview' };
  }
}

/** What the view a finding opens is called, for the link's words. */
export function findingViewName(finding: Finding): string {
  switch (finding.kind) {
    case 'association':
      return `${FACETS[finding.given.facet].name} × ${FACETS[finding.outcome.facet].name}`;
    case 'cooccurrence':
      return `${FACETS[finding.given.facet].name}: options that occur together`;
    case 'trend':
    case 'recent':
      return `${FACETS[finding.subject.facet].name} over time`;
    case 'selection':
      return 'the overview';
  }
}

/** How the scan was done, in the sentences a methods section needs. */
export function scanMethods(scan: FindingsScan): string[] {
  const { guards } = scan;
  const kinds = [
    [scan.testsByKind.selection, 'option of the selection against the rest of the dataset', 'options of the selection against the rest of the dataset'],
    [scan.testsByKind.association, 'pair of options of two facets', 'pairs of options of two facets'],
    [scan.testsByKind.cooccurrence, 'pair of options within one facet', 'pairs of options within one facet'],
    [scan.testsByKind.trend, 'trend across the years', 'trends across the years'],
    [scan.testsByKind.recent, 'latest year against the years before', 'latest years against the years before'],
  ] as const;
  const excluded = scan.excluded.map((facet) => FACETS[facet].name);
  const adjusted =
    scan.tests === 0
      ? 'No test ran, so no p-value is adjusted'
      : scan.tests === 1
        ? 'The p-value is adjusted with the Benjamini–Hochberg procedure over its 1 test, which leaves it as it is'
        : `p-values are adjusted together with the Benjamini–Hochberg procedure over all ${formatCount(scan.tests)} tests`;
  const listed = scan.tests === 0 ? 'would be' : 'is';
  return [
    scan.tests === 0 ? 'No test ran.' : `${countOf(scan.tests, 'test')}: ${kinds.filter(([count]) => count > 0).map(([count, one, many]) => countOf(count, one, many)).join(', ')}.`,
    `Each compares incidents that have an option with incidents that do not (the two-proportion z-test, or Fisher’s exact test where an expected count is below 5; the Cochran–Armitage test for trends), so an incident with several options of a facet is counted once in each comparison. Ratios are risk ratios with Katz’s 95% intervals; where one group has no incident with the option, 0.5 is added to every count (Haldane’s correction) and the sentence gives the interval’s bound, “at most” or “at least”, rather than a ratio nobody observed.`,
    `${adjusted}; a finding ${listed} listed when its adjusted p (q) is at most ${guards.alpha}, its ratio at least ${ratioNumber(guards.minRatio)} (or at most ${ratioNumber(1 / guards.minRatio)}), or its trend moves the share by at least ${Math.round(guards.minChange * 100)} points over the years.`,
    `A trend is a straight line through the years’ shares; where it explains less than ${Math.round(NOTED_FIT * 100)}% of how the years differ (their chi-square, which Armitage splits into the line and the rest), its sentence says how little: the share jumps about more than it moves.`,
    `A test runs only with at least ${formatCount(guards.minIncidents)} incidents in each group compared and ${formatCount(guards.minIncidents)} with the option; shares count the incidents with a real answer for the facet, leaving out those not analysed and those answering only unknown, as the views do with “leave out unknown and not analysed” on. Options within one facet are tested for occurring together more often than chance only, since most incidents have one option of a facet by construction.`,
    ...(excluded.length > 0 ? [`Left out: ${excluded.join(', ')}, which the selection’s own filters use; any pattern there would be the filter itself.`] : []),
    `Findings whose incidents are nearly the same (Jaccard similarity at least ${guards.alike}) and point the same way are shown as one, with the others named beside it.`,
  ];
}

/**
 * The scan's outcome when it could run no test at all: the selection is too small for
 * any, so "nothing stands out" would claim an absence the scan never looked for.
 */
export function noTestSentence(scan: FindingsScan, size: number): string {
  const least = formatCount(scan.guards.minIncidents);
  const over = size === 1 ? 'this 1 incident' : `these ${incidentCount(size)}`;
  return `No test could run over ${over}: a test needs at least ${least} incidents in each group it compares, and ${least} with the option.`;
}

/** The finding's options in a few words, for a slide's title and a file's name: "Boundary: outside system → Objective: malicious". */
export function findingTitle(finding: Finding): string {
  switch (finding.kind) {
    case 'association':
    case 'cooccurrence':
      return `${optionName(finding.given)} → ${optionName(finding.outcome)}`;
    case 'selection':
      return `${optionName(finding.subject)} in the selection`;
    case 'trend':
      return `${optionName(finding.subject)} over the years`;
    case 'recent':
      return `${optionName(finding.subject)} in ${finding.year}`;
  }
}

/** The chart of the view a finding opens, as a slide pins it. */
export function findingChart(finding: Finding): KnownChart {
  switch (finding.kind) {
    case 'association':
      return { kind: 'crosstab', rows: finding.given.facet, columns: finding.outcome.facet };
    case 'cooccurrence':
      return { kind: 'cooccurrence', facet: finding.given.facet };
    case 'trend':
    case 'recent':
      return { kind: 'trend', facet: finding.subject.facet };
    case 'selection':
      return { kind: 'facet', facet: finding.subject.facet };
  }
}

/** What the scan found, in one sentence: how many findings from how many tests, or why there are none. */
export function scanOutcome(scan: FindingsScan, size: number): string {
  const count = scan.groups.length;
  if (scan.tests === 0) return noTestSentence(scan, size);
  if (count === 0) {
    const none = scan.tests === 1 ? 'the 1 test' : `none of ${formatCount(scan.tests)} tests`;
    return `Nothing stands out: ${none} over ${incidentCount(size)} ${scan.tests === 1 ? 'does not reach' : 'reaches'} the bar below.`;
  }
  return `${countOf(count, 'finding')} from ${countOf(scan.tests, 'test')} over ${incidentCount(size)}, strongest evidence first; at most ${Math.round(scan.guards.alpha * 100)}% of such a list are expected to be false.`;
}
