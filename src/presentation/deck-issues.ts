import type { z } from 'zod';
import { DeckSchema } from './deck-schema';
import type { Deck } from './deck-schema';

/** How many problems a message lists before it says how many more there are. */
const ISSUES_SHOWN = 8;

/** A deck read from somewhere untrusted: the deck, or every reason it was refused. */
export type DeckReading = { readonly ok: true; readonly deck: Deck } | { readonly ok: false; readonly problems: readonly string[] };

/** "slides 3, title: Too big: …" with slides counted from 1, as a reader numbers them. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((key, i) => (typeof key === 'number' && issue.path[i - 1] === 'slides' ? String(key + 1) : String(key)));
  const where = path.length === 0 ? '' : `${path.join(' ').replace(/^slides (\d+)/, 'slide $1')}: `;
  return `${where}${issue.message}`;
}

/** The schema's complaints in words, the first few of them, then a count of the rest. */
export function describeIssues(error: z.ZodError): string[] {
  const shown = error.issues.slice(0, ISSUES_SHOWN).map(describeIssue);
  const more = error.issues.length - shown.length;
  return more > 0 ? [...shown, `and ${more} more ${more === 1 ? 'problem' : 'problems'}`] : shown;
}

/** Validates parsed JSON as a deck. Never throws. */
export function readDeckValue(value: unknown): DeckReading {
  const result = DeckSchema.safeParse(value);
  return result.success ? { ok: true, deck: result.data } : { ok: false, problems: describeIssues(result.error) };
}

/** Parses and validates deck JSON text. Never throws. */
export function readDeckJson(text: string): DeckReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`it is not JSON (${(error as Error).message})`] };
  }
  return readDeckValue(value);
}
