import { countFacet } from '../../analysis/facet-counts';
import { headline } from '../../analysis/headline';
import type { PreparedColumns } from '../../analysis/prepared-columns';
import type { CrossFilterMasks } from '../../analysis/selection-masks';
import { knownChart } from '../../figures/chart-descriptor';
import type { ChartDescriptor } from '../../figures/chart-descriptor';
import type { CaptionFigures } from '../../presentation/slide-caption';

/**
 * The N and date span a slide's caption states, matching what its chart counts. A facet
 * panel counts every filter but its own, so its caption takes the panel's own N (gaps
 * left out when the slide's switch says so) and the dates of those incidents, the same
 * figures its exported image carries. Other charts count the whole selection.
 */
export function slideFigures(columns: PreparedColumns, masks: CrossFilterMasks, chart: ChartDescriptor, excludeGaps: boolean): CaptionFigures {
  const known = knownChart(chart);
  const mask = known?.kind === 'facet' ? masks.except[known.facet] : masks.all;
  const { selected, firstPublished, lastPublished } = headline(columns, mask);
  const n = known?.kind === 'facet' ? countFacet(columns, known.facet, mask, excludeGaps).n : selected;
  return { n, firstPublished, lastPublished };
}
