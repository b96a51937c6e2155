import { cooccurrence } from '../analysis/option-cooccurrence';
import { formatCount, incidentCount } from '../components/format-count';
import { formatShare } from '../components/format-share';
import { optionLabel } from '../domain/option-label';
import { FACETS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { listState, withOptions } from '../state/drill-down';
import type { FigureInput } from '../state/figure-input';
import { filtersInWords } from '../state/filters-in-words';
import type { UrlState } from '../state/url-state';
import type { FigureFrame, FigureTarget } from './figure';
import { possibleCopiesWarning, smallSampleWarning } from './figure-notes';
import type { LegendItem } from './legend';
import { withinFacet } from './within-facet';

/** A row and column of the matrix: an option some incident of N has. */
export interface CooccurrenceOption {
  readonly key: string;
  readonly label: string;
  /** `unknown` is written as a gap, in italics. */
  readonly gap: boolean;
  /** Incidents of N having it: the diagonal. */
  readonly total: number;
}

/** A cell: the incidents having both options (on the diagonal, the option's own count). */
export interface CooccurrenceCell {
  readonly count: number;
  readonly diagonal: boolean;
  /** 0–1, against the largest pair off the diagonal; 0 on it, which is not shaded. */
  readonly intensity: number;
  /** What the cell says, the first line its heading: the count and its share of each option. */
  readonly lines: readonly string[];
  readonly target: FigureTarget;
}

export interface CooccurrenceFigure extends FigureFrame {
  readonly kind: 'cooccurrence';
  readonly chart: { readonly kind: 'cooccurrence'; readonly facet: FacetId };
  readonly facet: FacetId;
  readonly options: readonly CooccurrenceOption[];
  /** `cells[i][j]`: options i and j; symmetric. */
  readonly cells: readonly (readonly CooccurrenceCell[])[];
}

const LEGEND: readonly LegendItem[] = [
  { key: 'value', label: 'Darker: more incidents with both options (diagonal, unshaded: the option’s own count)', swatch: 'box', colour: 'var(--heat-value)' },
];

const PAIRS_NOTE = 'Multi-valued: an incident counts in every pair of options it has, so a row’s cells can sum past its diagonal.';


/**
 * Which options of `facet` the incidents have together, over the view's selection without
 * the facet's own filter: for each pair the incidents having both, on the diagonal each
 * option's own count. N is the incidents with the facet analysed; options no incident of
 * N has are left out. Every cell leads to the incidents having both options.
 */
export function cooccurrenceFigure(input: FigureInput, state: UrlState, facet: FacetId): CooccurrenceFigure {
  const within = withinFacet(input, state, facet);
  const matrix = cooccurrence(input.columns, within.mask, facet);
  const name = FACETS[facet].name;
  const shown = matrix.options.flatMap((line, i) => (line.total > 0 ? [i] : []));
  const options = shown.map(
    (i): CooccurrenceOption => ({
      key: matrix.options[i].key,
      label: optionLabel(facet, matrix.options[i].key),
      gap: matrix.options[i].role === 'unknown',
      total: matrix.options[i].total,
    }),
  );
  let pairMax = 0;
  for (const i of shown) for (const j of shown) if (i !== j) pairMax = Math.max(pairMax, matrix.counts[i][j]);
  const cells = options.map((first, a) =>
    options.map((second, b): CooccurrenceCell => {
      const count = matrix.counts[shown[a]][shown[b]];
      const diagonal = a === b;
      const lines = diagonal
        ? [`${name}: ${first.label}`, `${incidentCount(count)} have it (the diagonal is each option’s own count)`]
        : [
            `${name}: ${first.label} and ${second.label}`,
            `${incidentCount(count)} have both`,
            `${formatShare(count / first.total)} of the ${formatCount(first.total)} “${first.label}”`,
            `${formatShare(count / second.total)} of the ${formatCount(second.total)} “${second.label}”`,
          ];
      const to = listState(state, withOptions(within.base, facet, diagonal ? [first.key] : [first.key, second.key]));
      return {
        count,
        diagonal,
        intensity: diagonal || pairMax === 0 ? 0 : count / pairMax,
        lines,
        target: { state: to, label: `${lines.join('. ')}. List these incidents` },
      };
    }),
  );
  return {
    kind: 'cooccurrence',
    chart: { kind: 'cooccurrence', facet },
    facet,
    title: `${name}: options that occur together`,
    subtitle: `For each pair of ${name.toLowerCase()} options, the incidents having both.`,
    n: within.n,
    denominator: 'Each cell counts the incidents of N having both options; the diagonal, those having the option.',
    filters: filtersInWords(state),
    published: within.published,
    build: input.build,
    legend: LEGEND,
    warnings: [smallSampleWarning(within.n.value), possibleCopiesWarning(input.columns.possibleCopies)].filter((line) => line !== null),
    notes: [PAIRS_NOTE, ...within.notes],
    statistics: [],
    table: {
      header: ['Option', 'With option', 'Incidents'],
      rows: options.flatMap((first, a) => options.map((second, b) => [first.label, second.label, cells[a][b].count])),
    },
    options,
    cells,
  };
}
