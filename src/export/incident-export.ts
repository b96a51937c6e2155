import { ymdToIso } from '../components/format-date';
import type { DatasetIndex } from '../domain/schema';
import { FACETS, FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { toCsv } from './csv';

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

function facetOptions(index: DatasetIndex, facet: FacetId, row: number): string[] {
  const column = index.facets[facet];
  return column.combos[column.rows[row]].map((option) => column.options[option]);
}

/** The index rows `rows`, in the order given (the list's order), as plain records. */
export function incidentRecords(index: DatasetIndex, rows: ArrayLike<number>): IncidentRecord[] {
  return Array.from(rows, (row) => {
    const published = index.published[row];
    return {
      id: index.id[row],
      date: published === null ? null : ymdToIso(published),
      title: index.title[row],
      organizations: index.organizations.rows[row].map((value) => index.organizations.values[value]),
      facets: Object.fromEntries(FACET_IDS.map((facet) => [facet, facetOptions(index, facet, row)])) as Record<FacetId, string[]>,
    };
  });
}

/**
 * The incident list as CSV: id, date, title, organizations, then every facet in taxonomy
 * order, multi-valued cells joined with "; ". Option ids are written as the dataset has
 * them. An empty facet cell means "not analysed", while `unknown` is written out.
 */
export function incidentListCsv(index: DatasetIndex, rows: ArrayLike<number>): string {
  const header = ['id', 'date', 'title', 'organizations', ...FACET_IDS.map((facet) => FACETS[facet].name)];
  const records = incidentRecords(index, rows).map((record) => [
    record.id,
    record.date,
    record.title,
    record.organizations.join(JOIN),
    ...FACET_IDS.map((facet) => record.facets[facet].join(JOIN)),
  ]);
  return toCsv(header, records);
}

/** The same records as indented JSON; an empty facet list means "not analysed". */
export const incidentListJson = (index: DatasetIndex, rows: ArrayLike<number>): string =>
  `${JSON.stringify(incidentRecords(index, rows), null, 2)}\n`;
