import type { FacetPanel as FacetPanelData } from '../../analysis/facet-counts';
import { useUrlState } from '../../app/use-url-state';
import { FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import { FacetPanel } from './facet-panel';
import { setMatchAll, toggleOption } from './filter-actions';

interface FacetPanelGridProps {
  readonly panels: Readonly<Record<FacetId, FacetPanelData>>;
  readonly showBaseline: boolean;
}

/** Every facet panel in display order. Each click adds a history entry, so Back undoes it. */
export function FacetPanelGrid({ panels, showBaseline }: FacetPanelGridProps) {
  const { state, navigate } = useUrlState();
  return (
    <div className="facet-grid">
      {FACET_DISPLAY_ORDER.map((facet) => (
        <FacetPanel
          key={facet}
          panel={panels[facet]}
          filter={state.filters.facets[facet]}
          excludeGaps={state.excludeGaps}
          showBaseline={showBaseline}
          onToggle={(option) => navigate(toggleOption(state, facet, option))}
          onMatchAll={(matchAll) => navigate(setMatchAll(state, facet, matchAll))}
        />
      ))}
    </div>
  );
}
