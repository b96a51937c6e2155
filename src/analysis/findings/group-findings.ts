import { popcount, popcountAnd } from '../bitset';
import type { Bitset } from '../bitset';
import type { Finding, FindingGroup } from './finding-types';

/** How many listed results are compared for likeness: past it, each stands alone, so grouping never dominates a scan. */
const MAX_GROUPED = 400;

interface Listed {
  readonly finding: Finding;
  readonly support: () => Bitset;
}

/** Jaccard similarity of two incident sets; two empty sets say nothing alike. */
function jaccard(x: Bitset, sizeX: number, y: Bitset, sizeY: number): number {
  if (sizeX === 0 || sizeY === 0) return 0;
  const shared = popcountAnd(x, y);
  return shared / (sizeX + sizeY - shared);
}

/** The direction a finding points: more often (or rising) against less often (or falling). */
const direction = (finding: Finding): number => Math.sign(finding.kind === 'trend' ? finding.slope : Math.log(finding.ratio.ratio));

/**
 * Groups results, in their order, whose incidents are near the same set (Jaccard at least
 * `threshold`) and that point the same way: two options nearly always given together make
 * the same finding twice, which a reader should see once, with the other named beside it.
 * Each group is led by its first, strongest, member.
 */
export function groupAlike(listed: readonly Listed[], threshold: number): FindingGroup[] {
  const groups: { lead: Finding; support: Bitset; size: number; alike: Finding[] }[] = [];
  listed.forEach(({ finding, support }, i) => {
    if (i >= MAX_GROUPED) {
      groups.push({ lead: finding, support: new Uint32Array(0), size: 0, alike: [] });
      return;
    }
    const rows = support();
    const size = popcount(rows);
    const home = groups.find((group) => group.size > 0 && direction(group.lead) === direction(finding) && jaccard(group.support, group.size, rows, size) >= threshold);
    if (home === undefined) groups.push({ lead: finding, support: rows, size, alike: [] });
    else home.alike.push(finding);
  });
  return groups.map(({ lead, alike }) => ({ lead, alike }));
}
