import type { Diagnostic } from '../../src/domain/schema';
import { DiagnosticList } from './diagnostic-cap';
import { emptyDraft } from './draft';
import { diag, excerpt, inputLines } from './parse-result';
import type { ParseResult } from './parse-result';
import { parseDate, safeHttpUrl, startsWithFold } from './text';

const TITLE_PREFIX = 'original title:';
const URL_PREFIX = 'source url:';
const CONTENT_PREFIX = 'original content:';
const DATED_LINE = /^(?:published(?: date| on)?|publication date|date(?: published)?|posted(?: on)?)\s*:\s*/i;
/** A dated line is a short metadata line, not a sentence that mentions a date. */
const MAX_DATED_LINE = 100;

const isHeaderLine = (line: string): boolean =>
  [TITLE_PREFIX, URL_PREFIX, CONTENT_PREFIX].some((prefix) => startsWithFold(line, prefix)) ||
  DATED_LINE.test(line);

/** `/2018/02/05/`, `/2018-02-05/` and `20180205` in a URL path, most specific first. */
const URL_DATES = [
  /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$)/g,
  /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
  /(?:^|\D)(\d{4})(\d{2})(\d{2})(?!\d)/g,
];

function dateFromUrl(url: string): string | null {
  const path = new URL(url).pathname;
  for (const pattern of URL_DATES) {
    for (const match of path.matchAll(pattern)) {
      const date = parseDate(`${match[1]}-${match[2]}-${match[3]}`);
      if (date !== null) return date;
    }
  }
  return null;
}

function dateFromLines(lines: readonly string[]): string | null {
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.length > MAX_DATED_LINE) continue;
    const label = DATED_LINE.exec(trimmed);
    const date = label === null ? null : parseDate(trimmed.slice(label[0].length));
    if (date !== null) return date;
  }
  return null;
}

/** A boilerplate block found at some body index: where it ends (exclusive) and what it is. */
interface Block {
  readonly end: number;
  readonly what: string;
}

/** Emoji and spaces that scraped promo lines start with (`🛍️ Featured Product 1`). */
const LEADING_SYMBOLS = /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\u20E3|\s)+/u;
const core = (text: string): string => text.trim().replace(LEADING_SYMBOLS, '');
const startsWithAny = (line: string, prefixes: readonly string[]): boolean =>
  prefixes.some((prefix) => startsWithFold(line, prefix));

/** Promo lines are short fragments; a line ending like a sentence is article text. */
const MAX_PROMO_LINE = 100;
const PROMO_START = /^(?:save|register|exhibit|join|book|buy|get|claim|reserve|secure|grab|sponsor)\b/i;

function isPromoLine(line: string, brand: string): boolean {
  if (line.length === 0 || line.length > MAX_PROMO_LINE || /[.!?"”’]$/.test(line)) return false;
  return PROMO_START.test(line) || line.includes(' | ') || line.toLowerCase().includes(brand);
}

/**
 * `Techcrunch event` and the promo lines under it (`Save now through …`, `Exhibit at
 * …`, `Berkeley, CA | June 5`). The event line alone is not enough: a short heading
 * that ends in "event" stays unless promo lines follow it.
 */
function eventPromotion(body: readonly string[], start: number): Block | null {
  const line = core(body[start]);
  if (line.length > 48 || !/\sevents?$/i.test(line) || line.split(/\s+/).length > 4) return null;
  const brand = line.replace(/\s+events?$/i, '').toLowerCase();
  let end = start + 1;
  while (end < body.length && isPromoLine(core(body[end]), brand)) end += 1;
  return end > start + 1 ? { end, what: 'an event promotion' } : null;
}

const isProductTitle = (line: string): boolean =>
  startsWithFold(line, 'featured product') && !startsWithFold(line, 'featured products');

/**
 * A `Featured Products & Recommendations` block: its intro, each product (title,
 * `Image:`, one description line, `Key Features:` and their bullets, up to `View
 * Product Details & Purchase`) and the closing `Need Help Choosing?`. Bullets count
 * only inside a product, so the article's own lists are never taken.
 */
/** Lines of a Featured Products block that stand between products. */
const BLOCK_FRAME = ['featured products', 'discover our', 'need help choosing', 'view product details'];

function featuredProducts(body: readonly string[], start: number): Block | null {
  const opening = core(body[start]);
  if (!startsWithAny(opening, ['featured product', 'discover our carefully selected products'])) return null;
  let inProduct = isProductTitle(opening);
  let expectDescription = inProduct;
  let last = start;
  for (let i = start + 1; i < body.length; i += 1) {
    const line = core(body[i]);
    if (line.length === 0) continue;
    if (isProductTitle(line)) {
      inProduct = true;
      expectDescription = true;
    } else if (startsWithAny(line, BLOCK_FRAME)) {
      inProduct = false;
    } else if (inProduct && startsWithFold(line, 'image:')) {
      expectDescription = true;
    } else if (inProduct && (startsWithFold(line, 'key features') || /^[-•*]\s/.test(line) || expectDescription)) {
      expectDescription = false;
    } else break;
    last = i;
  }
  return { end: last + 1, what: 'a Featured Products block' };
}

const MAX_PROMPT_LINE = 120;

function prompt(body: readonly string[], start: number): Block | null {
  const line = core(body[start]);
  if (line.length > MAX_PROMPT_LINE) return null;
  if (startsWithAny(line, ['subscribe to our newsletter', 'subscribe to the newsletter', 'sign up for '])) {
    return { end: start + 1, what: 'a newsletter prompt' };
  }
  return startsWithFold(line, 'shop now') ? { end: start + 1, what: 'a shop prompt' } : null;
}

const BLOCKS = [eventPromotion, featuredProducts, prompt];
/** Fewer than an input lists in all, so the other notes about the article still fit. */
const MAX_LISTED_HEADER_NOTES = 20;
/** So that a huge scraped page cannot flood the build report. */
const MAX_LISTED_REMOVALS = 100;

/**
 * The body without scraped boilerplate, one info diagnostic per removed block. Every
 * other line is kept as written; leading and trailing blank lines are dropped.
 */
function cleanBody(body: readonly string[], firstLine: number): { lines: string[]; text: string; diagnostics: Diagnostic[] } {
  const lines: string[] = [];
  const diagnostics: Diagnostic[] = [];
  let removed = 0;
  let i = 0;
  while (i < body.length) {
    const block = BLOCKS.reduce<Block | null>((found, match) => found ?? match(body, i), null);
    if (block === null) {
      lines.push(body[i]);
      i += 1;
      continue;
    }
    const count = block.end - i;
    removed += 1;
    if (removed <= MAX_LISTED_REMOVALS) {
      const message = `removed ${block.what} (${count} line${count === 1 ? '' : 's'})`;
      diagnostics.push(diag('info', message, firstLine + i));
    }
    i = block.end;
  }
  if (removed > MAX_LISTED_REMOVALS) {
    diagnostics.push(diag('info', `${removed - MAX_LISTED_REMOVALS} more removed blocks not listed`));
  }
  const first = lines.findIndex((line) => line.trim().length > 0);
  const last = lines.findLastIndex((line) => line.trim().length > 0);
  const kept = first < 0 ? [] : lines.slice(first, last + 1);
  return { lines: kept, text: kept.join('\n'), diagnostics };
}

interface Header {
  title: string | null;
  titleLine: number | null;
  rawUrl: string | null;
  urlLine: number | null;
}

/**
 * The title and source URL of the header lines; the first of each counts. Every other
 * header line is noted, up to a bound: a header can be millions of junk lines long.
 */
function readHeader(lines: readonly string[]): Header & { diagnostics: Diagnostic[] } {
  const header: Header = { title: null, titleLine: null, rawUrl: null, urlLine: null };
  const diagnostics = new DiagnosticList(MAX_LISTED_HEADER_NOTES, 'header lines');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const n = index + 1;
    if (line.length === 0 || DATED_LINE.test(line)) return;
    if (startsWithFold(line, TITLE_PREFIX)) {
      if (header.titleLine !== null) {
        diagnostics.push(diag('warning', "another 'Original Title:' line ignored", n));
        return;
      }
      header.title = line.slice(TITLE_PREFIX.length).trim();
      header.titleLine = n;
    } else if (startsWithFold(line, URL_PREFIX)) {
      if (header.urlLine !== null) {
        diagnostics.push(diag('warning', "another 'Source URL:' line ignored", n));
        return;
      }
      header.rawUrl = line.slice(URL_PREFIX.length).trim();
      header.urlLine = n;
    } else if (diagnostics.full) diagnostics.count('info');
    else diagnostics.push(diag('info', `header line ignored: '${excerpt(line)}'`, n));
  });
  return { ...header, diagnostics: diagnostics.list() };
}

/**
 * Parses a raw news article (`Original Title:`, optional `Source URL:`, then the body
 * after `Original Content:`) that no one has classified yet: every facet stays empty.
 * The body keeps every line of article text and loses scraped boilerplate, each
 * removed block reported as an info diagnostic. `published` comes from a date in the
 * URL path, else from a dated line. Never throws; without a title the draft is null
 * and the only diagnostic is the error saying why.
 */
export function parseArticle(text: string): ParseResult {
  return parseArticleLines(inputLines(text));
}

/** `parseArticle` on an article already split by `inputLines`. */
export function parseArticleLines(lines: readonly string[]): ParseResult {
  const contentIndex = lines.findIndex((line) => startsWithFold(line.trim(), CONTENT_PREFIX));
  let headerEnd = contentIndex;
  if (contentIndex < 0) {
    headerEnd = lines.findIndex((line) => line.trim().length > 0 && !isHeaderLine(line.trim()));
    if (headerEnd < 0) headerEnd = lines.length;
  }

  const { title, titleLine, rawUrl, urlLine, diagnostics } = readHeader(headerEnd === lines.length ? lines : lines.slice(0, headerEnd));
  if (title === null) return { draft: null, diagnostics: [diag('error', "no 'Original Title:' line")] };
  if (title.length === 0) {
    return { draft: null, diagnostics: [diag('error', "the 'Original Title:' line has no title", titleLine)] };
  }

  const url = rawUrl === null ? null : safeHttpUrl(rawUrl);
  if (rawUrl !== null && url === null) {
    diagnostics.push(diag('warning', `source URL is not an http(s) link: '${excerpt(rawUrl)}'`, urlLine));
  }

  // Body lines are plain strings, numbered from the first: an article can be millions of lines long.
  const body: string[] = [];
  const after = contentIndex >= 0 ? contentIndex + 1 : headerEnd;
  let firstLine = after + 1;
  if (contentIndex >= 0) {
    const inline = lines[contentIndex].trim().slice(CONTENT_PREFIX.length).trim();
    if (inline.length > 0) {
      body.push(inline);
      firstLine = contentIndex + 1;
    }
  } else {
    diagnostics.push(diag('warning', "no 'Original Content:' line: the body is the text after the header"));
  }
  for (let i = after; i < lines.length; i += 1) body.push(lines[i].trimEnd());
  const cleaned = cleanBody(body, firstLine);
  diagnostics.push(...cleaned.diagnostics);
  if (cleaned.text.length === 0) diagnostics.push(diag('warning', 'empty article body'));

  const draft = emptyDraft('article', title);
  draft.article = { url, body: cleaned.text };
  const fromUrl = url === null ? null : dateFromUrl(url);
  draft.published = fromUrl ?? dateFromLines(lines.slice(0, headerEnd)) ?? dateFromLines(cleaned.lines);
  return { draft, diagnostics };
}
