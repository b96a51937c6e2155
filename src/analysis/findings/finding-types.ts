import type { FacetId } from '../../domain/taxonomy';
import type { Proportion } from '../statistics/proportion-difference';
import type { RiskRatio } from '../statistics/risk-ratio';
import type { TrendPoint } from '../statistics/trend-test';

/** One option of one facet. */
export interface OptionRef {
  readonly facet: FacetId;
  readonly option: string;
}

/**
 * What a scan looks for:
 * - `selection`: an option more or less common in the selection than in the rest of the dataset;
 * - `association`: incidents with an option of one facet have an option of another more or less often;
 * - `cooccurrence`: the same within one multi-valued facet;
 * - `trend`: an option's share rising or falling across the years;
 * - `recent`: an option's share in the latest year against the years before it.
 */
export type FindingKind = 'selection' | 'association' | 'cooccurrence' | 'trend' | 'recent';

/** The test behind a finding and where it stands in the scan's family. */
export interface FindingTest {
  /** Two-proportion z-test, Fisher's exact test, or the Cochran–Armitage trend test. */
  readonly test: 'z' | 'fisher' | 'trend';
  readonly pValue: number;
  /** Benjamini–Hochberg adjusted across every test of the scan. */
  readonly qValue: number;
}

/** Two groups compared on one option: `exposed` against `reference`, with how many times as often. */
export interface GroupComparison {
  readonly exposed: Proportion;
  readonly reference: Proportion;
  readonly ratio: RiskRatio;
}

export interface SelectionFinding extends FindingTest, GroupComparison {
  readonly kind: 'selection';
  readonly key: string;
  /** The option compared: `exposed` is the selection, `reference` the rest, each over incidents with the facet analysed. */
  readonly subject: OptionRef;
}

export interface AssociationFinding extends FindingTest, GroupComparison {
  readonly kind: 'association' | 'cooccurrence';
  readonly key: string;
  /** `exposed` holds the incidents with `given`, `reference` those without; both count `outcome`. */
  readonly given: OptionRef;
  readonly outcome: OptionRef;
}

export interface TrendFinding extends FindingTest {
  readonly kind: 'trend';
  readonly key: string;
  readonly subject: OptionRef;
  /** One point per year with incidents: how many of them have the option. */
  readonly points: readonly TrendPoint[];
  /** Change of the share per year, with its 95% interval, in 0..1 units. */
  readonly slope: number;
  readonly low: number;
  readonly high: number;
  /** How much of the differences between the years' shares the line explains, 0 to 1 (trend-test.ts). */
  readonly fit: number;
}

export interface RecentFinding extends FindingTest, GroupComparison {
  readonly kind: 'recent';
  readonly key: string;
  readonly subject: OptionRef;
  /** `exposed` is this year; `reference` every earlier year. */
  readonly year: number;
  readonly firstYear: number;
}

export type Finding = SelectionFinding | AssociationFinding | TrendFinding | RecentFinding;

/** A finding and the near-identical ones it stands for: the same incidents, said another way. */
export interface FindingGroup {
  readonly lead: Finding;
  readonly alike: readonly Finding[];
}

/** What a result must reach to be listed; tests below the incident minimums are not run at all. */
export interface FindingGuards {
  /** Fewest incidents in each compared group, and fewest with the option, for a test to run. */
  readonly minIncidents: number;
  /** Smallest ratio listed (its inverse for "less often"): 1.5 lists "1.5 times as often" and "two thirds as often". */
  readonly minRatio: number;
  /** Smallest change of a share across the years a trend must show, in 0..1 units. */
  readonly minChange: number;
  /** The false discovery rate the adjusted p-values are held to. */
  readonly alpha: number;
  /** Incident sets at least this alike (Jaccard) make one group. */
  readonly alike: number;
}

export const DEFAULT_GUARDS: FindingGuards = { minIncidents: 10, minRatio: 1.5, minChange: 0.1, alpha: 0.05, alike: 0.9 };

/** What a scan did and what it found. */
export interface FindingsScan {
  /** Every test run: the family the adjustment is over. */
  readonly tests: number;
  readonly testsByKind: Readonly<Record<FindingKind, number>>;
  /** Facets left out because the selection's own filters use them: any pattern there is the filter. */
  readonly excluded: readonly FacetId[];
  readonly guards: FindingGuards;
  /** Listed results, strongest evidence first, near-identical ones grouped. */
  readonly groups: readonly FindingGroup[];
}
