import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completeDataset, contents, prebuild, writeFiles, writeReports } from './prebuild-process';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const reports = (name: string, titles: string[]) => writeReports(join(scratch, name), titles);

describe('the output directory keeps what is not the prebuild’s (findings 1, 2)', () => {
  const input = reports('in-a', ['Alpha Outage', 'Beta Breach']);

  it('never touches a folder of the user named like the output with .partial', () => {
    const notes = writeFiles(join(scratch, 'victim.partial'), { 'notes.txt': 'my notes', 'sub/more.txt': 'more' });
    const run = prebuild(scratch, '--in', input, '--out', join(scratch, 'victim'));
    expect(run.code).toBe(0);
    expect(contents(notes)).toEqual({ 'notes.txt': 'my notes', 'sub/more.txt': 'more' });
    expect(completeDataset(join(scratch, 'victim')).titles).toEqual(['Alpha Outage', 'Beta Breach']);
  });

  it('refuses a folder that holds a build-report.json among files of the user', () => {
    const folder = writeFiles(join(scratch, 'project'), { 'build-report.json': '{}', 'important.txt': 'keep', 'src/main.c': 'int main;' });
    const run = prebuild(scratch, '--in', input, '--out', folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^prebuild: refusing to replace .*project: it holds files the prebuild did not write: important\.txt, src\//);
    expect(contents(folder)).toEqual({ 'build-report.json': '{}', 'important.txt': 'keep', 'src/main.c': 'int main;' });
  });

  it('refuses a folder with the dataset’s file names but no marker of the prebuild', () => {
    const folder = writeFiles(join(scratch, 'lookalike'), { 'build-report.json': '{}', 'index.json': '{}', 'incidents/a.json': '{}' });
    const run = prebuild(scratch, '--in', input, '--out', folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('it has no .faultline-dataset.json');
    expect(Object.keys(contents(folder)).sort()).toEqual(['build-report.json', 'incidents/a.json', 'index.json']);
  });

  it('refuses a dataset into which the user has put a file of their own', () => {
    const out = join(scratch, 'annotated');
    expect(prebuild(scratch, '--in', input, '--out', out).code).toBe(0);
    writeFileSync(join(out, 'incidents', 'my-notes.txt'), 'notes');
    const run = prebuild(scratch, '--in', input, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('incidents/my-notes.txt');
    expect(readFileSync(join(out, 'incidents', 'my-notes.txt'), 'utf8')).toBe('notes');
  });

  it('refuses --out equal to --in and leaves the reports as they were', () => {
    const before = contents(input);
    const run = prebuild(scratch, '--in', input, '--out', input);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is the input directory itself');
    expect(contents(input)).toEqual(before);
  });
});
