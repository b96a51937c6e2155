import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CompiledPage, compilePage, type PageJob } from '../../../scripts/lib/compile-page';
import { placedInput } from '../../../scripts/lib/dataset-builder';
import { PackedReader, type PackedWords, Vocabulary } from '../../../scripts/lib/document-words';
import { pageCompiler } from '../../../scripts/lib/page-compiler';
import { workerScript } from '../../../scripts/lib/worker-script';
import { page } from '../prebuild-process';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-page-compiler-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Pages enough to be compiled on threads, each with words of its own beside words every page shares. */
function writePages(count: number): PageJob[] {
  return Array.from({ length: count }, (_, i) => {
    const source = `page-${String(i).padStart(3, '0')}.txt`;
    const body = `Phase (Design/Operation) operation (a) The gateway${i} outage hit billing${i % 7} and ledger${i} replicas [1].`;
    writeFileSync(join(scratch, source), page(`Outage ${i} of the payments gateway`, '2021-01-01', body));
    return { path: join(scratch, source), source };
  });
}

/** An incident's words as text: its search words sorted, and its sequence with "|" where a phrase breaks. */
function wordsAsText(packed: PackedWords, vocabulary: Vocabulary): { search: string[]; sequence: string[] } {
  const reader = new PackedReader(packed);
  const search: string[] = [];
  reader.search((id) => search.push(vocabulary.words[id]));
  const sequence = [`title ${reader.next()}`];
  for (let n = reader.next(); n > 0; n--) {
    const word = reader.next();
    sequence.push(word === 0 ? '|' : vocabulary.words[word - 1]);
  }
  return { search: search.sort(), sequence };
}

describe('pageCompiler', () => {
  it('numbers words compiled on threads as it numbers words compiled inline, whatever order batches are awaited in', async () => {
    const jobs = writePages(240);
    const threaded = new Vocabulary(['already', 'known']);
    const pages = await pageCompiler(jobs.length, workerScript(new URL('../../../scripts/lib/page-worker.ts', import.meta.url)), threaded);
    const batches = Array.from({ length: jobs.length / 16 }, (_, b) => pages.compile(jobs.slice(b * 16, b * 16 + 16)));
    const compiled: CompiledPage[] = [];
    for (const batch of [...batches].reverse()) compiled.unshift(...(await batch));
    await pages.close();

    const inline = new Vocabulary();
    jobs.forEach((job, i) => {
      const fromThread = compiled[i].staged.input;
      const alone = compilePage(job).staged.input;
      expect(fromThread).not.toBeNull();
      if (fromThread === null || alone === null) return;
      const numbered = placedInput(fromThread, threaded).words;
      expect(wordsAsText(numbered, threaded)).toEqual(wordsAsText(placedInput(alone, inline).words, inline));
      const reader = new PackedReader(numbered);
      reader.search((id) => expect(threaded.numbered(id)).toBe(true));
    });
    expect(threaded.words.slice(0, 2)).toEqual(['already', 'known']);
    expect(new Set(threaded.words).size).toBe(threaded.words.length);
  }, 60_000);
});
