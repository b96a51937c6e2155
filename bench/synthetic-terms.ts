/**
 * Made-up terms for `syntheticIndex`, in the shape `terms.json` is read into: per
 * incident 16 distinct terms from a pool of 40,000 whose popularity is skewed (the most
 * used is kept by about one incident in twelve), so a few postings are long, as for
 * words a whole domain uses.
 */
import type { IncidentTerms } from '../src/domain/schema';
import { TERMS_PER_INCIDENT } from '../scripts/lib/distinctive-terms';
import { mulberry32 } from '../scripts/lib/seeded-random';

const POOL = 40_000;
/** Incidents of the corpus using a term, for each one keeping it among its most distinctive. */
const USE_PER_KEEP = 3;

export function syntheticTerms(n: number, seed: number, build: string): IncidentTerms {
  const random = mulberry32(seed);
  const kept = new Int32Array(POOL);
  const rows = Array.from({ length: n }, () => {
    const terms = new Set<number>();
    while (terms.size < TERMS_PER_INCIDENT) terms.add(Math.floor(random() ** 2 * POOL));
    for (const term of terms) kept[term] += 1;
    return [...terms];
  });
  const terms = Array.from({ length: POOL }, (_, t) => `term-${t.toString(36)}`);
  return { build, terms, df: Array.from(kept, (k) => Math.min(n, Math.max(2, k * USE_PER_KEEP))), rows };
}
