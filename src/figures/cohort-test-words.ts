import type { ComparisonSkipReason } from '../analysis/cohort-comparison';
import type { ProportionTestKind } from '../analysis/statistics/proportion-difference';

/** Why an option was not tested, in the words the cohort page's table and the figure's CSV both use. */
export const SKIP_REASON_WORDS: Readonly<Record<ComparisonSkipReason, string>> = {
  'empty-cohort': 'a cohort is empty',
  'absent-from-both': 'in neither cohort',
  gap: 'left out of N',
  'defines-cohorts': 'defines the cohorts',
};

/** Which test gave an option's p-value, as the figure's statistics line names the tests. */
export const TEST_WORDS: Readonly<Record<ProportionTestKind, string>> = {
  z: 'two-proportion z-test',
  fisher: 'Fisher’s exact test',
};
