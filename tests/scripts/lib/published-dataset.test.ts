import { mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompileCache, readPublished } from '../../../scripts/lib/compile-cache';
import type { InputFile } from '../../../scripts/lib/input-files';
import { datasetFiles, inputStates, isPublishedDataset, publishedDataset, upToDate } from '../../../scripts/lib/published-dataset';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-published-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FINGERPRINT = 'c'.repeat(64);
const input = join(scratch, 'in');
const dataset = join(scratch, 'out');
const files: InputFile[] = ['a.txt', 'b.txt'].map((name) => ({ root: input, path: join(input, name), source: name }));

beforeAll(async () => {
  mkdirSync(input);
  for (const file of files) writeFileSync(file.path, `report ${file.source}\n`);
  mkdirSync(join(dataset, 'incidents'), { recursive: true });
  writeFileSync(join(dataset, 'index.json'), '{}\n');
  writeFileSync(join(dataset, 'incidents', 'x.json'), '{}\n');
  // A stamp is trusted only once its file has been left alone for a few seconds.
  await new Promise((done) => setTimeout(done, 3500));
}, 10_000);

const published = () => publishedDataset(dataset, inputStates(files), datasetFiles(dataset));

describe('a published dataset', () => {
  it('is up to date while its inputs and files are as they were', () => {
    const kept = published();
    expect(kept).not.toBeNull();
    expect(upToDate(kept!, dataset, inputStates(files))).toBe(true);
  });

  it('is not up to date for another target, another list of inputs, or an input that cannot be read', () => {
    const kept = published()!;
    expect(upToDate(kept, join(scratch, 'elsewhere'), inputStates(files))).toBe(false);
    expect(upToDate(kept, dataset, inputStates(files.slice(1)))).toBe(false);
    expect(upToDate(kept, dataset, inputStates([...files].reverse()))).toBe(false);
    expect(upToDate(kept, dataset, inputStates([files[0], { ...files[1], path: join(input, 'gone.txt') }]))).toBe(false);
  });

  it('is not up to date once a file of the dataset is written again, added or removed', () => {
    const kept = published()!;
    writeFileSync(join(dataset, 'incidents', 'y.json'), '{}\n');
    expect(upToDate(kept, dataset, inputStates(files))).toBe(false);
    rmSync(join(dataset, 'incidents', 'y.json'));
    expect(upToDate(kept, dataset, inputStates(files))).toBe(true);
    rmSync(join(dataset, 'index.json'));
    writeFileSync(join(dataset, 'index.json'), '{}\n');
    expect(upToDate(kept, dataset, inputStates(files))).toBe(false);
  });

  it('is not kept when an input could not be read', () => {
    expect(publishedDataset(dataset, inputStates([...files, { root: input, path: join(input, 'gone.txt'), source: 'gone.txt' }]), datasetFiles(dataset))).toBeNull();
    expect(publishedDataset(dataset, inputStates([{ ...files[0], problem: 'directory cannot be read' }]), datasetFiles(dataset))).toBeNull();
  });

  it('takes the identities it is given for files it need not read', () => {
    const known = new Map([['incidents/x.json', { ino: 1n, size: 2n, mtimeNs: 3n }]]);
    expect(datasetFiles(dataset, known).get('incidents/x.json')).toEqual({ ino: 1n, size: 2n, mtimeNs: 3n });
    expect(datasetFiles(dataset).get('incidents/x.json')?.size).toBe(3n);
  });
});

describe('the compile cache', () => {
  it('gives back what it kept of a published dataset, for that dataset and compiler only', () => {
    const root = join(scratch, 'cache');
    const cache = new CompileCache(root, FINGERPRINT);
    expect(cache.keepPublished(published()!)).toBeNull();
    const read = readPublished(root, FINGERPRINT, dataset);
    expect(read !== null && isPublishedDataset(read)).toBe(true);
    expect(upToDate(read!, dataset, inputStates(files))).toBe(true);
    expect(readPublished(root, FINGERPRINT, join(scratch, 'elsewhere'))).toBeNull();
    expect(readPublished(root, 'd'.repeat(64), dataset)).toBeNull();
  });

  it('gives back nothing of a damaged file', () => {
    const root = join(scratch, 'damaged');
    const cache = new CompileCache(root, FINGERPRINT);
    expect(cache.keepPublished(published()!)).toBeNull();
    const folder = join(root, FINGERPRINT.slice(0, 16));
    const file = join(folder, readdirSync(folder).find((name) => name.startsWith('published-'))!);
    truncateSync(file, statSync(file).size - 1);
    expect(readPublished(root, FINGERPRINT, dataset)).toBeNull();
  });
});
