import { createHash } from 'node:crypto';

/**
 * A title reduced to what identifies it: Unicode-normalized, case-folded, punctuation
 * and spacing removed. Two reports of one incident differ in exactly these ways.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Inputs with the same key are the same incident: same normalized title and date. */
export function titleDateKey(title: string, published: string | null): string {
  return `${normalizeTitle(title)}|${published ?? ''}`;
}

/**
 * A URL-safe id that stays the same across rebuilds: the FAIL incident id where the
 * report carries one, else a hash of the title-and-date key, so renaming or moving a
 * file does not change it.
 */
export function incidentId(failId: string | null, key: string): string {
  if (failId !== null) {
    const slug = failId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (slug.length > 0 && slug.length <= 58) return `fail-${slug}`;
  }
  return `i-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}
