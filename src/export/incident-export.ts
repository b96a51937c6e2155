import { ymdToIso } from '../components/format-date';
import { organizationsOfRow } from '../domain/schema';
import type { FacetColumn } from '../domain/schema';
import type { LabelledIndex } from '../domain/label-column';
import { FACETS, FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { NOT_ANALYSED } from '../domain/gap-keys';
import { optionLabel } from '../domain/option-label';
import { CRLF, csvField, toCsv, withCsvContext } from './csv';
import type { CsvContextLine } from './csv';

const JOIN = '; ';

/** The options of `combo`, a combination of `column`'s options, as written. */
const optionsOf = (column: FacetColumn, combo: readonly number[]): string[] => combo.map((option) => column.options[option]);

/** Incident `row`'s publication date as YYYY-MM-DD; null when it is unknown. */
function dateOf(index: LabelledIndex, row: number): string | null {
  const published = index.published[row];
  return published === 0 ? null : ymdToIso(published);
}

/** The organization names incident `row` writes, in its order. */
const organizationNames = ({ organizations }: LabelledIndex, row: number): string[] =>
  Array.from(organizationsOfRow(organizations, row), (value) => organizations.values[value]);

/**
 * Per facet, which combination of options each row has, and `write(facet, options)` of
 * each combination: the same for every incident of the same options, so written once
 * per combination, not once per incident.
 */
const perCombination = (index: LabelledIndex, write: (facet: FacetId, options: readonly string[]) => string) =>
  FACET_IDS.map((facet) => {
    const column = index.facets[facet];
    return { rows: column.rows, text: column.combos.map((combo) => write(facet, optionsOf(column, combo))) };
  });

/** A facet's cell as the screen words it: option labels joined with "; ", or "not analysed". */
function facetCell(facet: FacetId, options: readonly string[]): string {
  return options.length === 0 ? optionLabel(facet, NOT_ANALYSED) : options.map((option) => optionLabel(facet, option)).join(JOIN);
}

/**
 * Records per part of an export. Small enough that a part's text stays below the size a
 * JavaScript engine puts in its large-object space (about 128 KiB in V8): hundreds of
 * megabytes of large objects made and dropped at once would set off a full collection of
 * the page's heap every few parts, each a frozen page for a fifth of a second at a
 * million incidents.
 */
export const EXPORT_PART_ROWS = 100;

/** A piece of an export's text, and how many of its incidents it writes. */
export interface ExportPart {
  readonly text: string;
  readonly rows: number;
}

/**
 * The incident list as CSV: id, date, title, organizations, then every facet in taxonomy
 * order, multi-valued cells joined with "; ". Options are written with the labels the
 * screen shows ("outside system"), `unknown` as unknown, an option outside the vocabulary
 * as the report wrote it, and an empty facet as "not analysed". `context` lines (N,
 * filters, build) go above the table when given. Made part by part, `partRows` records
 * each: a million incidents make hundreds of megabytes, more than one string may hold.
 * A facet's cells are written once per combination of options (`perCombination`).
 */
export function* incidentListCsvParts(index: LabelledIndex, rows: ArrayLike<number>, context: readonly CsvContextLine[] = [], partRows = EXPORT_PART_ROWS): Generator<ExportPart> {
  const head = toCsv(['id', 'date', 'title', 'organizations', ...FACET_IDS.map((facet) => FACETS[facet].name)], []);
  yield { text: context.length === 0 ? head : withCsvContext(head, context), rows: 0 };
  const cells = perCombination(index, (facet, options) => `,${csvField(facetCell(facet, options))}`);
  for (let from = 0; from < rows.length; from += partRows) {
    const to = Math.min(rows.length, from + partRows);
    let text = '';
    for (let i = from; i < to; i++) {
      const row = rows[i];
      text += `${csvField(index.id.at(row))},${csvField(dateOf(index, row))},${csvField(index.title.at(row))},${csvField(organizationNames(index, row).join(JOIN))}`;
      for (const cell of cells) text += cell.text[cell.rows[row]];
      text += CRLF;
    }
    yield { text, rows: to - from };
  }
}

/** `values` as JSON.stringify(…, null, 2) writes an array whose first line starts at `indent`. */
function jsonList(values: readonly string[], indent: string): string {
  return values.length === 0 ? '[]' : `[\n${values.map((value) => `${indent}  ${JSON.stringify(value)}`).join(',\n')}\n${indent}]`;
}

/**
 * The same records as indented JSON, part by part as `incidentListCsvParts` makes them,
 * each record written as JSON.stringify(records, null, 2) writes it inside the array; an
 * empty facet list means "not analysed". A facet's lines are written once per
 * combination of options (`perCombination`).
 */
export function* incidentListJsonParts(index: LabelledIndex, rows: ArrayLike<number>, partRows = EXPORT_PART_ROWS): Generator<ExportPart> {
  if (rows.length === 0) {
    yield { text: '[]\n', rows: 0 };
    return;
  }
  const lines = perCombination(index, (facet, options) => `      ${JSON.stringify(facet)}: ${jsonList(options, '      ')}`);
  for (let from = 0; from < rows.length; from += partRows) {
    const to = Math.min(rows.length, from + partRows);
    let text = from === 0 ? '[\n' : ',\n';
    for (let i = from; i < to; i++) {
      const row = rows[i];
      const facets = lines.map((line) => line.text[line.rows[row]]).join(',\n');
      text +=
        `${i === from ? '' : ',\n'}  {\n    "id": ${JSON.stringify(index.id.at(row))},\n    "date": ${JSON.stringify(dateOf(index, row))},\n` +
        `    "title": ${JSON.stringify(index.title.at(row))},\n    "organizations": ${jsonList(organizationNames(index, row), '    ')},\n    "facets": {\n${facets}\n    }\n  }`;
    }
    yield { text, rows: to - from };
  }
  yield { text: '\n]\n', rows: 0 };
}
