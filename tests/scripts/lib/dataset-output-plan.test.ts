import { describe, expect, it } from 'vitest';
import { markerText } from '../../../scripts/lib/dataset-marker';
import {
  classifyOutput,
  type DirEntry,
  type Leftover,
  leftoverPrefix,
  markerFor,
  otherInputs,
  overlapProblem,
  parseLeftover,
  planRecovery,
} from '../../../scripts/lib/dataset-output-plan';

const file = (name: string): DirEntry => ({ name, kind: 'file' });
const dir = (name: string): DirEntry => ({ name, kind: 'directory' });
const marker = (records: number) => markerText(markerFor('/p/public/data', ['/p/data'], records));
const dataset = [file('.faultline-dataset.json'), file('index-columns.bin'), file('index.json'), file('search-words.bin'), file('search-postings-0000.bin'), file('search-postings-0001.bin'), file('build-report.json'), file('schema.json'), dir('incidents')];

describe('classifyOutput', () => {
  it('replaces nothing but a marked dataset of the prebuild’s files, or an empty directory', () => {
    expect(classifyOutput(null)).toEqual({ kind: 'absent' });
    expect(classifyOutput({ entries: [], records: null, marker: null })).toEqual({ kind: 'empty' });
    expect(classifyOutput({ entries: dataset, records: [file('a.json'), file('fail-2.json')], marker: marker(2) })).toMatchObject({ kind: 'dataset' });
    expect(classifyOutput({ entries: [...dataset, file('search.json')], records: [file('a.json')], marker: marker(1) })).toMatchObject({ kind: 'dataset' });
  });

  it.each([
    ['a file of the user', [...dataset, file('notes.txt')], [file('a.json')], marker(1), 'did not write: notes.txt'],
    ['a file named almost like a shard', [...dataset, file('search-postings-1.bin')], [file('a.json')], marker(1), 'did not write: search-postings-1.bin'],
    ['a folder of the user', [...dataset, dir('src')], [file('a.json')], marker(1), 'did not write: src/'],
    ['a non-record in incidents/', dataset, [file('a.json'), file('A.JSON')], marker(2), 'incidents/A.JSON'],
    ['a folder in incidents/', dataset, [dir('x.json')], marker(1), 'incidents/x.json/'],
    ['no marker', dataset.slice(1), [file('a.json')], null, 'has no .faultline-dataset.json'],
    ['a marker of something else', dataset, [file('a.json')], '{"format":"other"}', 'is not one this prebuild'],
    ['a record more than the marker names', dataset, [file('a.json'), file('b.json')], marker(1), 'holds 2 files where'],
  ])('refuses a directory with %s', (_, entries, records, text, reason) => {
    const state = classifyOutput({ entries, records, marker: text });
    expect(state.kind).toBe('foreign');
    expect(state.kind === 'foreign' && state.reason).toContain(reason);
  });

  it('names at most three foreign files and counts the rest', () => {
    const state = classifyOutput({ entries: ['a', 'b', 'c', 'd', 'e'].map(file), records: null, marker: null });
    expect(state.kind === 'foreign' && state.reason).toMatch(/: a, b, c and 2 more$/);
  });
});

describe('overlapProblem', () => {
  it.each([
    [['/p/data'], '/p/data', 'is the input directory itself'],
    [['/p/data'], '/p/data/out', 'is inside the input directory /p/data'],
    [['/p/a', '/p/out/reports'], '/p/out', 'contains the input directory /p/out/reports'],
  ])('refuses inputs %j with --out %s', (inputs, out, problem) => {
    expect(overlapProblem(inputs, out)).toContain(problem);
  });

  it('accepts siblings, including names that only start alike', () => {
    expect(overlapProblem(['/p/data'], '/p/public/data')).toBeNull();
    expect(overlapProblem(['/p/data'], '/p/data-out')).toBeNull();
    expect(overlapProblem(['/p/..data'], '/p/out')).toBeNull();
  });
});

describe('the marker’s inputs', () => {
  it('records inputs relative to the dataset and finds them again in any order', () => {
    const written = markerFor('/p/public/data', ['/p/data', '/p/more'], 3);
    expect(written.inputs).toEqual(['../../data', '../../more']);
    expect(otherInputs(written, '/p/public/data', ['/p/more', '/p/data'])).toBeNull();
    expect(otherInputs(written, '/p/public/data', ['/p/data'])).toEqual(['/p/data', '/p/more']);
  });
});

describe('leftovers beside the output', () => {
  it('recognises only names made with the prefix and a random part', () => {
    expect(parseLeftover('data', `${leftoverPrefix('data', 'tmp', 42)}Ab12Cd`)).toEqual({ role: 'tmp', pid: 42 });
    expect(parseLeftover('data', `${leftoverPrefix('data', 'old', 7)}zzzzzz`)).toEqual({ role: 'old', pid: 7 });
    expect(parseLeftover('data', '.data.faultline-tmp-mine')).toBeNull();
    expect(parseLeftover('data', 'data.partial')).toBeNull();
    expect(parseLeftover('data', `${leftoverPrefix('other', 'tmp', 42)}Ab12Cd`)).toBeNull();
    expect(parseLeftover('d.t', `${leftoverPrefix('dxt', 'tmp', 42)}Ab12Cd`)).toBeNull();
    expect(parseLeftover('data', '.data.faultline-tmp-0-Ab12Cd')).toBeNull();
  });

  const leftover = (name: string, role: Leftover['role'], alive = false, complete = false): Leftover => ({ name, role, alive, complete });

  it('puts back the one whole dataset left aside when none is in place', () => {
    const plan = planRecovery(false, [leftover('old', 'old', false, true), leftover('tmp', 'tmp'), leftover('lock', 'lock')]);
    expect(plan).toEqual({ restore: 'old', remove: ['tmp', 'lock'] });
  });

  it('removes what was left aside once a dataset is in place', () => {
    expect(planRecovery(true, [leftover('old', 'old', false, true)])).toEqual({ restore: null, remove: ['old'] });
  });

  it('leaves the work of a running process alone', () => {
    expect(planRecovery(true, [leftover('tmp', 'tmp', true), leftover('old', 'old', true, true)])).toEqual({ restore: null, remove: [] });
  });

  it('keeps two whole datasets left aside for a person to choose between', () => {
    const plan = planRecovery(false, [leftover('a', 'old', false, true), leftover('b', 'old', false, true), leftover('c', 'old')]);
    expect(plan).toEqual({ restore: null, remove: ['c'] });
  });
});
