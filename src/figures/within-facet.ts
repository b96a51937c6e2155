import { sharedDerivation } from '../state/shared-derivation';
import { publishedSpan } from './figure-derivations';
import { andNot, popcount } from '../analysis/bitset';
import type { Bitset } from '../analysis/bitset';
import { formatCount } from '../components/format-count';
import { FACETS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { withoutFacets } from '../state/drill-down';
import type { FigureInput } from '../state/figure-input';
import type { UrlFilters, UrlState } from '../state/url-state';
import type { FigureCount, FigureFrame } from './figure';
import { OWN_FILTER_NOTE, optionGroupNote } from './figure-notes';

/**
 * What the charts of one facet's options among themselves count over: the selection
 * without the facet's own filter (so every option stays visible and a link can set that
 * filter to a pair or a set), and of it the incidents with the facet analysed, which is N.
 */
export interface WithinFacet {
  /** The selection without the facet's own filter. */
  readonly mask: Bitset;
  /** The filters a drill-down adds the facet's options to. */
  readonly base: UrlFilters;
  readonly n: FigureCount;
  readonly published: FigureFrame['published'];
  /** Said by both charts: counted without the facet's own filter, the group of rarer options. */
  readonly notes: readonly string[];
}

/** The overview's switch drops gaps from shares; these charts count option sets, where “unknown” is an answer like any other. */
const GAPS_SWITCH_NOTE = 'The switch leaving out unknown and not analysed does not apply here: “unknown” is counted as one of the options; N leaves out only the incidents not analysed.';

function counts(facet: FacetId, notAnalysed: number): string {
  const name = FACETS[facet].name.toLowerCase();
  if (notAnalysed === 0) return `incidents with ${name} analysed`;
  return `incidents with ${name} analysed; ${formatCount(notAnalysed)} not analysed left out`;
}

export function withinFacet(input: FigureInput, state: UrlState, facet: FacetId): WithinFacet {
  const mask = input.masksFor(state.filters).except[facet];
  // The pair matrix and the exact sets of one facet count the same incidents: derived once for both.
  const analysed = sharedDerivation(mask, `analysed ${facet}`, () => andNot(mask, input.columns.facets[facet].notAnalysed));
  const n = popcount(analysed);
  const ownFilter = state.filters.facets[facet].selected.length > 0 ? OWN_FILTER_NOTE : null;
  return {
    mask,
    base: withoutFacets(state.filters, [facet]),
    n: { value: n, counts: counts(facet, popcount(mask) - n) },
    published: publishedSpan(input.columns, analysed),
    notes: [ownFilter, state.excludeGaps ? GAPS_SWITCH_NOTE : null, optionGroupNote(input, facet)].filter((line) => line !== null),
  };
}
