import type { Postmortem } from '../../domain/schema';

/** The element id of the `i`-th item of the References list. */
export const referenceAnchor = (i: number): string => `reference-${i + 1}`;

/**
 * Where each cited article is listed: the first References item citing it, as a link
 * target ("#reference-2"), or null when no item lists it and a citation can lead nowhere.
 */
export function citationTargets(postmortem: Postmortem): (id: string) => string | null {
  const targets = new Map<string, string>();
  postmortem.references.forEach((item, i) => {
    for (const id of item.citations) if (!targets.has(id)) targets.set(id, `#${referenceAnchor(i)}`);
  });
  return (id) => targets.get(id) ?? null;
}
