import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { plainIndex } from '../analysis/plain-index';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildReportSchema } from '../../src/domain/schema';
import { readIndexIn } from '../testing/real-dataset';
import { prebuild, writeFiles } from './prebuild-process';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-organizations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const withOrganizations = (title: string, responsible: string, impacted: string) =>
  `Incident: ${title}\n\nPublished Date: 2021-05-06\n\nPostmortem Analysis\nTimeline 1. It happened [1].\n` +
  `Responsible Organization 1. ${responsible} [1].\nImpacted Organization 1. ${impacted} [1].\n\n` +
  'Software Taxonomy of Faults\n\nCategory Option Rationale\nPhase (Design/Operation) design (a) Because [1].\n';

const reports = {
  'a.txt': withOrganizations('Outage A', 'The Pentagon', 'Boeing Co'),
  'b.txt': withOrganizations('Outage B', 'Boeing', 'Department of Defense'),
  'c.txt': withOrganizations('Outage C', 'Boeing', 'Boeing'),
};

function build(name: string, aliases: string | null) {
  const input = writeFiles(join(scratch, name), aliases === null ? reports : { ...reports, 'organization-aliases.json': aliases });
  const out = join(scratch, `${name}-out`);
  const run = prebuild(scratch, '--in', input, '--out', out);
  const indexBytes = Buffer.concat([readFileSync(join(out, 'index-columns.bin')), readFileSync(join(out, 'index.json'))]);
  return {
    run,
    indexBytes,
    index: readIndexIn(out),
    report: BuildReportSchema.parse(JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8'))),
  };
}

describe('organizations in the prebuild', () => {
  it('groups variants, keeps each incident\'s roles and the names as written', () => {
    const { index, run } = build('plain', null);
    expect(run.code).toBe(0);
    const { names, keys, values, of, rows, roles } = plainIndex(index).organizations;
    expect(names).toEqual(['Boeing', 'Department of Defense', 'The Pentagon']);
    expect(keys).toEqual(['boeing', 'department of defense', 'pentagon']);
    expect(values).toEqual(['The Pentagon', 'Boeing Co', 'Boeing', 'Department of Defense']);
    expect(of).toEqual([2, 0, 0, 1]);
    expect(rows).toEqual([[0, 1], [2, 3], [2]]);
    expect(roles).toEqual([[1, 2], [1, 2], [3]]);
  });

  it('reads the alias file as aliases, not as a report, and lists it in the build report', () => {
    const { index, report, run } = build('aliased', '{\n  "US Department of Defense": ["Pentagon", "Department of Defense"]\n}\n');
    expect(run.code).toBe(0);
    expect(index.count).toBe(3);
    expect(index.organizations.names).toEqual(['Boeing', 'US Department of Defense']);
    expect(report.inputs.find((i) => i.source === 'organization-aliases.json')).toEqual({
      source: 'organization-aliases.json',
      status: 'ok',
      incident: null,
      diagnostics: [{ level: 'info', message: 'organization aliases: 1 organizations, 2 variants', line: null }],
    });
  });

  it('skips a broken alias file with its line and reason, and still builds', () => {
    const { index, report, run } = build('broken', '{\n  "Boeing": ["Boeing Co",]\n}\n');
    expect(run.code).toBe(0);
    expect(index.count).toBe(3);
    const entry = report.inputs.find((i) => i.source === 'organization-aliases.json');
    expect(entry?.status).toBe('skipped');
    expect(entry?.diagnostics[0]).toMatchObject({ level: 'error', line: 2 });
    expect(run.stdout).toContain('skipped organization-aliases.json: not JSON');
  });

  it('writes the same index for the same input', () => {
    const aliases = '{ "Boeing Company": ["Boeing"] }';
    expect(build('again-1', aliases).indexBytes.equals(build('again-2', aliases).indexBytes)).toBe(true);
  });
});
