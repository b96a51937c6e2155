import type { FacetPanel } from '../analysis/facet-counts';
import { NOT_ANALYSED } from '../domain/gap-keys';
import type { FacetFilter } from '../analysis/filters';
import type { OptionRole } from '../analysis/prepared-columns';
import { NOT_ANALYSED_COLOUR, facetColours } from '../domain/option-colours';
import type { ShareBarMark, ShareBarRow } from './share-bar-row';
import { barLabel, optionLabel } from '../domain/option-label';

const MARKS: Record<OptionRole, ShareBarMark> = { vocabulary: 'option', unknown: 'unknown', extra: 'extra' };
const NO_FILTER: FacetFilter = { selected: [], matchAll: false };

/**
 * The bars of one facet panel, as the panel and its exports draw them: every option of
 * the dictionary in its order (vocabulary with zero counts included, then `unknown`,
 * then options outside the vocabulary), and last "not analysed", which filters as
 * `NOT_ANALYSED`. The selection and baseline tallies come from the same dictionary, so
 * their options line up index by index. Without a filter nothing is pressed.
 *
 * The unknown bar counts any unknown (alone or beside an option), and is named so; with
 * gaps left out, it says how many of its incidents answer only unknown (`onlyUnknown`),
 * the ones the panel's N leaves out, so the bar and the N line count the same incidents.
 */
export function facetBarRows(panel: FacetPanel, filter: FacetFilter = NO_FILTER): ShareBarRow[] {
  const { facet, selection, baseline } = panel;
  const colourOf = facetColours(facet, selection.options.map((entry) => entry.option));
  const rows = selection.options.map(
    (entry, k): ShareBarRow => ({
      key: entry.option,
      label: barLabel(facet, entry.option),
      ...(entry.role === 'unknown' && entry.share === null && { onlyUnknown: selection.unknownOnly }),
      mark: MARKS[entry.role],
      colour: colourOf(entry.option),
      count: entry.count,
      share: entry.share,
      baselineShare: baseline.options[k].share,
      pressed: filter.selected.includes(entry.option),
    }),
  );
  rows.push({
    key: NOT_ANALYSED,
    label: optionLabel(facet, NOT_ANALYSED),
    mark: 'not-analysed',
    colour: NOT_ANALYSED_COLOUR,
    count: selection.notAnalysed,
    share: selection.notAnalysedShare,
    baselineShare: baseline.notAnalysedShare,
    pressed: filter.selected.includes(NOT_ANALYSED),
  });
  return rows;
}
