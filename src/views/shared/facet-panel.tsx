import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { FacetChart } from '../../charts/facet-chart';
import { FigureNotes } from '../../charts/figure-facts';
import { ShareTable } from '../../charts/share-table';
import type { FacetFigure } from '../../figures/facet-figure';
import { countText } from '../../figures/figure-caption';

/**
 * Grid rows a panel spans, by its number of bars: a long panel beside several short ones
 * instead of one long panel stretching a row of short ones.
 */
function rowSpan(bars: number): number {
  if (bars > 12) return 3;
  return bars > 8 ? 2 : 1;
}

interface FacetPanelProps {
  readonly figure: FacetFigure;
  /** What pressing a bar does: filter by its option. */
  readonly onToggle: (option: string) => void;
  /** The "must have all" switch, offered once two options are picked. */
  readonly onMatchAll: (matchAll: boolean) => void;
  /** Drawn under the bars: the list of a facet's grouped rarer options. */
  readonly footer?: ReactNode;
  /** What the header offers beside the title and N: the pin and export menu. */
  readonly actions?: ReactNode;
  /** Warnings the page states once above every panel, left out under each (FigureNotes). */
  readonly statedAbove?: readonly string[];
}

/**
 * One facet on the overview, drawn from its figure: its title, N and question, the bars
 * (which filter), what to be careful about and how it was counted, the "any of / all of"
 * switch once that choice means something, and its numbers as a table one click away,
 * made only while open.
 */
export function FacetPanel({ figure, onToggle, onMatchAll, footer, actions, statedAbove }: FacetPanelProps) {
  const headingId = useId();
  // Twelve panels' tables would change with every click while nobody reads them.
  const [numbersOpen, setNumbersOpen] = useState(false);
  const { filter } = figure;
  return (
    <section className={`facet-panel facet-panel--span-${rowSpan(figure.bars.length)}`} aria-labelledby={headingId}>
      <header className="facet-panel__header">
        <h2 id={headingId} className="facet-panel__title">
          {figure.title}
        </h2>
        <p className="facet-panel__n">{countText(figure)}</p>
        {actions}
      </header>
      <p className="facet-panel__question">{figure.subtitle}</p>
      <FacetChart figure={figure} mode="screen" onToggle={onToggle} />
      {footer}
      <FigureNotes figure={figure} statedAbove={statedAbove} />
      {filter.selected.length >= 2 && (
        <label className="facet-panel__match-all">
          <input type="checkbox" checked={filter.matchAll} onChange={(event) => onMatchAll(event.target.checked)} />
          Must have all selected
        </label>
      )}
      <details className="numbers facet-panel__numbers" onToggle={(event) => setNumbersOpen(event.currentTarget.open)}>
        <summary>Table of the numbers</summary>
        {numbersOpen && <ShareTable caption={`${figure.title}: incidents and shares per option`} rows={figure.bars} shown onToggle={onToggle} />}
      </details>
    </section>
  );
}
