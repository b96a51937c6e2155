import type { Cooccurrence } from '../../analysis/option-cooccurrence';
import type { UrlState } from '../../state/url-state';
import { hrefFor, navigate } from '../../state/use-url-state';
import type { HeatCell, HeatmapModel } from '../../charts/heatmap-types';
import { formatCount } from '../../components/format-count';
import { formatShare } from '../../components/format-share';
import { FACETS } from '../../domain/taxonomy';
import { listState, withOptions, withoutFacets } from '../../state/drill-down';
import { optionLabel } from '../../domain/option-label';
import { incidentCount } from '../../charts/share-text';


/**
 * The facet against itself: off the diagonal, the incidents having both options (shaded
 * against the largest such pair, so the diagonal's own totals do not wash the pairs
 * out); on it, each option's own count, unshaded. Options no incident has are left out.
 * Each cell links to the incidents having both options.
 */
export function cooccurrenceHeatmap(matrix: Cooccurrence, state: UrlState): HeatmapModel {
  const facet = matrix.facet;
  const name = FACETS[facet].name;
  const base = withoutFacets(state.filters, [facet]);
  const shown = matrix.options.flatMap((line, i) => (line.total > 0 ? [i] : []));
  let pairMax = 0;
  for (const i of shown) for (const j of shown) if (i !== j) pairMax = Math.max(pairMax, matrix.counts[i][j]);
  const lines = shown.map((i) => ({
    key: matrix.options[i].key,
    label: optionLabel(facet, matrix.options[i].key),
    gap: matrix.options[i].role === 'unknown',
  }));
  const cells = shown.map((i, a) =>
    shown.map((j, b): HeatCell => {
      const count = matrix.counts[i][j];
      const [first, second] = [lines[a], lines[b]];
      const tip =
        i === j
          ? [`${name}: ${first.label}`, `${incidentCount(count)} have it (the diagonal is each option’s own count)`]
          : [
              `${name}: ${first.label} and ${second.label}`,
              `${incidentCount(count)} have both`,
              `${formatShare(count / matrix.options[i].total)} of the ${matrix.options[i].total} “${first.label}”`,
              `${formatShare(count / matrix.options[j].total)} of the ${matrix.options[j].total} “${second.label}”`,
            ];
      const to = listState(state, withOptions(base, facet, i === j ? [first.key] : [first.key, second.key]));
      return {
        text: formatCount(count),
        subtext: null,
        tone: i === j ? 'none' : 'value',
        intensity: i === j || pairMax === 0 ? 0 : count / pairMax,
        notable: false,
        tip,
        target: { href: hrefFor(to), label: `${tip.join('. ')}. List these incidents`, onFollow: () => navigate(to) },
      };
    }),
  );
  return { rowTitle: name, colTitle: name, rows: lines, cols: lines, cells, margins: null };
}
