import type { FacetPanel } from '../analysis/facet-counts';
import { toCsv } from './csv';
import type { CsvValue } from './csv';
import { facetBarRows } from '../figures/facet-bar-rows';

export const FACET_CSV_HEADER = ['Option', 'Incidents', 'Share', 'Share of all incidents'] as const;

/** Six decimals keep 1 in a million apart and drop the float noise of 1/3. */
const shareValue = (share: number | null): CsvValue => (share === null ? null : Number(share.toFixed(6)));

/**
 * A facet panel's numbers as CSV: one row per option as the panel lists them, "not
 * analysed" last. Shares are fractions of the panel's N (0.25, not "25%") so a spreadsheet
 * can compute with them; a share left out of N is an empty field, never 0.
 */
export function facetPanelCsv(panel: FacetPanel): string {
  const rows = facetBarRows(panel).map((row): CsvValue[] => [
    row.label,
    row.count,
    shareValue(row.share),
    shareValue(row.baselineShare),
  ]);
  return toCsv(FACET_CSV_HEADER, rows);
}
