import { ymdToIso } from '../../src/components/format-date';
import type { LabelledIndex } from '../../src/domain/label-column';
import { organizationsOfRow } from '../../src/domain/schema';
import { FACET_IDS } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import type { CsvContextLine } from '../../src/export/csv';
import { incidentListCsvParts, incidentListJsonParts } from '../../src/export/incident-export';

/** One incident as the list exports write it. A facet that was not analysed has no options. */
export interface IncidentRecord {
  readonly id: string;
  /** YYYY-MM-DD; null when the publication date is unknown. */
  readonly date: string | null;
  readonly title: string;
  readonly organizations: readonly string[];
  readonly facets: Readonly<Record<FacetId, readonly string[]>>;
}

/** The index rows `rows`, in the order given, as plain records, read straight from the index: what the JSON export must say. */
export function incidentRecords(index: LabelledIndex, rows: ArrayLike<number>): IncidentRecord[] {
  return Array.from(rows, (row) => {
    const published = index.published[row];
    return {
      id: index.id.at(row),
      date: published === 0 ? null : ymdToIso(published),
      title: index.title.at(row),
      organizations: Array.from(organizationsOfRow(index.organizations, row), (value) => index.organizations.values[value]),
      facets: Object.fromEntries(
        FACET_IDS.map((facet) => {
          const column = index.facets[facet];
          return [facet, column.combos[column.rows[row]].map((option) => column.options[option])];
        }),
      ) as Record<FacetId, string[]>,
    };
  });
}

/** The incident list's CSV as one text, its parts joined. */
export const incidentListCsv = (index: LabelledIndex, rows: ArrayLike<number>, context: readonly CsvContextLine[] = []): string =>
  Array.from(incidentListCsvParts(index, rows, context), (part) => part.text).join('');

/** The incident list's JSON as one text, its parts joined. */
export const incidentListJson = (index: LabelledIndex, rows: ArrayLike<number>): string =>
  Array.from(incidentListJsonParts(index, rows), (part) => part.text).join('');
