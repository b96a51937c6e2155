import { ymdToIso } from '../components/format-date';
import { organizationsOfRow } from '../domain/schema';
import type { LabelledIndex } from '../domain/label-column';
import { FACETS, FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { NOT_ANALYSED } from '../domain/gap-keys';
import { optionLabel } from '../domain/option-label';
import { toCsv, withCsvContext } from './csv';
import type { CsvContextLine } from './csv';

const JOIN = '; ';

/** One incident as the list exports write it. A facet that was not analysed has no options. */
export interface IncidentRecord {
  readonly id: string;
  /** YYYY-MM-DD; null when the publication date is unknown. */
  readonly date: string | null;
  readonly title: string;
  readonly organizations: readonly string[];
  readonly facets: Readonly<Record<FacetId, readonly string[]>>;
}

function facetOptions(index: LabelledIndex, facet: FacetId, row: number): string[] {
  const column = index.facets[facet];
  return column.combos[column.rows[row]].map((option) => column.options[option]);
}

/** The index rows `rows`, in the order given (the list's order), as plain records. */
export function incidentRecords(index: LabelledIndex, rows: ArrayLike<number>): IncidentRecord[] {
  return Array.from(rows, (row) => {
    const published = index.published[row];
    return {
      id: index.id.at(row),
      date: published === 0 ? null : ymdToIso(published),
      title: index.title.at(row),
      organizations: Array.from(organizationsOfRow(index.organizations, row), (value) => index.organizations.values[value]),
      facets: Object.fromEntries(FACET_IDS.map((facet) => [facet, facetOptions(index, facet, row)])) as Record<FacetId, string[]>,
    };
  });
}

/** A facet's cell as the screen words it: option labels joined with "; ", or "not analysed". */
function facetCell(facet: FacetId, options: readonly string[]): string {
  return options.length === 0 ? optionLabel(facet, NOT_ANALYSED) : options.map((option) => optionLabel(facet, option)).join(JOIN);
}

/**
 * The incident list as CSV: id, date, title, organizations, then every facet in taxonomy
 * order, multi-valued cells joined with "; ". Options are written with the labels the
 * screen shows ("outside system"), `unknown` as unknown, an option outside the vocabulary
 * as the report wrote it, and an empty facet as "not analysed". `context` lines (N,
 * filters, build) go above the table when given.
 */
export function incidentListCsv(index: LabelledIndex, rows: ArrayLike<number>, context: readonly CsvContextLine[] = []): string {
  const header = ['id', 'date', 'title', 'organizations', ...FACET_IDS.map((facet) => FACETS[facet].name)];
  const records = incidentRecords(index, rows).map((record) => [
    record.id,
    record.date,
    record.title,
    record.organizations.join(JOIN),
    ...FACET_IDS.map((facet) => facetCell(facet, record.facets[facet])),
  ]);
  const table = toCsv(header, records);
  return context.length === 0 ? table : withCsvContext(table, context);
}

/** The same records as indented JSON; an empty facet list means "not analysed". */
export const incidentListJson = (index: LabelledIndex, rows: ArrayLike<number>): string =>
  `${JSON.stringify(incidentRecords(index, rows), null, 2)}\n`;
