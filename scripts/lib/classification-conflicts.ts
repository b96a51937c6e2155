import { FACET_IDS, type FacetId } from '../../src/domain/taxonomy';
import { excerpt } from './parse-result';

/** Options quoted per side, each cut short, before the rest are only counted, so a huge cell gives a short message. */
const SHOWN = 5;

function optionsText(options: readonly string[]): string {
  const shown = options.slice(0, SHOWN).map(excerpt).join(', ');
  return options.length > SHOWN ? `${shown} and ${options.length - SHOWN} more` : shown;
}

function sameOptions(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((option) => set.has(option)) && set.size === new Set(b).size;
}

/**
 * The facets two inputs of one incident classify differently, each as
 * `facet: <options> in <source>, <options> in <other source>`. A facet one of them
 * leaves unanalysed is no conflict: the other only adds to it.
 */
export function classificationConflicts(
  a: { source: string; facets: Readonly<Record<FacetId, readonly string[]>> },
  b: { source: string; facets: Readonly<Record<FacetId, readonly string[]>> },
): string[] {
  const conflicts: string[] = [];
  for (const facet of FACET_IDS) {
    const [left, right] = [a.facets[facet], b.facets[facet]];
    if (left.length === 0 || right.length === 0 || sameOptions(left, right)) continue;
    conflicts.push(`${facet}: ${optionsText(left)} in ${a.source}, ${optionsText(right)} in ${b.source}`);
  }
  return conflicts;
}
