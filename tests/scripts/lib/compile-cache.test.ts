import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileCache, indexBytes, parseIndex } from '../../../scripts/lib/compile-cache';
import { compilePage } from '../../../scripts/lib/compile-page';
import { readStatuses, stampAt } from '../../../scripts/lib/file-statuses';
import { placedInput } from '../../../scripts/lib/dataset-builder';
import type { InputFile } from '../../../scripts/lib/input-files';
import { page } from '../prebuild-process';

/** The stamp of the file at `path` taken now, as a run takes it. */
const stampOf = (path: string) => stampAt(readStatuses([path], true), 0);

const scratch = mkdtempSync(join(tmpdir(), 'faultline-compile-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COMPILER_A = 'a'.repeat(64);
const COMPILER_B = 'b'.repeat(64);

function cached(root: string, fingerprint: string, file: InputFile) {
  const cache = new CompileCache(root, fingerprint);
  const compiled = compilePage(file);
  cache.keepPage(file, compiled, compiled.staged.input && placedInput(compiled.staged.input, cache.vocabulary));
  expect(cache.save()).toBeNull();
}

describe('CompileCache', () => {
  const path = join(scratch, 'outage.txt');
  writeFileSync(path, page('Outage', '2021-01-01'));
  const file: InputFile = { root: scratch, path, source: 'outage.txt' };

  it('finds a page again under the compiler that compiled it, and under no other', () => {
    const root = join(scratch, 'fingerprints');
    cached(root, COMPILER_A, file);
    const again = new CompileCache(root, COMPILER_A).lookup(file, 'page', stampOf(path));
    expect(again).toMatchObject({ kind: 'page', source: 'outage.txt', input: { fields: { title: 'Outage' } } });
    expect(new CompileCache(root, COMPILER_B).lookup(file, 'page', stampOf(path))).toBeNull();
  });

  it('deletes the folders of other compilers once another compiler saves', () => {
    const root = join(scratch, 'pruned');
    cached(root, COMPILER_A, file);
    cached(root, COMPILER_B, file);
    expect(readdirSync(root)).toEqual([COMPILER_B.slice(0, 16)]);
  });

  it('finds a page moved to another path by its bytes, and not once they changed', () => {
    const root = join(scratch, 'moved');
    cached(root, COMPILER_A, file);
    const moved = join(scratch, 'moved.txt');
    writeFileSync(moved, page('Outage', '2021-01-01'));
    expect(new CompileCache(root, COMPILER_A).lookup({ ...file, path: moved }, 'page', stampOf(moved))).toMatchObject({ path: moved });
    writeFileSync(moved, page('Outage', '2021-01-02'));
    expect(new CompileCache(root, COMPILER_A).lookup({ ...file, path: moved }, 'page', stampOf(moved))).toBeNull();
  });

  it('finds nothing for a file whose stamp could not be taken', () => {
    const root = join(scratch, 'unstamped');
    cached(root, COMPILER_A, file);
    expect(new CompileCache(root, COMPILER_A).lookup(file, 'page', null)).toBeNull();
    expect(new CompileCache(root, COMPILER_A).lookup(file, 'page', stampOf(path))).not.toBeNull();
  });

  it('finds nothing for a file of another source name, or read as another kind', () => {
    const root = join(scratch, 'names');
    cached(root, COMPILER_A, file);
    expect(new CompileCache(root, COMPILER_A).lookup({ ...file, source: 'renamed.txt' }, 'page', stampOf(path))).toBeNull();
    expect(new CompileCache(root, COMPILER_A).lookup(file, 'csv', stampOf(path))).toBeNull();
  });

  it('never touches files in its folder that it did not write', () => {
    const root = join(scratch, 'foreign');
    cached(root, COMPILER_A, file);
    const folder = join(root, COMPILER_A.slice(0, 16));
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    writeFileSync(join(folder, 'records', 'notes.txt'), 'mine');
    cached(root, COMPILER_B, file);
    expect(existsSync(join(folder, 'notes.txt'))).toBe(true);
    expect(existsSync(join(folder, 'records', 'notes.txt'))).toBe(true);
  });

  it('clears the links of a spare a stopped run was making, once an hour old, and leaves a spare in place', () => {
    const root = join(scratch, 'spares');
    const making = (name: string, hoursAgo: number) => {
      const folder = join(root, name);
      mkdirSync(join(folder, 'incidents'), { recursive: true });
      writeFileSync(join(folder, 'incidents', 'fail-1.json'), '{}');
      const then = new Date(Date.now() - hoursAgo * 3_600_000);
      utimesSync(folder, then, then);
      return folder;
    };
    const stopped = making('dataset.abc123XY', 2);
    const running = making('dataset.def456XY', 0);
    const spare = making('dataset', 2);
    cached(root, COMPILER_A, file);
    expect(existsSync(stopped)).toBe(false);
    expect(existsSync(join(running, 'incidents', 'fail-1.json'))).toBe(true);
    expect(existsSync(join(spare, 'incidents', 'fail-1.json'))).toBe(true);
  });

});

describe('parseIndex', () => {
  const bytes = indexBytes([{ kind: 'csv', source: 'x.csv', path: '/x.csv', digest: 'd', stamp: { dev: 1n, ino: 2n, size: 3n, mtimeNs: 4n, ctimeNs: 5n, takenNs: 6n }, events: [] }], 'g1');

  it('reads back what was written', () => {
    const { generation, entries } = parseIndex(bytes);
    expect(generation).toBe('g1');
    expect([...entries.keys()]).toEqual(['x.csv']);
  });

  it('reads a cut-short or altered index as empty', () => {
    expect(parseIndex(bytes.subarray(0, bytes.length - 1)).entries.size).toBe(0);
    const altered = Buffer.from(bytes);
    altered[altered.length - 3] ^= 0xff;
    expect(parseIndex(altered).entries.size).toBe(0);
    expect(parseIndex(Buffer.alloc(0)).entries.size).toBe(0);
  });
});
