import type { AppliedDecision, PossibleDuplicate } from '../../src/domain/schema';
import type { DecidedMerge } from './dataset-builder';
import { textOverlap } from './duplicate-evidence';
import { MIN_SHINGLES } from './duplicate-text';
import type { DecisionProblem, ReadDecision } from './duplicate-decisions';
import { byCodeUnits } from '../../src/domain/code-unit-order';

/**
 * A pair is a possible duplicate when this share of the shorter text's shingles is in
 * the longer one. Copies score 1 and a truncated copy close to it; of the 36 bundled
 * incidents no two share more than a few per cent.
 */
export const MIN_CONTAINMENT = 0.7;

/** One incident of a pair to compare, with its long text. */
export interface PairSide {
  id: string;
  title: string;
  published: string | null;
  text: string;
}

const rounded = (x: number) => Math.round(x * 1000) / 1000;

/** The pair as a possible duplicate, or null when their texts are not nearly the same. */
export function scorePair(x: PairSide, y: PairSide): PossibleDuplicate | null {
  const [a, b] = byCodeUnits(x.id, y.id) <= 0 ? [x, y] : [y, x];
  const overlap = textOverlap(a.text, b.text);
  if (overlap.shorterShingles < MIN_SHINGLES || overlap.containment < MIN_CONTAINMENT) return null;
  return {
    incidents: [a.id, b.id],
    titles: [a.title, b.title],
    published: [a.published, b.published],
    sameDate: a.published !== null && a.published === b.published,
    jaccard: rounded(overlap.jaccard),
    containment: rounded(overlap.containment),
    shorter: overlap.shorter === 0 ? a.id : b.id,
    evidence: overlap.passages,
  };
}

/**
 * How many incidents the pairs may count twice: merging every pair would leave this many
 * fewer incidents, one fewer for each incident the pairs join to another.
 */
export function possibleCopies(pairs: readonly PossibleDuplicate[]): number {
  const parent = new Map<string, string>();
  const rootOf = (id: string): string => {
    const up = parent.get(id) ?? id;
    if (up === id) return id;
    const root = rootOf(up);
    parent.set(id, root);
    return root;
  };
  let joined = 0;
  for (const { incidents } of pairs) {
    const [a, b] = incidents.map(rootOf);
    if (a === b) continue;
    parent.set(a, b);
    joined += 1;
  }
  return joined;
}

/** Highest containment first, then Jaccard, then the ids: the same order on every build. */
export function byScore(p: PossibleDuplicate, q: PossibleDuplicate): number {
  return q.containment - p.containment || q.jaccard - p.jaccard || byCodeUnits(p.incidents[0], q.incidents[0]) || byCodeUnits(p.incidents[1], q.incidents[1]);
}

const pairKey = (a: string, b: string) => (byCodeUnits(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** What the reviewed decisions make of the pairs found, before any merge is made. */
export interface SettledDecisions {
  /** Pairs to merge into one incident, as the decisions name them. */
  merges: DecidedMerge[];
  /** Decisions applied; a merge's `kept` is filled in once the merge is made. */
  applied: AppliedDecision[];
  /** Pairs found and not decided. */
  open: PossibleDuplicate[];
  problems: DecisionProblem[];
}

/**
 * Matches reviewed decisions to the incidents and pairs of this build. A decision
 * naming an incident the build does not have is not applied; one deciding a pair
 * already decided is ignored; one about a pair not found similar is applied (a merge
 * still merges: the reviewer may know better) but warned about, as it may be stale.
 * Every such case is a warning naming the file and line.
 */
export function settleDecisions(pairs: readonly PossibleDuplicate[], decisions: readonly ReadDecision[], titles: ReadonlyMap<string, string>): SettledDecisions {
  const found = new Map(pairs.map((p) => [pairKey(...p.incidents), p]));
  const decided = new Map<string, ReadDecision>();
  const settled: SettledDecisions = { merges: [], applied: [], open: [], problems: [] };
  const warn = ({ source, line }: ReadDecision, message: string) => settled.problems.push({ source, line, level: 'warning', message });
  for (const read of decisions) {
    const { incidents, decision, note } = read.decision;
    const missing = incidents.filter((id) => !titles.has(id));
    if (missing.length > 0) {
      warn(read, `${missing.join(' and ')}: no incident of this build has that id, so this ${decision} decision is not applied`);
      continue;
    }
    const key = pairKey(...incidents);
    const earlier = decided.get(key);
    if (earlier !== undefined) {
      warn(read, `${incidents.join(' and ')} are decided already (${earlier.source} line ${earlier.line}); this decision is ignored`);
      continue;
    }
    decided.set(key, read);
    const pair = found.get(key);
    if (pair === undefined) {
      warn(read, `${incidents.join(' and ')} are not found similar; ${decision === 'merge' ? 'merged as decided' : 'nothing to keep apart'}: remove the decision if it is stale`);
    }
    if (decision === 'merge') settled.merges.push({ incidents, because: `${read.source} line ${read.line} decides so` });
    settled.applied.push({
      incidents,
      titles: [titles.get(incidents[0]) as string, titles.get(incidents[1]) as string],
      decision,
      note: note ?? null,
      source: read.source,
      line: read.line,
      kept: null,
      containment: pair?.containment ?? null,
    });
  }
  settled.open = pairs.filter((p) => !decided.has(pairKey(...p.incidents)));
  return settled;
}

/**
 * The open pairs once the merges are made: a pair naming an incident merged into another
 * is gone (its text is no longer an incident of its own), and each merge decision names
 * the incident kept.
 */
export function afterMerges(settled: SettledDecisions, keptOf: ReadonlyMap<string, string>): { open: PossibleDuplicate[]; applied: AppliedDecision[] } {
  return {
    open: settled.open.filter((p) => !keptOf.has(p.incidents[0]) && !keptOf.has(p.incidents[1])),
    applied: settled.applied.map((d) =>
      d.decision === 'merge' ? { ...d, kept: keptOf.get(d.incidents[0]) ?? keptOf.get(d.incidents[1]) ?? d.incidents[0] } : d,
    ),
  };
}
