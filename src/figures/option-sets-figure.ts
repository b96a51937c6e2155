import { optionCombinations } from '../analysis/option-cooccurrence';
import { formatCount, incidentCount } from '../components/format-count';
import { facetColours } from '../domain/option-colours';
import { groupSize } from '../domain/option-group-keys';
import { optionLabel } from '../domain/option-label';
import { FACETS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { listState, withOptions } from '../state/drill-down';
import type { FigureInput } from '../state/figure-input';
import { filtersInWords } from '../state/filters-in-words';
import type { UrlState } from '../state/url-state';
import { tableFraction } from './figure';
import type { FigureFrame, FigureTarget } from './figure';
import { possibleCopiesWarning, smallSampleWarning } from './figure-notes';
import type { LegendItem } from './legend';
import { withinFacet } from './within-facet';

/** How many exact sets the chart draws unless a slide says; the incidents of the rest are summed in one line. */
export const COMBINATION_LIMIT = 10;

/** An option that is a member of some drawn set: a column of dots. */
export interface SetMember {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

/** One exact set and the incidents having exactly it. */
export interface OptionSet {
  readonly key: string;
  /** The member keys, in dictionary order. */
  readonly members: readonly string[];
  /** The set in words: "crash + omission". */
  readonly label: string;
  readonly count: number;
  /** Of N; the sets partition N, so these add up to 1 with the rest. */
  readonly share: number;
  /** The incidents having all of the set's options, some of which have more. */
  readonly target: FigureTarget;
}

export interface OptionSetsFigure extends FigureFrame {
  readonly kind: 'option-sets';
  readonly chart: { readonly kind: 'option-sets'; readonly facet: FacetId; readonly top?: number };
  readonly facet: FacetId;
  readonly columns: readonly SetMember[];
  readonly sets: readonly OptionSet[];
  /** The incidents whose set is rarer than the drawn ones, and how many such sets there are. */
  readonly rest: { readonly incidents: number; readonly sets: number; readonly share: number };
}

const LEGEND: readonly LegendItem[] = [
  { key: 'member', label: 'Filled dot: the set has this option', swatch: 'box', colour: 'var(--ink)' },
  { key: 'count', label: 'Bar: incidents with exactly this set', swatch: 'box', colour: 'var(--heat-value)' },
];


/** "15 incidents in 7 rarer sets". */
export const restText = (rest: OptionSetsFigure['rest']): string => `${incidentCount(rest.incidents)} in ${formatCount(rest.sets)} rarer ${rest.sets === 1 ? 'set' : 'sets'}`;

/** What the bars are: the sets drawn of the `distinct` sets the incidents have. */
function setsSubtitle(drawn: number, distinct: number, facet: string): string {
  if (distinct === 0) return `No incident has ${facet} analysed, so there is no set of its options to show.`;
  if (drawn === 1) return `The ${distinct === 1 ? 'one' : 'most frequent'} set of ${facet} options the incidents have, exactly.`;
  return `The ${formatCount(drawn)} most frequent sets of ${facet} options the incidents have, exactly.`;
}

/**
 * The most frequent exact sets of `facet`'s options among the incidents with the facet
 * analysed, over the view's selection without the facet's own filter. Every such incident
 * has exactly one set, so the sets and the rest add up to N. No filter selects exactly
 * one set's incidents, so a set leads to those having all of its options, and says so.
 */
export function optionSetsFigure(input: FigureInput, state: UrlState, facet: FacetId, choice: { readonly top?: number } = {}): OptionSetsFigure {
  const within = withinFacet(input, state, facet);
  const found = optionCombinations(input.columns, within.mask, facet, choice.top ?? COMBINATION_LIMIT);
  const name = FACETS[facet].name;
  const sets = found.combinations.map((combination): OptionSet => {
    const label = combination.options.map((option) => optionLabel(facet, option)).join(' + ');
    return {
      key: combination.options.join('|'),
      members: combination.options,
      label,
      count: combination.count,
      share: combination.share,
      target: {
        state: listState(state, withOptions(within.base, facet, combination.options)),
        label: `${label}: exactly this set for ${incidentCount(combination.count)}. List the incidents having all of these (some have more)`,
      },
    };
  });
  const inSets = new Set(sets.flatMap((set) => set.members));
  const dictionary = input.columns.facets[facet].options;
  const colourOf = facetColours(facet, dictionary);
  const columns = dictionary.filter((key) => inSets.has(key)).map((key): SetMember => ({ key, label: optionLabel(facet, key), colour: colourOf(key) }));
  const rest = { incidents: found.rest, sets: found.distinct - sets.length, share: found.n === 0 ? 0 : found.rest / found.n };
  const notes = [
    `Every incident of N has exactly one set of ${name.toLowerCase()} options, so the sets${rest.incidents > 0 ? ` and the ${restText(rest)}` : ''} add up to N.`,
    'A set’s link lists the incidents having all of its options; some of those have more.',
    columns.some((column) => groupSize(column.key) !== null) ? 'In a set, the rarer options stand for one or more of them.' : null,
    ...within.notes,
  ].filter((line) => line !== null);
  return {
    kind: 'option-sets',
    chart: { kind: 'option-sets', facet, ...(choice.top === undefined ? {} : { top: choice.top }) },
    facet,
    title: `${name}: the most frequent exact sets`,
    subtitle: setsSubtitle(sets.length, found.distinct, name.toLowerCase()),
    n: within.n,
    denominator: 'Each bar is the share of N having exactly this set of options.',
    filters: filtersInWords(state),
    published: within.published,
    build: input.build,
    legend: LEGEND,
    warnings: [smallSampleWarning(within.n.value), possibleCopiesWarning(input.columns.possibleCopies)].filter((line) => line !== null),
    notes,
    statistics: [],
    table: {
      header: ['Set', 'Incidents', 'Share'],
      rows: [
        ...sets.map((set) => [set.label, set.count, tableFraction(set.share)]),
        ...(rest.incidents > 0 ? [[restText(rest), rest.incidents, tableFraction(rest.share)]] : []),
      ],
    },
    columns,
    sets,
    rest,
  };
}
