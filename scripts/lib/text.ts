import { isoDate } from '../../src/domain/calendar-date';
import type { Item } from '../../src/domain/schema';

/**
 * The inside of a bracketed citation: `[89060]`, `[Article 89060]`, `[#4540]`, and
 * lists of them such as `[Articles 89060, 89061]`. Brackets holding anything else are
 * not citations.
 */
const CITATION_BODY = /^\s*(?:articles?\s*)?#?\s*\d+(?:\s*[,;&]\s*(?:(?:and|article)\s+)?#?\s*\d+)*\s*$/i;
/** Real citations are short; the bound keeps the regex off untrusted megabyte lists. */
const MAX_CITATION_LENGTH = 200;

/**
 * Where each citation is, as `[start, end)` ranges in order. Brackets are found with
 * `indexOf`, moving forward only, so the scan is linear on any input, and the regex
 * only ever sees one short bracket body.
 */
function citationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let close = -1;
  let open = text.indexOf('[');
  while (open >= 0) {
    if (close <= open) close = text.indexOf(']', open + 1);
    if (close < 0) break;
    const next = text.indexOf('[', open + 1);
    const body = next >= 0 && next < close ? null : text.slice(open + 1, close);
    if (body !== null && body.length <= MAX_CITATION_LENGTH && CITATION_BODY.test(body)) spans.push([open, close + 1]);
    open = next;
  }
  return spans;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Article ids cited in `text`, in order of first mention, without duplicates. */
export function extractCitations(text: string): string[] {
  const ids = new Set<string>();
  for (const [start, end] of citationSpans(text)) {
    for (let i = start; i < end; i += 1) {
      if (!isDigit(text.charCodeAt(i))) continue;
      let last = i + 1;
      while (last < end && isDigit(text.charCodeAt(last))) last += 1;
      ids.add(text.slice(i, last));
      i = last;
    }
  }
  return [...ids];
}

const isSpaceOrTab = (code: number): boolean => code === 32 || code === 9;
/** `.,;:!?`, which take no space before them. */
const isClosingPunctuation = (code: number): boolean =>
  code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63;

/**
 * `text` without its bracketed citations, spacing before punctuation tidied: a run of
 * spaces or tabs before punctuation goes, any other run of two or more becomes one
 * space. One forward pass, so a long run costs linear time.
 */
export function stripCitations(text: string): string {
  let rest = '';
  let from = 0;
  for (const [start, end] of citationSpans(text)) {
    rest += text.slice(from, start);
    from = end;
  }
  rest += text.slice(from);
  let out = '';
  let copied = 0;
  for (let i = 0; i < rest.length; i += 1) {
    if (!isSpaceOrTab(rest.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < rest.length && isSpaceOrTab(rest.charCodeAt(end))) end += 1;
    const beforePunctuation = end < rest.length && isClosingPunctuation(rest.charCodeAt(end));
    if (beforePunctuation || end - i > 1) {
      out += rest.slice(copied, i) + (beforePunctuation ? '' : ' ');
      copied = end;
    }
    i = end - 1;
  }
  return (out + rest.slice(copied)).trim();
}

/** `text` without trailing characters in `chars`, in linear time where `/[…]+$/` is not. */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

/** `line` without leading and trailing spaces and tabs. */
function trimSpaces(line: string): string {
  let start = 0;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start += 1;
  return trimEndOf(line.slice(start), ' \t');
}

const LIST_MARKER = /(^|\s)(\d{1,3})\.(?=\s)/g;

/**
 * Splits a numbered list ("1. ... 2. ...", on one line or several) into items. Only
 * markers that continue the sequence 1, 2, 3 … split, so "version 3. something" inside
 * item 1 stays in item 1. Text before "1." becomes an item of its own; text without
 * any numbering is one item.
 */
export function parseItems(text: string): Item[] {
  const source = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const starts: { at: number; body: number }[] = [];
  let expected = 1;
  for (const match of source.matchAll(LIST_MARKER)) {
    if (Number(match[2]) !== expected) continue;
    const at = match.index + match[1].length;
    starts.push({ at, body: at + match[2].length + 1 });
    expected += 1;
  }
  const pieces: string[] = [];
  const firstAt = starts.length > 0 ? starts[0].at : source.length;
  pieces.push(source.slice(0, firstAt));
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at : source.length;
    pieces.push(source.slice(start.body, end));
  });
  return pieces
    .map((piece) =>
      piece.includes('\n')
        ? piece
            .trim()
            .split('\n')
            .map(trimSpaces)
            .filter((line) => line.length > 0)
            .join('\n')
        : piece.trim(),
    )
    .filter((piece) => piece.length > 0)
    .map((piece) => ({ text: piece, citations: extractCitations(piece) }));
}

/**
 * Where an organization item stops naming and starts explaining: the analyses write
 * "<name> was responsible for …", "<name>, a hacker who …", "<name> were impacted by …".
 */
const CLAUSE_START = / (?:was|were|is|are|has|had|have|who|which|that|whose|could|faced|responsible for|using|did|experienced|caused|suffered|reported)\b/;

/**
 * The name an organization list item gives: the part before a dash, colon, apposition
 * or explaining clause ("Boat owners - they lost …", "SenseNets, the Chinese company,
 * was …"), and nothing for an item that only talks about the incident. A long name is
 * kept whole: the exports carry what the report wrote, and only the screen may shorten
 * it for display. The full item stays in the incident record.
 */
export function organizationName(item: string): string {
  let name = stripCitations(item).replace(/\s+/g, ' ');
  const split = name.search(/\s[-–—]\s|:\s/);
  if (split > 0) name = name.slice(0, split);
  const apposition = name.indexOf(', ');
  if (apposition > 1) name = name.slice(0, apposition);
  const clause = name.search(CLAUSE_START);
  if (clause > 1) name = name.slice(0, clause);
  name = trimEndOf(name, ' .,;:').trim();
  if (/^the (software )?(failure )?incident$/i.test(name)) return '';
  return name;
}

/** Distinct organization names of the responsible and impacted lists, in order. */
export function organizationNames(...lists: Item[][]): string[] {
  const names = new Set<string>();
  for (const list of lists) {
    for (const item of list) {
      const name = organizationName(item.text);
      if (name.length > 0) names.add(name);
    }
  }
  return [...names];
}

/**
 * How `postmortem` names each of `names`: responsible (1), impacted (2) or both (3). A
 * name the lists do not give (a record written by hand) counts as both, since nothing
 * says which it is.
 */
export function organizationRoles(names: readonly string[], responsible: Item[], impacted: Item[]): number[] {
  const namesIn = (list: Item[]) => new Set(list.map((item) => organizationName(item.text)));
  const blamed = namesIn(responsible);
  const hurt = namesIn(impacted);
  return names.map((name) => (blamed.has(name) ? 1 : 0) | (hurt.has(name) ? 2 : 0) || 3);
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * A calendar date as `YYYY-MM-DD`, from `2019-08-22`, a timestamp such as
 * `2020-09-18 07:00:00+00:00` (the date as written, in the writer's own zone),
 * `August 22, 2019` or `22 August 2019`. Null when there is no valid date.
 */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(value);
  if (monthFirst) return fromMonthName(monthFirst[1], Number(monthFirst[2]), Number(monthFirst[3]));
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(value);
  if (dayFirst) return fromMonthName(dayFirst[2], Number(dayFirst[1]), Number(dayFirst[3]));
  return null;
}

function fromMonthName(name: string, day: number, year: number): string | null {
  const lower = name.toLowerCase();
  const month = MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
  return month < 0 ? null : isoDate(year, month + 1, day);
}

/** An http(s) URL with no whitespace, or null: report text never yields other links. */
export function safeHttpUrl(text: string): string | null {
  const value = text.trim();
  if (!/^https?:\/\/[^\s<>"]+$/i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Whether `line` starts with `lowerPrefix`, ignoring case. ASCII is compared a character
 * at a time, so most lines are ruled out without lowering anything; the first non-ASCII
 * character hands over to `toLowerCase`, whose rules for it are not ASCII's.
 */
export function startsWithFold(line: string, lowerPrefix: string): boolean {
  for (let i = 0; i < lowerPrefix.length; i += 1) {
    const code = line.charCodeAt(i);
    if (Number.isNaN(code)) return false;
    if (code >= 128 || lowerPrefix.charCodeAt(i) >= 128) return line.slice(0, lowerPrefix.length).toLowerCase() === lowerPrefix;
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== lowerPrefix.charCodeAt(i)) return false;
  }
  return true;
}
