import type { DuplicateDecisionsReport, IncidentDraft, PossibleDuplicate } from '../../src/domain/schema';
import type { DatasetBuilder, Effect } from './dataset-builder';
import type { ReadDecisions } from './duplicate-decisions';
import { duplicateText } from './duplicate-text';
import { afterMerges, byScore, scorePair, settleDecisions } from './possible-duplicates';

export interface DuplicateStep {
  /** Record files to remove: those of incidents merged into another. */
  effects: Effect[];
  possibleDuplicates: PossibleDuplicate[];
  duplicateDecisions: DuplicateDecisionsReport;
}

/**
 * The near-duplicate layer, run once every input is added: candidate pairs from the
 * builder's fingerprints, each compared exactly on the long text of its two records
 * (read through `readRecord`, by the name a record is written under, as only candidates
 * need their text), then the reviewed decisions applied: merges made in the builder,
 * pairs kept apart unlisted. Exact duplicates were merged as the inputs were added.
 */
export function duplicateReport(builder: DatasetBuilder, files: readonly ReadDecisions[], readRecord: (file: string) => IncidentDraft): DuplicateStep {
  const texts = new Map<string, string>();
  const textOf = (file: string) => {
    let text = texts.get(file);
    if (text === undefined) {
      text = duplicateText(readRecord(file));
      texts.set(file, text);
    }
    return text;
  };
  const pairs: PossibleDuplicate[] = [];
  const titles = new Map<string, string>();
  for (const [a, b] of builder.duplicateCandidates()) {
    const pair = scorePair({ ...a, text: textOf(a.file) }, { ...b, text: textOf(b.file) });
    if (pair !== null) pairs.push(pair);
  }
  for (const { id, title } of builder.incidents()) titles.set(id, title);
  const decisions = files.flatMap((f) => f.decisions);
  const settled = settleDecisions(pairs.sort(byScore), decisions, titles);
  const { effects, keptOf } = builder.mergeDecided(settled.merges);
  const { open, applied } = afterMerges(settled, keptOf);
  return {
    effects,
    possibleDuplicates: open,
    duplicateDecisions: {
      files: files.map((f) => f.source),
      applied,
      problems: [...files.flatMap((f) => f.problems), ...settled.problems],
    },
  };
}
