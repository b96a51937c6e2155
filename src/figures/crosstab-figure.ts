import { publishedSpan } from './figure-derivations';
import { crosstab, withRealAnswer } from '../analysis/crosstab';
import type { Crosstab } from '../analysis/crosstab';
import { crosstabAssociation } from '../analysis/crosstab-association';
import type { CrosstabAssociation } from '../analysis/crosstab-association';
import type { ShufflePlan } from '../analysis/shuffle-plan';
import { formatCount } from '../components/format-count';
import { optionLabel } from '../domain/option-label';
import { FACETS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { withoutFacets } from '../state/drill-down';
import type { FigureInput } from '../state/figure-input';
import { filtersInWords } from '../state/filters-in-words';
import type { CrosstabCell, CrosstabShade, UrlState } from '../state/url-state';
import { associationLine, associationVerdict } from './association-verdict';
import { NOTABLE_RESIDUAL, crosstabCells } from './crosstab-cells';
import type { CrosstabCells } from './crosstab-cells';
import { crosstabLegend } from './crosstab-legend';
import { crosstabMarks } from './crosstab-marks';
import type { CrosstabMargin, CrosstabMark } from './crosstab-marks';
import { tableFraction } from './figure';
import type { FigureFrame, FigureTable, FigureTarget } from './figure';
import { MULTI_VALUED_NOTE, optionGroupNote, possibleCopiesWarning, smallSampleWarning } from './figure-notes';

export interface CrosstabFigure extends FigureFrame {
  readonly kind: 'crosstab';
  readonly chart: { readonly kind: 'crosstab'; readonly rows: FacetId; readonly columns: FacetId };
  readonly rowTitle: string;
  readonly colTitle: string;
  /** The lines drawn, with their margins; lines with no incident are left out and named in a note. */
  readonly rows: readonly CrosstabMargin[];
  readonly cols: readonly CrosstabMargin[];
  readonly cells: readonly (readonly CrosstabMark[])[];
  readonly total: { readonly value: number; readonly target: FigureTarget };
  /** What the cells show and what shades them. */
  readonly cell: CrosstabCell;
  readonly shade: CrosstabShade;
  /** Incidents of the selection without the two facets' filters: N, plus those the gaps switch leaves out. */
  readonly selected: number;
  /** The permutation test whose p-value is still to come, null when it is known or the table needs none. */
  readonly shuffle: ShufflePlan | null;
}

const CELL_WORDS: Record<CrosstabCell, string> = {
  count: 'Each cell counts the incidents having both options',
  row: 'Each cell is the share of its row’s incidents that also have the column’s option',
  col: 'Each cell is the share of its column’s incidents that also have the row’s option',
  overall: 'Each cell is the share of N having both options',
};

const distinct = (facets: readonly FacetId[]): FacetId[] => [...new Set(facets)];

function counts(table: Crosstab): string {
  if (!table.excludeGaps) return 'incidents, unknown and not analysed included';
  const out = table.selected - table.n;
  const left = out === 0 ? 'none left out' : `${formatCount(out)} left out (unknown or not analysed in either facet)`;
  return `incidents with a real answer in both facets; ${left}`;
}

function cochranWarning(association: CrosstabAssociation): string | null {
  const verdict = associationVerdict(association, null);
  if (verdict?.sparse == null) return null;
  const method = association.method === 'chi-square' ? '' : ', so the p-value does not rely on it';
  return `Expected counts too small for the chi-square distribution (Cochran’s rule: ${verdict.sparse})${method}; the residuals are rough.`;
}

/** How the test and the cells were counted, as briefly as a slide can carry it. */
function countingNotes(cells: CrosstabCells): string[] {
  const { association, table } = cells;
  const notes: string[] = [];
  if (association.result.test !== null) {
    const n = formatCount(association.n);
    const larger = !table.excludeGaps && association.n !== table.n ? ' The “All” margins also count unknown and not analysed, so they can be larger.' : '';
    notes.push(
      `The test covers the ${n} incidents with a real answer in both facets: expected = row total × column total ÷ ${n}; an outlined cell departs from it at the 5% level (|adjusted residual| > ${NOTABLE_RESIDUAL}, cell by cell).${larger}`,
    );
  }
  if (association.multiValued && association.result.test !== null) {
    notes.push(
      'Several options per incident: an incident counts in every cell its options touch, so cells are not independent and shares can sum past 100%. The p-value comes from shuffling whole option sets between incidents (seeded; ± is the 95% Monte-Carlo margin); read Cramér’s V as a rough strength.',
    );
  } else if (table.pairs > table.n) {
    notes.push(MULTI_VALUED_NOTE);
  }
  return notes;
}

function emptyLinesNote(cells: CrosstabCells): string | null {
  const { rowFacet, colFacet } = cells.table;
  const named = (facet: FacetId, lines: CrosstabCells['emptyRows']) =>
    lines.length === 0 ? [] : [`${FACETS[facet].name}: ${lines.map((line) => optionLabel(facet, line.key)).join(', ')}`];
  const empty = [...named(rowFacet, cells.emptyRows), ...named(colFacet, cells.emptyCols)];
  return empty.length === 0 ? null : `No incident, so not drawn: ${empty.join('; ')}.`;
}

function ownFiltersNote(state: UrlState, facets: readonly FacetId[]): string | null {
  const filtered = facets.filter((facet) => state.filters.facets[facet].selected.length > 0);
  if (filtered.length === 0) return null;
  return `Counted without the selection’s own ${filtered.map((facet) => FACETS[facet].name).join(' and ')} filter, so every option stays in the table.`;
}

/** One record per drawn cell, then each line's margin and the table's total, options named as on screen. */
function tableOf(figure: Pick<CrosstabFigure, 'rowTitle' | 'colTitle' | 'rows' | 'cols' | 'cells' | 'total'>): FigureTable {
  const n = figure.total.value;
  const share = (total: number) => (n === 0 ? null : tableFraction(total / n));
  return {
    header: [`${figure.rowTitle} (rows)`, `${figure.colTitle} (columns)`, 'Incidents', 'Row share', 'Column share', 'Overall share', 'Expected', 'Adjusted residual'],
    rows: [
      ...figure.cells.flatMap((line, i) =>
        line.map((cell, j) => [
          figure.rows[i].label,
          figure.cols[j].label,
          cell.count,
          tableFraction(cell.rowShare),
          tableFraction(cell.colShare),
          tableFraction(cell.overallShare),
          tableFraction(cell.expected),
          tableFraction(cell.residual),
        ]),
      ),
      ...figure.rows.map((line) => [line.label, 'All', line.total, null, null, share(line.total), null, null]),
      ...figure.cols.map((line) => ['All', line.label, line.total, null, null, share(line.total), null, null]),
      ['All', 'All', n, null, null, share(n), null, null],
    ],
  };
}

/**
 * `rows` against `cols` over the view's selection without the two facets' own filters
 * (so every option of both stays in the table and a cell's target can set both filters
 * to its pair exactly), with the test of independence over their real answers. "Not
 * analysed" lines are counted unless the gaps switch leaves unknown and not analysed out.
 * A permutation test's p-value comes from `input.shuffled` once its worker has run; until
 * then the statistics line says it is being computed and `shuffle` is what to run.
 */
export function crosstabFigure(input: FigureInput, state: UrlState, rows: FacetId, cols: FacetId): CrosstabFigure {
  const mask = input.masksFor(withoutFacets(state.filters, [rows, cols])).all;
  const table = crosstab(input.columns, mask, rows, cols, { includeNotAnalysed: true, excludeGaps: state.excludeGaps });
  const association = crosstabAssociation(input.columns, mask, table);
  const shuffled = association.shuffle === null ? null : input.shuffled(association.shuffle);
  const cells = crosstabCells(table, association);
  const marks = crosstabMarks(cells, state.crosstab, state);
  const covered = table.excludeGaps ? withRealAnswer(withRealAnswer(mask, input.columns.facets[rows]), input.columns.facets[cols]) : mask;
  const rowTitle = FACETS[rows].name;
  const colTitle = FACETS[cols].name;
  const facets = distinct([rows, cols]);
  const drawn = { rowTitle, colTitle, ...marks };
  return {
    kind: 'crosstab',
    chart: { kind: 'crosstab', rows, columns: cols },
    title: `${rowTitle} × ${colTitle}`,
    subtitle: 'How the options of the two facets occur together, against what independence would predict.',
    n: { value: table.n, counts: counts(table) },
    denominator: `${CELL_WORDS[state.crosstab.cell]}. The “All” margins are distinct incidents, not sums of cells.`,
    filters: filtersInWords(state),
    published: publishedSpan(input.columns, covered),
    build: input.build,
    legend: crosstabLegend(state.crosstab.shade),
    warnings: [smallSampleWarning(table.n), cochranWarning(association), possibleCopiesWarning(input.columns.possibleCopies)].filter((line) => line !== null),
    notes: [
      ...countingNotes(cells),
      emptyLinesNote(cells),
      ownFiltersNote(state, facets),
      ...facets.map((facet) => optionGroupNote(input, facet)),
    ].filter((line) => line !== null),
    statistics: [associationLine(association, shuffled)],
    table: tableOf(drawn),
    ...drawn,
    cell: state.crosstab.cell,
    shade: state.crosstab.shade,
    selected: table.selected,
    shuffle: shuffled === null ? association.shuffle : null,
  };
}
