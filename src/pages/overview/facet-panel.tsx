import { useMemo } from 'react';
import type { FacetPanel as FacetPanelData } from '../../analysis/facet-counts';
import type { FacetFilter } from '../../analysis/filters';
import { ShareBars } from '../../charts/share-bars';
import { ShareTable } from '../../charts/share-table';
import { FACETS } from '../../domain/taxonomy';
import { facetBarRows } from './facet-bar-rows';
import { sampleText } from './panel-sample';

/**
 * Grid rows a panel spans, by its number of bars: a long panel beside several short ones
 * instead of one long panel stretching a row of short ones.
 */
function rowSpan(bars: number): number {
  if (bars > 12) return 3;
  return bars > 8 ? 2 : 1;
}

interface FacetPanelProps {
  readonly panel: FacetPanelData;
  readonly filter: FacetFilter;
  readonly excludeGaps: boolean;
  readonly showBaseline: boolean;
  readonly onToggle: (option: string) => void;
  readonly onMatchAll: (matchAll: boolean) => void;
}

/**
 * One facet: its bars over every filter but its own (so picking an option never hides
 * the others), its N, and the switch between "any of" and "all of" the options picked,
 * offered only once that choice means something.
 */
export function FacetPanel({ panel, filter, excludeGaps, showBaseline, onToggle, onMatchAll }: FacetPanelProps) {
  const def = FACETS[panel.facet];
  const rows = useMemo(() => facetBarRows(panel, filter), [panel, filter]);
  const headingId = `facet-panel-${panel.facet}`;
  const span = rowSpan(rows.length);
  return (
    <section className={`facet-panel facet-panel--span-${span}`} aria-labelledby={headingId}>
      <header className="facet-panel__header">
        <h2 id={headingId} className="facet-panel__title">
          {def.name}
        </h2>
        <p className="facet-panel__n">{sampleText(panel.selection, excludeGaps)}</p>
      </header>
      <p className="facet-panel__question">{def.question}</p>
      <ShareBars name={def.name} rows={rows} showBaseline={showBaseline} onToggle={onToggle} />
      <p className="facet-panel__note">
        Multi-valued: shares can sum past 100%.
        {filter.selected.length > 0 && ' Counted without this panel’s own filter, so its other options stay visible.'}
      </p>
      {filter.selected.length >= 2 && (
        <label className="facet-panel__match-all">
          <input type="checkbox" checked={filter.matchAll} onChange={(event) => onMatchAll(event.target.checked)} />
          Must have all selected
        </label>
      )}
      <ShareTable caption={`${def.name}: incidents and shares per option`} rows={rows} />
    </section>
  );
}
