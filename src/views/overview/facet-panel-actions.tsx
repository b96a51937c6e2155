import { useMemo } from 'react';
import type { FacetPanel } from '../../analysis/facet-counts';
import type { FacetFilter } from '../../analysis/filters';
import { headline } from '../../analysis/headline';
import type { Bitset } from '../../analysis/bitset';
import type { PreparedColumns } from '../../analysis/prepared-columns';
import { FACETS } from '../../domain/taxonomy';
import { facetPanelCsv } from '../../export/facet-csv';
import { facetSvgSpec } from '../../export/facet-svg';
import { ViewActions } from '../../export/view-actions';
import type { CaptionFigures } from '../../presentation/slide-caption';

interface FacetPanelActionsProps {
  readonly panel: FacetPanel;
  readonly filter: FacetFilter;
  readonly showBaseline: boolean;
  readonly columns: PreparedColumns;
  /** The incidents the panel counts: every filter but its own. */
  readonly mask: Bitset;
  /** The dataset build on screen. */
  readonly build: string;
}

/**
 * Pin, PNG, SVG, CSV and link for one facet panel. The caption's N is the panel's own
 * denominator and its dates span the incidents the panel counts, which leave out the
 * panel's own filter, so an exported image states the numbers its bars are shares of.
 */
export function FacetPanelActions({ panel, filter, showBaseline, columns, mask, build }: FacetPanelActionsProps) {
  const figures = useMemo((): CaptionFigures => {
    const { firstPublished, lastPublished } = headline(columns, mask);
    return { n: panel.selection.n, firstPublished, lastPublished };
  }, [columns, mask, panel.selection.n]);
  const ownFilter = filter.selected.length > 0;
  return (
    <ViewActions
      chart={{ kind: 'facet', facet: panel.facet }}
      title={FACETS[panel.facet].name}
      build={build}
      figures={figures}
      getCsv={() => facetPanelCsv(panel)}
      getSvgSpec={() => ({ kind: 'bars', spec: facetSvgSpec(panel, showBaseline, ownFilter) })}
    />
  );
}
