import { countFacet } from '../analysis/facet-counts';
import type { FacetFilter } from '../analysis/filters';
import { FACETS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { formatCount, incidentCount } from '../components/format-count';
import { listState, withOptions, withoutFacets } from '../state/drill-down';
import type { FigureInput } from '../state/figure-input';
import { isFiltered } from '../state/filter-chips';
import { filtersInWords } from '../state/filters-in-words';
import type { UrlState } from '../state/url-state';
import { facetBarRows } from './facet-bar-rows';
import { maskSize, publishedSpan, sharedBaseline } from './figure-derivations';
import { tableFraction } from './figure';
import type { FigureFrame, FigureTarget } from './figure';
import type { LegendItem } from './legend';
import { MULTI_VALUED_NOTE, OWN_FILTER_NOTE, optionGroupNote, possibleCopiesWarning, smallSampleWarning } from './figure-notes';
import type { ShareBarRow } from './share-bar-row';
import { incidentsWithAny, topKeys, topNote } from './top-rows';
import type { MoreOptions } from './top-rows';

/** A bar of a facet figure and the incidents it counts. */
export interface FacetBar extends ShareBarRow {
  readonly target: FigureTarget;
}

export interface FacetFigure extends FigureFrame {
  readonly kind: 'facet';
  readonly chart: { readonly kind: 'facet'; readonly facet: FacetId; readonly top?: number };
  readonly facet: FacetId;
  /** The bars drawn: on a slide drawing its top N, those N and the gaps. */
  readonly bars: readonly FacetBar[];
  /** The options a slide drawing its top N leaves out, drawn as one line; null when it draws them all. */
  readonly more: MoreOptions | null;
  /** Outline each bar's share over all incidents: worth it only when a filter narrows the selection. */
  readonly showBaseline: boolean;
  /** The view's filter on this facet, which the bars are counted without. */
  readonly filter: FacetFilter;
}

const isGap = (bar: FacetBar): boolean => bar.mark === 'unknown' || bar.mark === 'not-analysed';

/**
 * The bars most incidents first when asked, ties in the taxonomy's order; the gaps
 * (unknown, not analysed) stay last either way, since they answer no question of the facet.
 */
function ordered(bars: readonly FacetBar[], order: UrlState['barOrder']): readonly FacetBar[] {
  if (order === 'taxonomy') return bars;
  return [...bars.filter((bar) => !isGap(bar)).sort((a, b) => b.count - a.count), ...bars.filter(isGap)];
}

function counts(facet: FacetId, excludeGaps: boolean, leftOut: { notAnalysed: number; unknownOnly: number }): string {
  const name = FACETS[facet].name.toLowerCase();
  if (!excludeGaps) return 'incidents';
  const out = leftOut.notAnalysed + leftOut.unknownOnly;
  if (out === 0) return `incidents with a ${name} answer, none left out`;
  return `incidents with a ${name} answer; ${formatCount(out)} left out (${formatCount(leftOut.notAnalysed)} not analysed, ${formatCount(leftOut.unknownOnly)} only unknown)`;
}

function legend(bars: readonly FacetBar[], showBaseline: boolean): LegendItem[] {
  const items: (LegendItem | false)[] = [
    { key: 'share', label: 'Bar: share of N, on one 0–100% scale in every chart', swatch: 'box', colour: 'var(--cat-5)' },
    showBaseline && { key: 'baseline', label: 'Outline: the same share over all incidents', swatch: 'outline', colour: 'var(--ink)' },
    { key: 'unknown', label: 'any unknown: the articles do not say, alone or beside an option', swatch: 'box', colour: 'var(--colour-unknown)' },
    bars.some((bar) => bar.mark === 'extra') && { key: 'extra', label: 'Dashed edge: an option outside the taxonomy', swatch: 'dash', colour: 'var(--warning)' },
    { key: 'not-analysed', label: 'not analysed: no classification yet', swatch: 'hatch' },
  ];
  return items.filter((item) => item !== false);
}

/**
 * One facet's share bars over the view's selection without the facet's own filter (so
 * picking an option never hides the others), each bar leading to the incidents it counts.
 * Given `top`, a slide's choice, it draws the `top` options with the most incidents and
 * the gaps, which answer no question of the facet but say how much is unanswered; the
 * rest is one line, and the table keeps every option.
 */
export function facetFigure(input: FigureInput, state: UrlState, facet: FacetId, choice: { readonly top?: number } = {}): FacetFigure {
  const mask = input.masksFor(state.filters).except[facet];
  const tally = countFacet(input.columns, facet, mask, state.excludeGaps, maskSize(mask));
  const panel = { facet, selection: tally, baseline: sharedBaseline(input.columns, facet, state.excludeGaps) };
  const filter = state.filters.facets[facet];
  const base = withoutFacets(state.filters, [facet]);
  const name = FACETS[facet].name;
  const rows = facetBarRows(panel, filter).map(
    (row): FacetBar => ({
      ...row,
      target: {
        state: listState(state, withOptions(base, facet, [row.key])),
        label: `${name}: ${row.label}, ${formatCount(row.count)} of ${incidentCount(tally.selected)}. List them`,
      },
    }),
  );
  const every = ordered(rows, state.barOrder);
  const options = every.filter((bar) => !isGap(bar));
  const kept = topKeys(options, choice.top);
  const bars = every.filter((bar) => isGap(bar) || kept.has(bar.key));
  const left = options.filter((bar) => !kept.has(bar.key)).map((bar) => bar.key);
  const more = left.length === 0 ? null : { options: left.length, incidents: incidentsWithAny(input.columns.facets[facet], left, mask) };
  const order = state.barOrder === 'count' ? 'Options ordered by incidents, most first; unknown and not analysed last.' : null;
  const showBaseline = isFiltered(state);
  const ownFilter = filter.selected.length > 0 ? OWN_FILTER_NOTE : null;
  return {
    kind: 'facet',
    chart: { kind: 'facet', facet, ...(choice.top === undefined ? {} : { top: choice.top }) },
    facet,
    title: name,
    subtitle: FACETS[facet].question,
    n: { value: tally.n, counts: counts(facet, state.excludeGaps, tally) },
    denominator: 'Each bar is the share of N having the option.',
    filters: filtersInWords(state),
    published: publishedSpan(input.columns, mask),
    build: input.build,
    legend: legend(bars, showBaseline),
    warnings: [smallSampleWarning(tally.n), possibleCopiesWarning(input.columns.possibleCopies)].filter((line) => line !== null),
    notes: [MULTI_VALUED_NOTE, order, ownFilter, optionGroupNote(input, facet), more && topNote(kept.size, options.length)].filter((line) => line !== null),
    statistics: [],
    table: {
      header: ['Option', 'Incidents', 'Share', 'Share of all incidents'],
      rows: every.map((bar) => [bar.label, bar.count, tableFraction(bar.share), tableFraction(bar.baselineShare)]),
    },
    bars,
    more,
    showBaseline,
    filter,
  };
}
