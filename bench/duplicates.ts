/**
 * What finding possible duplicates adds to the prebuild, timed apart from the rest on a
 * dataset the prebuild wrote (its records are the drafts the prebuild fingerprinted):
 * fingerprinting every record's long text (done per input, on the page threads), the
 * candidate pairs from the inverted index, and the exact comparison of each candidate
 * with its two records read back, as the prebuild does. `npx tsx bench/duplicates.ts DIR`
 * times one dataset alone.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { candidatePairs } from '../scripts/lib/duplicate-candidates';
import { duplicateText, recordFingerprint } from '../scripts/lib/duplicate-text';
import { scorePair } from '../scripts/lib/possible-duplicates';
import type { IncidentDraft } from '../src/domain/schema';

export async function benchDuplicates(dataset: string, label: string): Promise<Record<string, number>> {
  const dir = join(dataset, 'incidents');
  const files = (await readdir(dir)).sort();
  const prints: Uint32Array[] = [];
  let fingerprintMs = 0;
  for (const file of files) {
    const record = JSON.parse(await readFile(join(dir, file), 'utf8')) as IncidentDraft;
    const start = performance.now();
    prints.push(recordFingerprint(record));
    fingerprintMs += performance.now() - start;
  }
  const pairsStart = performance.now();
  const candidates = candidatePairs(prints);
  const pairsMs = performance.now() - pairsStart;
  const verifyStart = performance.now();
  let flagged = 0;
  const side = async (row: number) => {
    const record = JSON.parse(await readFile(join(dir, files[row]), 'utf8')) as IncidentDraft & { id: string };
    return { id: record.id, title: record.title, published: record.published, text: duplicateText(record) };
  };
  for (const [a, b] of candidates) if (scorePair(await side(a), await side(b)) !== null) flagged++;
  const verifyMs = performance.now() - verifyStart;
  const postings = prints.reduce((n, p) => n + p.length, 0);
  console.log(
    `duplicates ${label}: fingerprints ${fingerprintMs.toFixed(0)} ms (${(postings / files.length).toFixed(0)} sampled shingles each, ` +
      `${((postings * 4) / 2 ** 20).toFixed(1)} MiB), candidate pairs ${pairsMs.toFixed(0)} ms (${candidates.length} pairs), ` +
      `exact comparison ${verifyMs.toFixed(0)} ms (${flagged} flagged)`,
  );
  return {
    [`duplicates-fingerprint-${label}-ms`]: fingerprintMs,
    [`duplicates-pairs-${label}-ms`]: pairsMs,
    [`duplicates-compare-${label}-ms`]: verifyMs,
  };
}

if (process.argv[1]?.endsWith('duplicates.ts') && process.argv[2] !== undefined) {
  await benchDuplicates(process.argv[2], process.argv[3] ?? 'dataset');
}
