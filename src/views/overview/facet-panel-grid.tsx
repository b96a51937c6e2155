import { memo } from 'react';
import { useUrlState } from '../../state/use-url-state';
import type { FacetFigure } from '../../figures/facet-figure';
import { FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import type { Bitset } from '../../analysis/bitset';
import { FigureActions } from '../../export/figure-actions';
import { OptionGroupNote } from '../shared/option-group-note';
import { FacetPanel } from '../shared/facet-panel';
import { setMatchAll, toggleOption } from '../../state/filter-actions';
import { PanelMenu } from './panel-menu';
import { onPanelArrows } from './panel-arrows';

interface FacetPanelGridProps {
  readonly figures: Readonly<Record<FacetId, FacetFigure>>;
  /** The incidents each panel counts: every filter but its own, for the list of its grouped options. */
  readonly masks: Readonly<Record<FacetId, Bitset>>;
  /** Warnings the page states above the panels, left out under each of them. */
  readonly statedAbove: readonly string[];
}

/**
 * Every facet panel in display order, each with its pin and export menu. Each click on a
 * bar adds a history entry, so Back undoes it. Left and Right move between panels' bars.
 * Memoized: the overview renders again for its organization panel and list once a click
 * is painted, and the panels have nothing new to show then.
 */
export const FacetPanelGrid = memo(function FacetPanelGrid({ figures, masks, statedAbove }: FacetPanelGridProps) {
  const { state, navigate } = useUrlState();
  return (
    <div className="facet-grid" onKeyDown={onPanelArrows}>
      {FACET_DISPLAY_ORDER.map((facet) => (
        <FacetPanel
          key={facet}
          figure={figures[facet]}
          statedAbove={statedAbove}
          onToggle={(option) => navigate(toggleOption(state, facet, option))}
          onMatchAll={(matchAll) => navigate(setMatchAll(state, facet, matchAll))}
          footer={<OptionGroupNote facet={facet} mask={masks[facet]} state={state} />}
          actions={<PanelMenu label={`Pin, download or share ${figures[facet].title}`}>{() => <FigureActions figure={figures[facet]} />}</PanelMenu>}
        />
      ))}
    </div>
  );
});
