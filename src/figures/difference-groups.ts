import type { CohortComparison, OptionComparison } from '../analysis/cohort-comparison';
import type { UrlState } from '../state/url-state';
import type { DifferenceGroup, DifferenceRow } from './difference-types';
import type { FigureTarget } from './figure';
import { formatCount } from '../components/format-count';
import { formatShare } from '../components/format-share';
import { FACETS, FACET_DISPLAY_ORDER } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { listState } from '../state/drill-down';
import { pValueText, signedPoints } from '../components/stat-text';
import { optionLabel } from '../domain/option-label';
import { narrowFacet } from '../state/cohort-filters';

/** "malicious: A 45% (9 of 20), B 60% (12 of 20), B − A +15 pts (95% CI −12 pts to +40 pts), p = 0.34, adjusted p = 0.80: not significant after adjustment". */
export function differenceSummary(label: string, o: OptionComparison): string {
  const share = (s: OptionComparison['a']) => `${formatShare(s.share)} (${formatCount(s.count)} of ${formatCount(s.n)})`;
  if (o.difference === null || o.low === null || o.high === null) return `${label}: A ${share(o.a)}, B ${share(o.b)}: not tested`;
  const interval = `B − A ${signedPoints(o.difference)} (95% CI ${signedPoints(o.low)} to ${signedPoints(o.high)})`;
  if (o.skipped === 'defines-cohorts') return `${label}: A ${share(o.a)}, B ${share(o.b)}, ${interval}: defines the cohorts, not tested`;
  const verdict = o.significant ? 'significant after adjustment' : 'not significant after adjustment';
  const tests = `${pValueText(o.pValue ?? 1)}${o.test === 'fisher' ? ' (Fisher)' : ''}, adjusted ${pValueText(o.adjustedP ?? 1)}`;
  return `${label}: A ${share(o.a)}, B ${share(o.b)}, ${interval}, ${tests}: ${verdict}`;
}

/**
 * A share's link as spoken: the share it shows first, so the name begins with what a
 * reader sees (WCAG 2.5.3), then whose share it is: "45%, cohort A, malicious: 9 of 20. List them".
 */
const shareLinkLabel = (shown: string, cohort: 'A' | 'B', label: string, share: OptionComparison['a']): string =>
  `${shown}, cohort ${cohort}, ${label}: ${formatCount(share.count)} of ${formatCount(share.n)}. List them`;

/** The incidents of a cohort having `option`, when one set of filters can select them. */
function shareTarget(cohort: UrlState, facet: FacetId, option: string, label: string): FigureTarget | null {
  const narrowed = narrowFacet(cohort.filters.facets[facet], option);
  if (narrowed === null) return null;
  return { state: listState(cohort, { ...cohort.filters, facets: { ...cohort.filters.facets, [facet]: narrowed } }), label };
}

/**
 * The plot's rows, facet by facet in display order, options by the size of their
 * difference. Options left untested (in neither cohort, a gap left out of N, an empty
 * cohort) have nothing to plot and are left out; the table keeps them.
 */
export function differenceGroups(comparison: CohortComparison, cohorts: { readonly a: UrlState; readonly b: UrlState }): DifferenceGroup[] {
  return FACET_DISPLAY_ORDER.flatMap((facet) => {
    const { nA, nB, options, definesCohorts } = comparison.facets[facet];
    const rows = options.flatMap((o): DifferenceRow[] => {
      if (o.difference === null || o.low === null || o.high === null) return [];
      const label = optionLabel(facet, o.option);
      const aText = formatShare(o.a.share);
      const bText = formatShare(o.b.share);
      return [
        {
          key: o.option,
          label,
          muted: o.role !== 'vocabulary',
          aText,
          bText,
          aTarget: shareTarget(cohorts.a, facet, o.option, shareLinkLabel(aText, 'A', label, o.a)),
          bTarget: shareTarget(cohorts.b, facet, o.option, shareLinkLabel(bText, 'B', label, o.b)),
          difference: o.difference,
          low: o.low,
          high: o.high,
          significant: o.significant,
          summary: differenceSummary(label, o),
        },
      ];
    });
    const name = FACETS[facet].name;
    const title = `${name} (N: A ${formatCount(nA)}, B ${formatCount(nB)})${definesCohorts ? ': defines the cohorts, not tested' : ''}`;
    return rows.length === 0 ? [] : [{ key: facet, name, title, rows }];
  });
}
