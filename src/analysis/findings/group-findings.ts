import { andNot, popcount, popcountAnd } from '../bitset';
import type { Bitset } from '../bitset';
import type { Finding, FindingGroup } from './finding-types';

/** How many listed results are compared for likeness: past it, each stands alone, so grouping never dominates a scan. */
const MAX_GROUPED = 400;

/**
 * How a result divides the incidents it compares: `sets[i]` holds those with its option
 * of the i-th facet it names, out of `base`. Results of one `family` (the same kind over
 * the same facets) compare like for like.
 */
export interface Split {
  readonly family: string;
  readonly base: Bitset;
  readonly sets: readonly Bitset[];
}

interface Listed {
  readonly finding: Finding;
  readonly support: () => Bitset;
  readonly split: () => Split;
}

/** An incident set with its size, counted once however often it is compared. */
interface Counted {
  readonly bits: Bitset;
  readonly size: number;
}

const counted = (bits: Bitset): Counted => ({ bits, size: popcount(bits) });

/** Jaccard similarity of two incident sets; two empty sets say nothing alike. */
function jaccard(x: Counted, y: Counted): number {
  if (x.size === 0 || y.size === 0) return 0;
  const shared = popcountAnd(x.bits, y.bits);
  return shared / (x.size + y.size - shared);
}

/** The direction a finding points: more often (or rising) against less often (or falling). */
const direction = (finding: Finding): number => Math.sign(finding.kind === 'trend' ? finding.slope : Math.log(finding.ratio.ratio));

/**
 * Two results of one family divide their incidents the same way, up to which side is
 * named: "outside the system" and "within the system" split a facet whose incidents have
 * one of the two into the same halves, so "outside is more often malicious" and "within
 * is more often non-malicious" are one finding said twice.
 */
function sameSplit(x: CountedSplit, y: CountedSplit, threshold: number): boolean {
  if (x.family !== y.family) return false;
  return x.sides.every((side, i) => Math.max(jaccard(side.set, y.sides[i].set), jaccard(side.set, y.sides[i].rest)) >= threshold);
}

/** A split with each side's set and the rest of its base, counted. */
interface CountedSplit {
  readonly family: string;
  readonly sides: readonly { readonly set: Counted; readonly rest: Counted }[];
}

const countSplit = ({ family, base, sets }: Split): CountedSplit => ({ family, sides: sets.map((set) => ({ set: counted(set), rest: counted(andNot(base, set)) })) });

/** A grouped result with the sets it is compared by. */
interface Member {
  readonly finding: Finding;
  readonly support: Counted;
  readonly split: CountedSplit;
}

/** Two results say the same thing: the same split, or near the same incidents pointing the same way. */
const alike = (x: Member, y: Member, threshold: number): boolean =>
  sameSplit(x.split, y.split, threshold) || (direction(x.finding) === direction(y.finding) && jaccard(x.support, y.support) >= threshold);

/**
 * Groups results, in their order, that say the same thing as any member of a group: the
 * same split of the same incidents, or near the same incidents (Jaccard at least
 * `threshold`) pointing the same way, as two options nearly always given together make
 * the same finding twice. Each group is led by its first, strongest, member.
 */
export function groupAlike(listed: readonly Listed[], threshold: number): FindingGroup[] {
  const groups: Member[][] = [];
  const alone: Finding[] = [];
  listed.forEach((item, i) => {
    if (i >= MAX_GROUPED) {
      alone.push(item.finding);
      return;
    }
    const member: Member = { finding: item.finding, support: counted(item.support()), split: countSplit(item.split()) };
    const home = groups.find((group) => group.some((other) => alike(other, member, threshold)));
    if (home === undefined) groups.push([member]);
    else home.push(member);
  });
  return [
    ...groups.map(([lead, ...rest]) => ({ lead: lead.finding, alike: rest.map((member) => member.finding) })),
    ...alone.map((finding) => ({ lead: finding, alike: [] })),
  ];
}
