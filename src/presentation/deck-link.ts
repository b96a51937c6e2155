/**
 * A deck carried whole by a link: `?view=present&deck=<base64url of compact JSON>`. The
 * JSON uses one-letter keys and leaves out empty values, and the link is kept under
 * `MAX_LINK_LENGTH`: when a deck does not fit, its notes are left out (the caller says so)
 * and when it still does not fit, there is no link and the file export is the way to share it.
 */
import { z } from 'zod';
import { defaultUrlState, MAX_DECK_PARAM_LENGTH, stringifyUrlState } from '../state/url-state';
import type { RefusedDeck } from '../state/url-state';
import { describeIssues, readDeckValue } from './deck-issues';
import type { DeckReading } from './deck-issues';
import type { Deck } from './deck-schema';

/** Common servers and chat tools accept 8 KB addresses; longer ones get cut or refused. */
export const MAX_LINK_LENGTH = 8000;

const CompactSlideSchema = z.object({
  i: z.unknown(),
  q: z.unknown(),
  c: z.unknown(),
  t: z.unknown(),
  n: z.unknown().optional(),
  b: z.unknown(),
  p: z.unknown().optional(),
  h: z.unknown().optional(),
});

const CompactDeckSchema = z.object({ v: z.unknown(), t: z.unknown(), s: z.array(CompactSlideSchema) });

type CompactDeck = z.infer<typeof CompactDeckSchema>;

function compact(deck: Deck, withNotes: boolean): CompactDeck {
  return {
    v: deck.version,
    t: deck.title,
    s: deck.slides.map((slide) => ({
      i: slide.id,
      q: slide.view,
      c: slide.chart,
      t: slide.title,
      ...(withNotes && slide.note !== '' ? { n: slide.note } : {}),
      b: slide.build,
      ...(slide.pinnedAt === undefined ? {} : { p: slide.pinnedAt }),
      ...(slide.hide === undefined ? {} : { h: slide.hide }),
    })),
  };
}

function expand(value: CompactDeck): unknown {
  return {
    version: value.v,
    title: value.t,
    slides: value.s.map((slide) => ({
      id: slide.i,
      view: slide.q,
      chart: slide.c,
      title: slide.t,
      note: slide.n ?? '',
      build: slide.b,
      ...(slide.p === undefined ? {} : { pinnedAt: slide.p }),
      ...(slide.h === undefined ? {} : { hide: slide.h }),
    })),
  };
}

/** Base64url (RFC 4648 §5) of the UTF-8 bytes, without padding: nothing in it needs escaping in a query. */
export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text encoded by `toBase64Url`; throws on anything that is not base64url of UTF-8. */
export function fromBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) throw new Error('it is not base64url');
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(encoded.length / 4) * 4, '='));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export const encodeDeckParam = (deck: Deck, withNotes = true): string => toBase64Url(JSON.stringify(compact(deck, withNotes)));

/** The deck a link carries, validated like an imported file. Never throws. */
export function decodeDeckParam(param: string): DeckReading {
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(param));
  } catch {
    return { ok: false, problems: ['the link does not hold a deck: it was probably cut short when it was copied'] };
  }
  const shape = CompactDeckSchema.safeParse(value);
  if (!shape.success) return { ok: false, problems: describeIssues(shape.error) };
  return readDeckValue(expand(shape.data));
}

/** Why a link's deck was refused before it was read, as the deck views list it. */
export function refusedDeckProblem(refused: RefusedDeck): string {
  if (refused.reason === 'damaged') return 'the deck in the link holds characters a deck link never has: it was probably damaged when it was copied';
  return `the deck in the link is ${Math.ceil(refused.length / 1000)} KB, longer than any deck link can be (${MAX_DECK_PARAM_LENGTH / 1000} KB): it was damaged or not made by Faultline`;
}

export type DeckLink =
  | { readonly ok: true; readonly href: string; readonly notesLeftOut: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * The present-mode link to `deck` at `base` (origin and path of this page): with the
 * notes when it fits in `MAX_LINK_LENGTH`, else without them, else none.
 */
export function deckLink(deck: Deck, base: string): DeckLink {
  const hrefWith = (withNotes: boolean) =>
    `${base}${stringifyUrlState({ ...defaultUrlState(), view: 'present', deck: encodeDeckParam(deck, withNotes) })}`;
  const full = hrefWith(true);
  if (full.length <= MAX_LINK_LENGTH) return { ok: true, href: full, notesLeftOut: false };
  const withoutNotes = hrefWith(false);
  const hasNotes = deck.slides.some((slide) => slide.note !== '');
  if (hasNotes && withoutNotes.length <= MAX_LINK_LENGTH) return { ok: true, href: withoutNotes, notesLeftOut: true };
  return {
    ok: false,
    reason: `This deck is too large for a link (${Math.ceil(withoutNotes.length / 1000)} KB, links stay under ${MAX_LINK_LENGTH / 1000} KB). Export it as a file to share it.`,
  };
}
