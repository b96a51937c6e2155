import type { Diagnostic, IncidentDraft } from '../../src/domain/schema';
import type { FacetId, IotLayerId, PostmortemFieldId } from '../../src/domain/taxonomy';
import {
  FACET_IDS,
  FACETS,
  IOT_LAYER_IDS,
  IOT_LAYERS,
  isKnownLayerOption,
  isKnownOption,
  POSTMORTEM_FIELD_IDS,
} from '../../src/domain/taxonomy';
import type { CsvRecord } from './csv-records';
import { csvRecords } from './csv-records';
import { DiagnosticList } from './diagnostic-cap';
import { emptyDraft } from './draft';
import type { ParseResult } from './parse-result';
import { diag, excerpt } from './parse-result';
import { extractCitations, organizationNames, parseDate, parseItems } from './text';

/**
 * What one CSV row became. `draft` is null when the row was skipped, and then
 * `diagnostics` holds an error saying why. A result with `key` null, line 1 and only an
 * error stands for the whole file: it had no usable header, so nothing in it was read.
 */
export interface CsvRowResult extends ParseResult {
  /** The row's Incident ID when the row is well formed and the id valid; null otherwise. */
  key: string | null;
  /** 1-based line where the row starts in the file. */
  line: number;
}

const ID_COLUMN = 'Incident ID';
const TITLE_COLUMN = 'Title';
const ARTICLES_COLUMN = 'Related Article IDs';
const PUBLISHED_COLUMN = 'Published';
const SUMMARY_COLUMN = 'Summary';
const REQUIRED_COLUMNS = [ID_COLUMN, TITLE_COLUMN];

const POSTMORTEM_COLUMNS: Readonly<Record<PostmortemFieldId, string>> = {
  timeline: 'Time',
  system: 'System',
  responsibleOrganization: 'ResponsibleOrg',
  impactedOrganization: 'ImpactedOrg',
  softwareCauses: 'SEcauses',
  nonSoftwareCauses: 'NSEcauses',
  impacts: 'Impacts',
  preventions: 'Preventions',
  fixes: 'Fixes',
  references: 'References',
};

const facetColumn = (facet: FacetId, part: 'Option' | 'Rationale') => `${FACETS[facet].name} ${part}`;
const layerColumn = (layer: IotLayerId, part: 'Option' | 'Rationale') => `${IOT_LAYERS[layer].label} ${part}`;

/** Every column the export writes, in its order. */
const KNOWN_COLUMNS: readonly string[] = [
  ID_COLUMN,
  ARTICLES_COLUMN,
  PUBLISHED_COLUMN,
  TITLE_COLUMN,
  SUMMARY_COLUMN,
  ...POSTMORTEM_FIELD_IDS.map((field) => POSTMORTEM_COLUMNS[field]),
  ...FACET_IDS.map((facet) => facetColumn(facet, 'Option')),
  ...IOT_LAYER_IDS.map((layer) => layerColumn(layer, 'Option')),
  ...FACET_IDS.map((facet) => facetColumn(facet, 'Rationale')),
  ...IOT_LAYER_IDS.map((layer) => layerColumn(layer, 'Rationale')),
];
const KNOWN_COLUMN_SET = new Set(KNOWN_COLUMNS);

/** Ids become URL path segments, so they follow `IncidentIdSchema` up to letter case. */
const VALID_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

/** How the export and the incident pages write "nothing here". */
const NONE = new Set(['None', 'none']);

/** A header of untrusted width still gets a diagnostic of bounded size. */
const IGNORED_LISTED = 10;

/** A value from the file, bounded and escaped so it reads safely in a diagnostic. */
const quote = (value: string) => JSON.stringify(excerpt(value));

interface Header {
  columns: ReadonlyMap<string, number>;
  width: number;
  notes: Diagnostic[];
}

/**
 * Parses a FAIL CSV export, one result per row, in file order, without holding more
 * than one row at a time. Columns are found by their (trimmed) header name, so their
 * order does not matter; only `Incident ID` and `Title` are required. Option cells are
 * kept exactly as written: options outside the taxonomy are warned about, not dropped,
 * so the dashboard can show what the analysts wrote. Never throws on any input.
 */
export async function* parseFailCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRowResult> {
  let header: Header | null = null;
  let pendingNotes: Diagnostic[] = [];
  for await (const record of csvRecords(chunks)) {
    if (header === null) {
      const read = readHeader(record);
      if (typeof read === 'string') {
        yield fileSkipped(read);
        return;
      }
      header = read;
      pendingNotes = read.notes;
      continue;
    }
    if (isBlankLine(record)) continue;
    const result = parseRow(record, header);
    if (pendingNotes.length > 0) {
      result.diagnostics.unshift(...pendingNotes);
      pendingNotes = [];
    }
    yield result;
  }
  if (header === null) yield fileSkipped(`the file is empty: no header row with ${REQUIRED_COLUMNS.join(', ')}`);
}

function fileSkipped(message: string): CsvRowResult {
  return { key: null, line: 1, draft: null, diagnostics: [diag('error', message, 1)] };
}

function isBlankLine(record: CsvRecord): boolean {
  return record.error === null && record.fields.length === 1 && record.fields[0] === '';
}

/** The column layout, or why the file cannot be read. */
function readHeader(record: CsvRecord): Header | string {
  if (record.error !== null) return `the header row cannot be read: ${record.error}`;
  const columns = new Map<string, number>();
  const ignored: string[] = [];
  record.fields.forEach((field, i) => {
    const name = field.trim();
    if (KNOWN_COLUMN_SET.has(name) && !columns.has(name)) columns.set(name, i);
    else ignored.push(name === '' ? `column ${i + 1} (no name)` : quote(name));
  });
  const missingRequired = REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  if (missingRequired.length > 0) return `missing required columns: ${missingRequired.join(', ')}`;

  const notes: Diagnostic[] = [];
  const missing = KNOWN_COLUMNS.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    notes.push(diag('info', `columns not in the file, left empty in every row: ${missing.join(', ')}`, 1));
  }
  if (ignored.length > 0) {
    const listed = ignored.slice(0, IGNORED_LISTED);
    if (ignored.length > listed.length) listed.push(`and ${ignored.length - listed.length} more`);
    notes.push(diag('info', `columns ignored (unknown or repeated): ${listed.join(', ')}`, 1));
  }
  return { columns, width: record.fields.length, notes };
}

function parseRow(record: CsvRecord, header: Header): CsvRowResult {
  const { line } = record;
  const skip = (message: string, key: string | null = null): CsvRowResult => ({
    key,
    line,
    draft: null,
    diagnostics: [diag('error', message, line)],
  });
  if (record.error !== null) return skip(record.error);
  if (record.fields.length !== header.width) {
    return skip(`row has ${record.fields.length} fields, header has ${header.width}`);
  }
  const cell = (column: string): string => {
    const index = header.columns.get(column);
    return index === undefined ? '' : record.fields[index];
  };

  const id = cell(ID_COLUMN).trim();
  if (id === '') return skip('row has no Incident ID');
  if (!VALID_ID.test(id)) return skip(`Incident ID ${quote(id)} is not letters, digits and dashes`);
  const title = cell(TITLE_COLUMN).trim();
  if (title === '') return skip(`incident ${id} has no title`, id);

  const diagnostics = new DiagnosticList();
  const warn = (message: string) => diagnostics.push(diag('warning', `line ${line}: ${message}`, line));
  const draft = emptyDraft('report', title);
  draft.failId = id;
  draft.summary = textOrNull(cell(SUMMARY_COLUMN));

  const published = cell(PUBLISHED_COLUMN).trim();
  draft.published = published === '' ? null : parseDate(published);
  if (published !== '' && draft.published === null) warn(`Published ${quote(published)} is not a date; left empty`);

  for (const field of POSTMORTEM_FIELD_IDS) draft.postmortem[field] = parseItems(cell(POSTMORTEM_COLUMNS[field]));
  draft.organizations = organizationNames(
    draft.postmortem.responsibleOrganization,
    draft.postmortem.impactedOrganization,
  );

  for (const facet of FACET_IDS) {
    draft.facets[facet] = readOptions(cell(facetColumn(facet, 'Option')), facet, (o) => isKnownOption(facet, o), warn);
    draft.rationale[facet] = readRationale(cell(facetColumn(facet, 'Rationale')));
  }
  for (const layer of IOT_LAYER_IDS) {
    draft.iot[layer] = {
      options: readOptions(cell(layerColumn(layer, 'Option')), layer, (o) => isKnownLayerOption(layer, o), warn),
      rationale: readRationale(cell(layerColumn(layer, 'Rationale'))),
    };
  }

  draft.articleIds = articleIds(cell(ARTICLES_COLUMN), draft, warn);
  return { key: id, line, draft, diagnostics: diagnostics.list() };
}

function textOrNull(text: string): string | null {
  const value = text.trim();
  return value === '' ? null : value;
}

/** `None` in a rationale cell means "no rationale", as it does on the incident pages. */
function readRationale(text: string): string | null {
  const value = textOrNull(text);
  return value === null || NONE.has(value) ? null : value;
}

/**
 * Comma-separated option ids, exactly as written and in order. Empty or `None` means
 * "not analysed" (`[]`). Unknown options are kept so nothing the analysts wrote is lost;
 * a repeated option is dropped because a facet is a set.
 */
function readOptions(
  text: string,
  name: string,
  isKnown: (option: string) => boolean,
  warn: (message: string) => void,
): string[] {
  const value = text.trim();
  if (value === '' || NONE.has(value)) return [];
  const options = new Set<string>();
  for (const piece of value.split(',')) {
    const option = piece.trim();
    if (option === '') continue;
    if (options.has(option)) {
      warn(`${name} option ${quote(option)} is listed more than once; kept once`);
      continue;
    }
    if (!isKnown(option)) warn(`${name} option ${quote(option)} is not in the taxonomy; kept as written`);
    options.add(option);
  }
  return [...options];
}

/**
 * The related article ids, then every id cited in the text fields (summary, postmortem,
 * facet and IoT rationales, in that order), without duplicates.
 */
function articleIds(related: string, draft: IncidentDraft, warn: (message: string) => void): string[] {
  if (/[^\d\s,[\]]/.test(related)) warn(`${ARTICLES_COLUMN} ${quote(related.trim())} holds more than article ids`);
  const ids = new Set<string>(related.match(/\d+/g) ?? []);
  const add = (list: readonly string[]) => list.forEach((id) => ids.add(id));
  if (draft.summary !== null) add(extractCitations(draft.summary));
  for (const field of POSTMORTEM_FIELD_IDS) draft.postmortem[field].forEach((item) => add(item.citations));
  for (const facet of FACET_IDS) add(extractCitations(draft.rationale[facet] ?? ''));
  for (const layer of IOT_LAYER_IDS) add(extractCitations(draft.iot[layer].rationale ?? ''));
  return [...ids];
}
