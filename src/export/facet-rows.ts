import type { FacetPanel } from '../analysis/facet-counts';
import { NOT_ANALYSED } from '../analysis/filters';
import type { OptionRole } from '../analysis/prepared-columns';
import { NOT_ANALYSED_COLOUR, optionColour } from '../app/option-colours';
import { optionLabel } from '../pages/overview/option-label';

/** How an exported bar is drawn, as on screen: never told apart by colour alone. */
export type ExportMark = OptionRole | 'not-analysed';

/** One option of a facet panel as the exports write it. */
export interface FacetExportRow {
  readonly option: string;
  readonly label: string;
  readonly mark: ExportMark;
  /** A CSS colour, `var(--cat-3)` included; exports resolve it to a literal. */
  readonly colour: string;
  readonly count: number;
  readonly share: number | null;
  readonly baselineShare: number | null;
}

/**
 * A panel's numbers in the order the panel draws them: the dictionary (vocabulary with
 * zero counts, `unknown`, extras), then "not analysed". Selection and baseline come from
 * the same dictionary, so their options line up index by index.
 */
export function facetExportRows({ facet, selection, baseline }: FacetPanel): FacetExportRow[] {
  const rows = selection.options.map(
    (entry, k): FacetExportRow => ({
      option: entry.option,
      label: optionLabel(facet, entry.option),
      mark: entry.role,
      colour: optionColour(facet, entry.option),
      count: entry.count,
      share: entry.share,
      baselineShare: baseline.options[k]?.share ?? null,
    }),
  );
  rows.push({
    option: NOT_ANALYSED,
    label: optionLabel(facet, NOT_ANALYSED),
    mark: 'not-analysed',
    colour: NOT_ANALYSED_COLOUR,
    count: selection.notAnalysed,
    share: selection.notAnalysedShare,
    baselineShare: baseline.notAnalysedShare,
  });
  return rows;
}
