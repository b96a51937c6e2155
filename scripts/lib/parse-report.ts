import type { Diagnostic } from '../../src/domain/schema';
import {
  FACETS,
  FACET_IDS,
  IOT_LAYERS,
  POSTMORTEM_FIELD_IDS,
  POSTMORTEM_LABELS,
  isKnownLayerOption,
  isKnownOption,
} from '../../src/domain/taxonomy';
import type { FacetId, PostmortemFieldId } from '../../src/domain/taxonomy';
import { emptyDraft } from './draft';
import { diag, excerpt, inputLines } from './parse-result';
import type { ParseResult } from './parse-result';
import { extractCitations, organizationNames, parseDate, parseItems, safeHttpUrl, startsWithFold } from './text';

/** The IoT rows a page shows; `cps` exists only in CSV exports. */
const PAGE_LAYER_IDS = ['perception', 'communication', 'application'] as const;
type PageLayerId = (typeof PAGE_LAYER_IDS)[number];

type RowTarget =
  | { kind: 'postmortem'; id: PostmortemFieldId }
  | { kind: 'facet'; id: FacetId }
  | { kind: 'iot'; id: PageLayerId };

interface RowLabel {
  readonly text: string;
  readonly lower: string;
  readonly name: string;
  readonly target: RowTarget;
}

interface Row {
  readonly label: RowLabel;
  readonly line: number;
  readonly options: string[];
  /** The rationale of a facet or layer row, the list text of a postmortem row. */
  text: string;
}

const label = (text: string, name: string, target: RowTarget): RowLabel => ({
  text,
  lower: text.toLowerCase(),
  name,
  target,
});

/** Every row label, longest first so `Phase (Design/Operation)` wins over `Phase`. */
const ROW_LABELS: readonly RowLabel[] = [
  ...POSTMORTEM_FIELD_IDS.map((id) =>
    label(POSTMORTEM_LABELS[id], POSTMORTEM_LABELS[id], { kind: 'postmortem', id }),
  ),
  ...FACET_IDS.flatMap((id) => {
    const { label: full, name } = FACETS[id];
    const target: RowTarget = { kind: 'facet', id };
    return full === name ? [label(full, full, target)] : [label(full, full, target), label(name, full, target)];
  }),
  ...PAGE_LAYER_IDS.map((id) => label(IOT_LAYERS[id].label, IOT_LAYERS[id].label, { kind: 'iot', id })),
].sort((a, b) => b.text.length - a.text.length);

const SECTION_HEADERS = new Set([
  'postmortem analysis',
  'software taxonomy of faults',
  'iot system layer',
  'other details',
  'sources',
  'back to list',
]);
const TABLE_HEADERS = new Set(['category option rationale', 'layer option rationale']);
const TITLE_PREFIX = 'incident:';
const PUBLISHED_PREFIX = 'published date:';

/** Option ids are short; a longer token is prose, and capping it keeps scans bounded. */
const MAX_OPTION_LENGTH = 64;
/** More options than any vocabulary holds; the rest of a longer list is rationale. */
const MAX_OPTIONS = 32;
/** Per kind of noisy diagnostic, so a huge junk input cannot flood the build report. */
const MAX_REPEATED_DIAGNOSTICS = 100;

/** `\s` for one character; ASCII, nearly every character, is decided without a regex. */
function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(ch);
}

/** Row labels by lowercase first letter: most lines are ruled out by one lookup. */
const LABELS_BY_INITIAL = new Map<string, RowLabel[]>();
for (const candidate of ROW_LABELS) {
  const initial = candidate.lower[0];
  LABELS_BY_INITIAL.set(initial, [...(LABELS_BY_INITIAL.get(initial) ?? []), candidate]);
}

function matchRowLabel(line: string): RowLabel | null {
  for (const candidate of LABELS_BY_INITIAL.get(line[0].toLowerCase()) ?? []) {
    if (!startsWithFold(line, candidate.lower)) continue;
    const next = line[candidate.text.length];
    if (next === undefined || isSpace(next)) return candidate;
  }
  return null;
}

function vocabularyOf(target: RowTarget): readonly string[] {
  if (target.kind === 'facet') return FACETS[target.id].options.map((o) => o.id);
  if (target.kind === 'iot') return IOT_LAYERS[target.id].options;
  return [];
}

function isKnown(target: RowTarget, option: string): boolean {
  if (target.kind === 'facet') return isKnownOption(target.id, option);
  if (target.kind === 'iot') return isKnownLayerOption(target.id, option);
  return false;
}

/** An option id as reports write them: a vocabulary word in any case, or snake_case. */
function looksLikeOption(token: string, vocabulary: readonly string[]): boolean {
  if (token.length === 0 || token.length > MAX_OPTION_LENGTH) return false;
  const lower = token.toLowerCase();
  if (vocabulary.includes(lower)) return true;
  return /^[a-z0-9_-]+$/.test(token) && /[a-z]/.test(token);
}

/** Checks the length first: this runs on every rationale, which can be long. */
const isNone = (text: string): boolean => text.length === 4 && text.toLowerCase() === 'none';

/**
 * Splits `<option>[, <option>]* <rationale>`: the list ends at the first space that
 * does not follow a comma, or at the first token that is not option-like. A leading
 * `None` means "no options" and a rationale of `None` means "no rationale".
 */
function splitOptionRow(rest: string, vocabulary: readonly string[]): { options: string[]; rationale: string } {
  const options: string[] = [];
  let pos = 0;
  while (options.length < MAX_OPTIONS) {
    let end = pos;
    while (end < rest.length && end - pos <= MAX_OPTION_LENGTH && rest[end] !== ',' && !isSpace(rest[end])) {
      end += 1;
    }
    const token = rest.slice(pos, end);
    if (options.length === 0 && isNone(token) && (end === rest.length || isSpace(rest[end]))) {
      pos = end;
      break;
    }
    if (!looksLikeOption(token, vocabulary)) break;
    options.push(token);
    pos = end;
    if (rest[pos] !== ',') break;
    pos += 1;
    while (isSpace(rest[pos])) pos += 1;
  }
  const rationale = rest.slice(pos).trim();
  return { options, rationale: isNone(rationale) ? '' : rationale };
}

const targetKey = (target: RowTarget): string => `${target.kind}:${target.id}`;

interface PageState {
  readonly diagnostics: Diagnostic[];
  /** How many diagnostics of each repeatable kind were made, and at what level. */
  readonly repeated: Map<string, { count: number; level: Diagnostic['level'] }>;
  readonly rows: Map<string, Row>;
  readonly links: Set<string>;
  title: string | null;
  emptyTitleLine: number | null;
  published: string | null;
  sawPublished: boolean;
  looksLikePage: boolean;
  inSources: boolean;
  /** The row the previous line belonged to, for continuation text; null after a blank. */
  current: Row | null;
  continued: boolean;
}

/**
 * Parses a FAIL incident page (an "Incident:" title, postmortem rows, facet rows, IoT
 * rows, sources). Rows are recognized by label wherever they appear, so missing,
 * extra or reordered sections still parse. Options are kept exactly as written, in
 * order; values outside the vocabulary are kept and warned about. A facet without a
 * row is `[]` with a null rationale ("not analysed"). Runs in linear time on any
 * string and never throws; without a title line the draft is null and the only
 * diagnostic is the error saying why.
 */
export function parseReport(text: string): ParseResult {
  return parseReportLines(inputLines(text));
}

/** `parseReport` on a page already split by `inputLines`. */
export function parseReportLines(lines: readonly string[]): ParseResult {
  const state: PageState = {
    diagnostics: [],
    repeated: new Map(),
    rows: new Map(),
    links: new Set(),
    title: null,
    emptyTitleLine: null,
    published: null,
    sawPublished: false,
    looksLikePage: false,
    inSources: false,
    current: null,
    continued: false,
  };
  lines.forEach((raw, index) => readLine(state, raw.trim(), index + 1));
  const { diagnostics, rows } = state;
  for (const [what, { count, level }] of state.repeated) {
    if (count > MAX_REPEATED_DIAGNOSTICS) {
      diagnostics.push(diag(level, `${count - MAX_REPEATED_DIAGNOSTICS} more ${what} not listed`));
    }
  }

  if (state.title === null) {
    const message =
      state.emptyTitleLine !== null
        ? "the 'Incident:' line has no title"
        : state.looksLikePage
          ? "no 'Incident:' title line"
          : 'not a FAIL incident page';
    return { draft: null, diagnostics: [diag('error', message, state.emptyTitleLine)] };
  }

  const draft = emptyDraft('report', state.title);
  draft.published = state.published;
  draft.links = [...state.links];
  if (!state.sawPublished) diagnostics.push(diag('warning', "no 'Published Date:' line"));

  const ordered = [...rows.values()].sort((a, b) => a.line - b.line);
  for (const row of ordered) {
    const { target } = row.label;
    const rationale = row.text.length > 0 ? row.text : null;
    if (target.kind === 'postmortem') {
      draft.postmortem[target.id] = parseItems(row.text);
      continue;
    }
    if (row.options.length === 0 && rationale !== null) {
      diagnostics.push(diag('warning', `${row.label.name} row has a rationale but no options`, row.line));
    }
    if (target.kind === 'facet') {
      draft.facets[target.id] = row.options;
      draft.rationale[target.id] = rationale;
    } else {
      draft.iot[target.id] = { options: row.options, rationale };
    }
  }
  for (const id of FACET_IDS) {
    if (!rows.has(targetKey({ kind: 'facet', id }))) {
      diagnostics.push(diag('warning', `no ${FACETS[id].label} row: not analysed`));
    }
  }

  draft.organizations = organizationNames(
    draft.postmortem.responsibleOrganization,
    draft.postmortem.impactedOrganization,
  );
  draft.articleIds = [...new Set(ordered.flatMap((row) => extractCitations(row.text)))];
  return { draft, diagnostics: sortByLine(diagnostics) };
}

/** Reads one trimmed line `n` of the page into `state`. */
function readLine(state: PageState, line: string, n: number): void {
  const { diagnostics } = state;
  if (line.length === 0) {
    state.current = null;
    return;
  }
  const lower = line.length <= 40 ? line.toLowerCase() : '';
  if (SECTION_HEADERS.has(lower) || TABLE_HEADERS.has(lower)) {
    state.looksLikePage = true;
    if (SECTION_HEADERS.has(lower)) state.inSources = lower === 'sources';
    state.current = null;
    return;
  }
  if (startsWithFold(line, TITLE_PREFIX)) {
    state.current = null;
    const value = line.slice(TITLE_PREFIX.length).trim();
    if (state.title !== null || state.emptyTitleLine !== null) {
      noisy(state, "repeated 'Incident:' lines", diag('warning', `another 'Incident:' line ignored: '${excerpt(value)}'`, n));
    } else if (value.length === 0) state.emptyTitleLine = n;
    else state.title = value;
    return;
  }
  if (startsWithFold(line, PUBLISHED_PREFIX)) {
    state.current = null;
    const value = line.slice(PUBLISHED_PREFIX.length).trim();
    if (state.sawPublished) {
      const message = `another 'Published Date:' line ignored: '${excerpt(value)}'`;
      noisy(state, "repeated 'Published Date:' lines", diag('warning', message, n));
      return;
    }
    state.sawPublished = true;
    state.published = parseDate(value);
    if (state.published === null) {
      diagnostics.push(diag('warning', `unreadable published date '${excerpt(value)}'`, n));
    }
    return;
  }
  const url = state.inSources ? safeHttpUrl(line) : null;
  if (url !== null) {
    state.links.add(url);
    return;
  }
  const matched = matchRowLabel(line);
  if (matched !== null) {
    if (matched.target.kind === 'facet') state.looksLikePage = true;
    const key = targetKey(matched.target);
    const first = state.rows.get(key);
    const rest = line.slice(matched.text.length).trim();
    if (first === undefined) {
      state.current = readRow(matched, rest, n, diagnostics);
      state.rows.set(key, state.current);
    } else {
      const message = `second ${matched.name} row ignored (first on line ${first.line})`;
      noisy(state, 'repeated rows', diag('warning', message, n));
      state.current = readRow(matched, rest, n, []);
    }
    state.continued = false;
    return;
  }
  if (state.inSources) {
    const message = `non-link line under Sources ignored: '${excerpt(line)}'`;
    noisy(state, 'non-link lines under Sources', diag('info', message, n));
    return;
  }
  if (state.current !== null) {
    const row = state.current;
    row.text = row.text.length > 0 ? `${row.text} ${line}` : line;
    if (!state.continued) {
      const message = `text continues the ${row.label.name} row on the next line(s)`;
      noisy(state, 'rows continued on following lines', diag('info', message, n));
    }
    state.continued = true;
    return;
  }
  noisy(state, 'unrecognized lines', diag('warning', `unrecognized line: '${excerpt(line)}'`, n));
}

/** Adds a diagnostic of a kind that can repeat per line, up to a bound per kind. */
function noisy(state: PageState, what: string, diagnostic: Diagnostic): void {
  const count = (state.repeated.get(what)?.count ?? 0) + 1;
  state.repeated.set(what, { count, level: diagnostic.level });
  if (count <= MAX_REPEATED_DIAGNOSTICS) state.diagnostics.push(diagnostic);
}

/** Reads one row's options and text, warning about unknown and repeated options. */
function readRow(rowLabel: RowLabel, rest: string, line: number, diagnostics: Diagnostic[]): Row {
  const { target } = rowLabel;
  if (target.kind === 'postmortem') return { label: rowLabel, line, options: [], text: rest };
  const { options: written, rationale } = splitOptionRow(rest, vocabularyOf(target));
  const options: string[] = [];
  for (const option of written) {
    if (options.includes(option)) {
      diagnostics.push(diag('warning', `${rowLabel.name}: repeated option '${option}' ignored`, line));
      continue;
    }
    if (!isKnown(target, option)) {
      diagnostics.push(diag('warning', `${rowLabel.name}: option '${option}' is not in the vocabulary`, line));
    }
    options.push(option);
  }
  return { label: rowLabel, line, options, text: rationale };
}

/** Diagnostics in input order, those about the whole page last; the sort is stable. */
function sortByLine(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    if (a.line === null || b.line === null) return (a.line === null ? 1 : 0) - (b.line === null ? 1 : 0);
    return a.line - b.line;
  });
}
