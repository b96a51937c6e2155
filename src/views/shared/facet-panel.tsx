import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { FacetPanel as FacetPanelData } from '../../analysis/facet-counts';
import type { FacetFilter } from '../../analysis/filters';
import { ShareBars } from '../../charts/share-bars';
import { ShareTable } from '../../charts/share-table';
import { FACETS } from '../../domain/taxonomy';
import { facetBarRows } from '../../figures/facet-bar-rows';
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
  /** What pressing a bar does; a panel drawn without it (on a slide) only shows its bars. */
  readonly onToggle?: (option: string) => void;
  /** Drawn under the bars: on the overview, what the facet's "other" line counts. */
  readonly footer?: ReactNode;
  /** The "must have all" switch; a panel drawn without it (on a slide) shows the pinned choice in its caption only. */
  readonly onMatchAll?: (matchAll: boolean) => void;
  /** What the header offers beside the title and N: the overview's pin and export menu. */
  readonly actions?: ReactNode;
  /** 2 on the overview; 3 on a slide, whose own title is the level-2 heading. */
  readonly headingLevel?: 2 | 3;
  /** Keep the title for screen readers only: a slide already titled with the facet's name need not say it twice. */
  readonly titleHidden?: boolean;
}

/**
 * One facet: its bars over every filter but its own (so picking an option never hides
 * the others), its N, the switch between "any of" and "all of" the options picked,
 * offered only once that choice means something, and on the overview its numbers as a
 * table one click away, as every comparison view has them. Its heading id is its own, so a deck
 * may show the same facet on several slides at once.
 */
export function FacetPanel({
  panel,
  filter,
  excludeGaps,
  showBaseline,
  onToggle,
  onMatchAll,
  footer,
  actions,
  headingLevel = 2,
  titleHidden = false,
}: FacetPanelProps) {
  const def = FACETS[panel.facet];
  const rows = useMemo(() => facetBarRows(panel, filter), [panel, filter]);
  const headingId = useId();
  const span = rowSpan(rows.length);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const tableCaption = `${def.name}: incidents and shares per option`;
  return (
    <section className={`facet-panel facet-panel--span-${span}`} aria-labelledby={headingId}>
      <header className="facet-panel__header">
        <Heading id={headingId} className={titleHidden ? 'visually-hidden' : 'facet-panel__title'}>
          {def.name}
        </Heading>
        <p className="facet-panel__n">{sampleText(panel.selection, excludeGaps)}</p>
        {actions}
      </header>
      <p className="facet-panel__question">{def.question}</p>
      <ShareBars name={def.name} rows={rows} showBaseline={showBaseline} onToggle={onToggle} />
      {footer}
      <p className="facet-panel__note">
        Multi-valued: shares can sum past 100%.
        {filter.selected.length > 0 && ' Counted without this panel’s own filter, so its other options stay visible.'}
      </p>
      {onMatchAll !== undefined && filter.selected.length >= 2 && (
        <label className="facet-panel__match-all">
          <input type="checkbox" checked={filter.matchAll} onChange={(event) => onMatchAll(event.target.checked)} />
          Must have all selected
        </label>
      )}
      {onToggle === undefined ? (
        <ShareTable caption={tableCaption} rows={rows} />
      ) : (
        <details className="numbers facet-panel__numbers">
          <summary>Table of the numbers</summary>
          <ShareTable caption={tableCaption} rows={rows} shown onToggle={onToggle} />
        </details>
      )}
    </section>
  );
}
