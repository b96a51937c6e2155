import { describe, expect, it } from 'vitest';
import { groupOrganizations } from '../../../scripts/lib/organization-groups';
import { parseOrganizationAliases } from '../../../scripts/lib/organization-aliases';

const named = (names: string[], incidents: number[], aliases = {}) => {
  const { groups, groupOf } = groupOrganizations(names, incidents, aliases);
  return { groups: groups.map((g) => ({ ...g, variants: g.variants.map((v) => names[v]) })), groupOf };
};

describe('groupOrganizations', () => {
  it('names an organization after the variant most incidents write', () => {
    const { groups } = named(['Boeing Co', 'Boeing', 'The Boeing Company'], [1, 3, 2]);
    expect(groups).toEqual([{ key: 'boeing', name: 'Boeing', variants: ['Boeing Co', 'Boeing', 'The Boeing Company'] }]);
  });

  it('breaks a tie with the shorter name, then code-unit order, whatever the input order', () => {
    expect(named(['Google as a company', 'Google'], [1, 1]).groups[0].name).toBe('Google');
    expect(named(['Google', 'Google as a company'], [1, 1]).groups[0].name).toBe('Google');
    expect(named(['acme', 'Acme'], [2, 2]).groups[0].name).toBe('Acme');
    expect(named(['Acme', 'acme'], [2, 2]).groups[0].name).toBe('Acme');
  });

  it('joins a bracketed abbreviation with the name alone and the abbreviation alone', () => {
    const { groups } = named(['SRLabs', 'Security Research Labs (SRLabs)', 'Security Research Labs'], [1, 1, 1]);
    expect(groups).toHaveLength(1);
    expect(groups[0].variants).toHaveLength(3);
  });

  it('lists organizations by key and gives every name its organization', () => {
    const { groups, groupOf } = named(['Zeta', 'Alpha Inc', 'alpha'], [1, 1, 1]);
    expect(groups.map((g) => g.key)).toEqual(['alpha', 'zeta']);
    expect(groupOf).toEqual([1, 0, 0]);
  });

  it('joins what the alias file lists under its canonical name, which names the organization', () => {
    const { groups } = named(['The Pentagon', 'Department of Defense', 'DoD'], [5, 1, 1], { 'US Department of Defense': ['Pentagon', 'DoD', 'Department of Defense'] });
    expect(groups).toEqual([{ key: 'us department of defense', name: 'US Department of Defense', variants: ['The Pentagon', 'Department of Defense', 'DoD'] }]);
  });

  it('never joins organizations the alias file does not name', () => {
    const { groups } = named(['Google', 'Users of Google Photos'], [1, 1], { Alphabet: ['Google'] });
    expect(groups.map((g) => [g.name, g.variants])).toEqual([
      ['Alphabet', ['Google']],
      ['Users of Google Photos', ['Users of Google Photos']],
    ]);
  });
});

describe('parseOrganizationAliases', () => {
  it('reads canonical names and their variants, noting what it read', () => {
    const parsed = parseOrganizationAliases('{\n  "Department of Defense": ["The Pentagon", "DoD"]\n}\n');
    expect(parsed.usable).toBe(true);
    expect(parsed.aliases).toEqual({ 'Department of Defense': ['The Pentagon', 'DoD'] });
    expect(parsed.diagnostics).toEqual([{ level: 'info', message: 'organization aliases: 1 organizations, 2 variants', line: null }]);
  });

  it('reports text that is not JSON with its line, and uses none of it', () => {
    const parsed = parseOrganizationAliases('{\n  "A": ["B"],\n  "C": ["D"\n}\n');
    expect(parsed.usable).toBe(false);
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ level: 'error', line: 4 });
    expect(parsed.diagnostics[0].message).toMatch(/^not JSON: /);
  });

  it.each([
    ['an array', '["Google"]'],
    ['a string', '"Google"'],
    ['null', 'null'],
  ])('refuses %s, which is not a list of organizations', (_, text) => {
    const parsed = parseOrganizationAliases(text);
    expect(parsed.usable).toBe(false);
    expect(parsed.diagnostics[0]).toEqual({ level: 'error', message: 'expected an object of canonical name → list of variants', line: 1 });
  });

  it('leaves out a broken entry with its line and keeps the others', () => {
    const text = '{\n  "Acme": ["Acme Inc"],\n  "Bad": "not a list",\n  "Worse": [\n    "ok",\n    ""\n  ]\n}';
    const parsed = parseOrganizationAliases(text);
    expect(parsed.aliases).toEqual({ Acme: ['Acme Inc'] });
    const errors = parsed.diagnostics.filter((d) => d.level === 'error');
    expect(errors.map((d) => [d.line, d.message.slice(0, 8)])).toEqual([
      [3, '“Bad” le'],
      [6, '“Worse” '],
    ]);
  });

  it('warns when one variant is listed under two names', () => {
    const parsed = parseOrganizationAliases('{\n  "Alphabet": ["Google"],\n  "Google LLC": ["google"]\n}');
    expect(parsed.diagnostics.filter((d) => d.level === 'warning')).toEqual([
      { level: 'warning', message: '“google” is listed under both “Alphabet” and “Google LLC”, so they are one organization', line: 3 },
    ]);
  });
});
