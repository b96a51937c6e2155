import { useMemo, useRef } from 'react';
import type { UrlState } from '../../state/url-state';
import { Heatmap } from '../../charts/heatmap';
import { FACETS } from '../../domain/taxonomy';
import { ViewActions } from '../../export/view-actions';
import { filtersText } from '../../state/filters-in-words';
import { lightExportSource } from '../shared/light-export';
import { OptionGroupNote } from '../shared/option-group-note';
import { optionLabel } from '../../domain/option-label';
import { AssociationSummary } from './association-summary';
import { CrosstabControls } from './crosstab-controls';
import { crosstabCsv } from './crosstab-csv';
import { crosstabHeatmap } from './crosstab-heatmap';
import { crosstabLegend } from '../../figures/crosstab-legend';
import { CrosstabTable } from './crosstab-table';
import type { CrosstabView } from './use-crosstab';
import { useShuffledP } from '../../state/use-shuffled-p';
import { formatCount } from '../../components/format-count';


const CELL_WORDS = {
  count: 'Each cell counts the incidents having both options',
  row: 'Each cell is the share of its row’s incidents that also have the column’s option',
  col: 'Each cell is the share of its column’s incidents that also have the row’s option',
  overall: 'Each cell is the share of all the table’s incidents having both options',
} as const;

/** The crosstab view once the data is in: settings, the heatmap with its margins, the test and the numbers. */
export function CrosstabBody({ view, state, build }: { readonly view: CrosstabView; readonly state: UrlState; readonly build: string }) {
  const svg = useRef<SVGSVGElement>(null);
  const { figures, counted } = view;
  const { rows, cols } = state.crosstab;
  const model = useMemo(() => crosstabHeatmap(figures, state.crosstab, state), [figures, state]);
  const shuffled = useShuffledP(figures.association.shuffle);
  const title = `${FACETS[rows].name} × ${FACETS[cols].name}`;
  const ownFilters = [rows, cols].filter((facet, i, all) => all.indexOf(facet) === i && state.filters.facets[facet].selected.length > 0);
  const empty = [
    ...(figures.emptyRows.length > 0 ? [`${FACETS[rows].name}: ${figures.emptyRows.map((l) => optionLabel(rows, l.key)).join(', ')}`] : []),
    ...(figures.emptyCols.length > 0 ? [`${FACETS[cols].name}: ${figures.emptyCols.map((l) => optionLabel(cols, l.key)).join(', ')}`] : []),
  ];
  return (
    <>
      <CrosstabControls />
      <section className="comparison-section" aria-labelledby="crosstab-heading">
        <div className="comparison-section__head">
          <h2 id="crosstab-heading">{title}</h2>
          <ViewActions
            chart={{ kind: 'crosstab', rows, columns: cols }}
            title={title}
            build={build}
            figures={{ n: figures.table.n, firstPublished: counted.firstPublished, lastPublished: counted.lastPublished }}
            getCsv={() => crosstabCsv(figures, shuffled, { filters: filtersText(state), build })}
            getSvgSpec={() => lightExportSource(svg.current)}
          />
        </div>
        <p className="comparison-section__lead">
          {figures.table.excludeGaps
            ? `The table counts the ${formatCount(figures.table.n)} incidents with a real answer in both facets (unknown and not analysed left out, as on the overview). `
            : `The table counts all ${formatCount(figures.table.n)} incidents of the selection, unknown and not analysed included. `}
          {CELL_WORDS[state.crosstab.cell]}. The
          “All” margins are distinct incidents, not sums of cells: an incident with two options counts in two cells. Hover or focus a cell
          for its details; click it to list its incidents.
        </p>
        <Heatmap model={model} legend={crosstabLegend(state.crosstab.shade)} label={`${title}: incidents per pair of options`} svgRef={svg} />
        <ul className="comparison-notes">
          {ownFilters.length > 0 && (
            <li>Counted without the selection’s own {ownFilters.map((facet) => FACETS[facet].name).join(' and ')} filter, so every option stays in the table.</li>
          )}
          {empty.length > 0 && <li>No incident, so not drawn: {empty.join('; ')}.</li>}
        </ul>
        {[rows, cols]
          .filter((facet, i, all) => all.indexOf(facet) === i)
          .map((facet) => (
            <OptionGroupNote key={facet} facet={facet} mask={view.mask} state={state} />
          ))}
        <AssociationSummary figures={figures} shuffled={shuffled} />
        <details className="numbers">
          <summary>Table of the numbers</summary>
          <CrosstabTable figures={figures} model={model} />
        </details>
      </section>
    </>
  );
}
