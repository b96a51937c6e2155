import type { CohortComparison } from '../../analysis/cohort-comparison';
import { FACETS, FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import { toCsv } from '../../export/csv';
import type { CsvValue } from '../../export/csv';
import { barLabel } from '../../domain/option-label';

/** Every option of every facet compared, untested ones included with the reason: one record each, named as the table names them. */
export function cohortCsv(comparison: CohortComparison): string {
  const rows: CsvValue[][] = FACET_DISPLAY_ORDER.flatMap((facet) =>
    comparison.facets[facet].options.map((o): CsvValue[] => [
      FACETS[facet].name,
      barLabel(facet, o.option),
      o.a.count,
      o.a.n,
      o.a.share,
      o.b.count,
      o.b.n,
      o.b.share,
      o.difference,
      o.low,
      o.high,
      o.pValue,
      o.test,
      o.adjustedP,
      o.significant ? 'yes' : 'no',
      o.skipped,
    ]),
  );
  return toCsv(
    ['facet', 'option', 'a_count', 'a_n', 'a_share', 'b_count', 'b_n', 'b_share', 'difference', 'ci95_low', 'ci95_high', 'p_value', 'test', 'bh_adjusted_p', 'significant', 'not_tested_because'],
    rows,
  );
}
