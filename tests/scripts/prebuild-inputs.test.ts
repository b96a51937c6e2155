import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completeDataset, contents, page, prebuild, writeFiles, writeReports } from './prebuild-process';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const reports = (name: string, titles: string[]) => writeReports(join(scratch, name), titles);

describe('inputs and output may not overlap (finding 15)', () => {
  const input = reports('in-b', ['Gamma Crash']);

  it('refuses --out inside --in, before writing anything there', () => {
    const before = contents(input);
    const run = prebuild(scratch, '--in', input, '--out', join(input, 'dataset'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^prebuild: refusing to write the dataset: --out .* is inside the input directory/);
    expect(contents(input)).toEqual(before);
    expect(readdirSync(input).sort()).toEqual(['0.txt']);
  });

  it('refuses --out that contains an --in', () => {
    const outer = join(scratch, 'outer');
    const inner = reports('outer/reports', ['Delta Leak']);
    const run = prebuild(scratch, '--in', inner, '--out', outer);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('contains the input directory');
    expect(readdirSync(outer)).toEqual(['reports']);
  });

  it('sees through symbolic links', () => {
    const link = join(scratch, 'link-to-in-b');
    symlinkSync(input, link);
    const run = prebuild(scratch, '--in', input, '--out', join(link, 'dataset'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is inside the input directory');
    expect(existsSync(join(input, 'dataset'))).toBe(false);
  });
});

describe('the commands that build keep a dataset built from other inputs (finding 5)', () => {
  // A project as a user has it: the bundled-style data/ and their own reports elsewhere.
  const project = join(scratch, 'app');
  writeFiles(project, { 'data/seed.txt': page('Bundled Seed', '2020-01-01') });
  const mine = reports('app/my-reports', ['Mine One', 'Mine Two', 'Mine Three']);
  const dataset = join(project, 'public/data');

  it('refuses to replace it when the inputs come from the defaults, as in npm run build', () => {
    const first = prebuild(project, '--in', mine, '--out', 'public/data');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('npm start, npm run build and npm run dev build from data: list these folders under "in" in faultline.config.json');
    // npm runs the prebuild script, without arguments, before `build`, `dev` and `start`.
    const run = prebuild(project);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('refusing to replace public/data: it was built from my-reports, and this run reads data');
    expect(run.stderr).toContain('faultline.config.json');
    expect(completeDataset(dataset).titles).toEqual(['Mine One', 'Mine Two', 'Mine Three']);
  });

  it('builds from the inputs listed once in faultline.config.json', () => {
    writeFileSync(join(project, 'faultline.config.json'), JSON.stringify({ in: ['my-reports'] }));
    const run = prebuild(project);
    expect(run.code).toBe(0);
    expect(completeDataset(dataset).titles).toEqual(['Mine One', 'Mine Two', 'Mine Three']);
    rmSync(join(project, 'faultline.config.json'));
  });

  it('replaces it when told to, saying what it replaces', () => {
    const run = prebuild(project, '--force');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('replacing public/data, built from my-reports, with a build of data');
    expect(completeDataset(dataset).titles).toEqual(['Bundled Seed']);
  });

  it('refuses a config file it does not understand', () => {
    writeFileSync(join(project, 'faultline.config.json'), JSON.stringify({ input: ['my-reports'] }));
    const run = prebuild(project);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('faultline.config.json is not a Faultline config');
    rmSync(join(project, 'faultline.config.json'));
  });
});
