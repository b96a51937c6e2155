import { createHash } from 'node:crypto';

/**
 * Punctuation that separates words and sentences, which two spellings of one title use
 * differently. Marks that can be part of a name (`C#`, `AT&T`, `50%`, `TCP/IP`) are not
 * in it, and neither are symbols (`C++`, `$`, emoji): titles differing in those are
 * different titles.
 */
const SEPARATORS = /(?:(?![#%&*@/\\§])\p{P})+/gu;

const collapseSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A title reduced to what identifies it: Unicode-normalized, case-folded, separating
 * punctuation and spacing evened out. Two reports of one incident differ in exactly
 * these ways. A title made only of punctuation keeps it, so `???` and `!!!` stay apart
 * and no title reduces to nothing.
 */
export function normalizeTitle(title: string): string {
  const folded = title.normalize('NFKC').toLowerCase();
  const normalized = collapseSpaces(folded.replace(SEPARATORS, ' '));
  return normalized.length > 0 ? normalized : collapseSpaces(folded);
}

/** Inputs with the same key are the same incident: same normalized title and date. */
export function titleDateKey(title: string, published: string | null): string {
  return `${normalizeTitle(title)}|${published ?? ''}`;
}

const digest = (text: string, length: number): string => createHash('sha256').update(text).digest('hex').slice(0, length);

/** Incident ids are at most 64 characters; `fail-`, a slug and a dash-and-hash suffix fit in it. */
const MAX_SLUG = 50;
const FAIL_HASH = 8;

/**
 * A URL-safe id that depends on nothing but the incident's own content, so it stays the
 * same across rebuilds and whatever other inputs are added. `fail-<FAIL id>` when the
 * FAIL incident id is already lowercase letters, digits and single dashes; any other FAIL
 * id is written as a slug plus a hash of the id as written, so `ABC` and `abc` (two
 * incidents) never share an id. Without a FAIL id, a hash of the title-and-date key, so
 * renaming or moving a file does not change it.
 */
export function incidentId(failId: string | null, key: string): string {
  if (failId === null) return `i-${digest(key, 12)}`;
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(failId) && failId.length <= MAX_SLUG + 1 + FAIL_HASH) return `fail-${failId}`;
  const slug = failId.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, MAX_SLUG).replace(/^-+|-+$/g, '');
  return slug.length > 0 ? `fail-${slug}-${digest(failId, FAIL_HASH)}` : `fail-${digest(failId, FAIL_HASH)}`;
}
