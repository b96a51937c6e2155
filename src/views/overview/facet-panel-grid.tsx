import type { FacetPanel as FacetPanelData } from '../../analysis/facet-counts';
import type { PreparedColumns } from '../../analysis/prepared-columns';
import type { CrossFilterMasks } from '../../analysis/selection-masks';
import { useUrlState } from '../../state/use-url-state';
import { FACETS, FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import { OptionGroupNote } from '../shared/option-group-note';
import { FacetPanel } from '../shared/facet-panel';
import { FacetPanelActions } from './facet-panel-actions';
import { setMatchAll, toggleOption } from '../../state/filter-actions';
import { PanelMenu } from './panel-menu';

interface FacetPanelGridProps {
  readonly panels: Readonly<Record<FacetId, FacetPanelData>>;
  readonly showBaseline: boolean;
  /** What the panels were counted from, for the figures an export's caption states. */
  readonly columns: PreparedColumns;
  readonly masks: CrossFilterMasks;
  /** The dataset build on screen, named by every export and pinned slide. */
  readonly build: string;
}

/**
 * Every facet panel in display order, each with its pin and export menu. Each click on a
 * bar adds a history entry, so Back undoes it.
 */
export function FacetPanelGrid({ panels, showBaseline, columns, masks, build }: FacetPanelGridProps) {
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
          footer={<OptionGroupNote facet={facet} mask={masks.except[facet]} state={state} />}
          actions={
            <PanelMenu label={`Pin, download or share ${FACETS[facet].name}`}>
              {() => (
                <FacetPanelActions
                  panel={panels[facet]}
                  filter={state.filters.facets[facet]}
                  showBaseline={showBaseline}
                  columns={columns}
                  mask={masks.except[facet]}
                  build={build}
                />
              )}
            </PanelMenu>
          }
        />
      ))}
    </div>
  );
}
