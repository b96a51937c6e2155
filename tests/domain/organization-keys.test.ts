import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupOrganizations } from '../../scripts/lib/organization-groups';
import { organizationKey, organizationKeys } from '../../src/domain/organization-keys';
import { parseFailCsv } from '../../scripts/lib/parse-fail-csv';
import { parseReport } from '../../scripts/lib/parse-report';

describe('organizationKey', () => {
  it.each([
    ['case, spacing and punctuation', 'GOOGLE,  Inc.', 'Google'],
    ['a leading "The" and a trailing "company"', 'The New York Times company', 'New York Times'],
    ['a trailing "Co"', 'Boeing Co', 'Boeing'],
    ['"as a company"', 'Google as a company', 'Google'],
    ['chained legal forms', 'Acme Company Ltd.', 'Acme'],
    ['"Corp", "LLC" and "plc"', 'Contoso Corp', 'Contoso LLC'],
    ['a final possessive', "Google's", 'Google'],
    ['a curly apostrophe', 'Boston Children’s Hospital', "Boston Children's Hospital"],
    ['compatibility forms', 'Ｔｅｓｌａ', 'Tesla'],
  ])('folds away %s', (_, a, b) => {
    expect(organizationKey(a)).toBe(organizationKey(b));
  });

  it.each([
    ['a possessive inside the name', "Google's DoubleClick Ad Exchange", 'Google'],
    ['users of a product', 'Users of Google Photos', 'Google'],
    ['owners of a product', 'Owners of Tesla vehicles in China', 'Tesla'],
    ['a description in brackets', 'Boat tour company (River Adventures)', 'River Adventures'],
    ['symbols that are part of a name', 'AT&T', 'AT T'],
    ['a different product line', "Sony's PlayStation console", 'Sony'],
  ])('keeps apart %s', (_, a, b) => {
    expect(organizationKey(a)).not.toBe(organizationKey(b));
  });

  it('files a bracketed abbreviation as an alias of the name', () => {
    expect(organizationKeys('Security Research Labs (SRLabs)')).toEqual(['security research labs', 'srlabs']);
    expect(organizationKeys('Department of Defense (DoD)')).toEqual(['department of defense', 'dod']);
  });

  it('keeps brackets that abbreviate nothing inside the name', () => {
    expect(organizationKeys('Department of Defense (USA)')).toEqual(['department of defense usa']);
  });

  it('keeps a legal form that is the whole name', () => {
    expect(organizationKey('The Company')).toBe('company');
    expect(organizationKey('Co')).toBe('co');
  });

  it('never gives an empty key', () => {
    expect(organizationKey('...')).toBe('...');
    expect(organizationKey('The')).toBe('the');
  });
});

/** Every organization name the bundled reports give, with how many incidents write it. */
async function bundledNames(): Promise<{ names: string[]; incidents: number[] }> {
  const counts = new Map<string, number>();
  const add = (names: readonly string[]) => names.forEach((name) => counts.set(name, (counts.get(name) ?? 0) + 1));
  const reports = join(__dirname, '../../data/reports');
  for (const file of readdirSync(reports).filter((f) => f.endsWith('.txt'))) {
    const { draft } = parseReport(readFileSync(join(reports, file), 'utf8'));
    if (draft !== null) add(draft.organizations);
  }
  const text = readFileSync(join(__dirname, '../../data/fail-export/incident_data.csv'), 'utf8');
  for await (const { draft } of parseFailCsv((async function* () {
    yield text;
  })())) {
    if (draft !== null) add(draft.organizations);
  }
  return { names: [...counts.keys()], incidents: [...counts.values()] };
}

describe('the bundled reports', async () => {
  const { names, incidents } = await bundledNames();
  const { groups } = groupOrganizations(names, incidents, {});
  const groupNamed = (name: string) => groups.find((g) => g.variants.some((v) => names[v] === name));
  const variantsOf = (name: string) => groupNamed(name)?.variants.map((v) => names[v]).sort();

  it('joins "Google" and "Google as a company" under "Google"', () => {
    expect(variantsOf('Google as a company')).toEqual(['Google', 'Google as a company']);
    expect(groupNamed('Google')?.name).toBe('Google');
  });

  it('keeps Google\'s products, its users and other Google-like names apart from Google', () => {
    for (const other of ["Google's DoubleClick Ad Exchange", 'Users of Google Photos', 'DoubleClick']) {
      expect(variantsOf(other)).toEqual([other]);
    }
  });

  it('keeps every other bundled name its own organization', () => {
    const joined = groups.filter((g) => g.variants.length > 1).map((g) => g.name);
    expect(joined).toEqual(['Google']);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });
});
