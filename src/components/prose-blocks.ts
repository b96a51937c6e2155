import { highlightParts } from './highlight-parts';

/**
 * A report's long text as the analyst wrote it: paragraphs, lettered points and bullet
 * lists, which a single block of HTML text would run together. Pure, so a rationale
 * reads the same wherever it is shown.
 */

/** A line of its own ("(a) crash: …", a plain sentence), or a run of bullet items. */
export type ProseBlock = { readonly kind: 'line'; readonly text: string } | { readonly kind: 'list'; readonly items: readonly string[] };

const BULLET = /^\s*[-•*]\s+/;

/**
 * Where an analysis written on one line starts a new point: a lettered point "(b) " after
 * the end of a sentence, and an inline bullet " - " after a colon ("hardware: - The …"),
 * as the one-line rationales of the incident pages are written.
 */
const INLINE_POINT = /(?<=[.!?:;]["”’)\]]?)\s+(?=\([a-z]\)\s)/g;
const INLINE_BULLET = /(?<=:)\s+-\s+/g;

/**
 * The text split into blocks: every non-blank line is a line of its own, and consecutive
 * lines starting with "- ", "• " or "* " make one list. Blank lines only separate. A
 * lettered point or a bullet written inline starts a line of its own.
 */
export function proseBlocks(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let items: string[] | null = null;
  const lines = text.replace(INLINE_POINT, '\n').replace(INLINE_BULLET, '\n- ').split(/\r\n|\r|\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      items = null;
      continue;
    }
    if (BULLET.test(raw)) {
      if (items === null) {
        items = [];
        blocks.push({ kind: 'list', items });
      }
      items.push(raw.replace(BULLET, '').trim());
      continue;
    }
    items = null;
    blocks.push({ kind: 'line', text: line });
  }
  return blocks;
}

/** A piece of a line: plain text, a search term found in it, or the article ids a bracket cites. */
export type InlinePiece = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'match'; readonly text: string } | { readonly kind: 'cite'; readonly text: string; readonly ids: readonly string[] };

/** "[3825, 3710]", "[#4540]": the citation brackets of the analyses. */
const CITATION = /\[#?\d+(?:\s*,\s*#?\d+)*\]/g;

const matches = (text: string, terms: readonly string[]): InlinePiece[] =>
  highlightParts(text, terms)
    .filter((part) => part.text !== '')
    .map((part) => ({ kind: part.match ? 'match' : 'text', text: part.text }));

/**
 * A line split into its citations and, between them, text with every occurrence of the
 * search `terms` (lowercase, as `queryTerms` gives them) marked, case-insensitively, as
 * the search matched them.
 */
export function inlinePieces(text: string, terms: readonly string[]): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let last = 0;
  for (const found of text.matchAll(CITATION)) {
    pieces.push(...matches(text.slice(last, found.index), terms));
    pieces.push({ kind: 'cite', text: found[0], ids: found[0].slice(1, -1).split(',').map((id) => id.trim().replace(/^#/, '')) });
    last = found.index + found[0].length;
  }
  pieces.push(...matches(text.slice(last), terms));
  return pieces;
}
