import { describe, expect, it } from 'vitest';
import {
  extractCitations,
  organizationName,
  organizationNames,
  organizationRoles,
  parseDate,
  parseItems,
  safeHttpUrl,
  stripCitations,
} from '../../../scripts/lib/text';

describe('extractCitations', () => {
  it.each([
    ['a plain id', 'exposed [89060].', ['89060']],
    ['an "Article" prefix', 'impacted [Article 89060].', ['89060']],
    ['a hash', 'outlet) [#4540]', ['4540']],
    ['a list of plain ids', 'see [3663, 3710]', ['3663', '3710']],
    ['a list with "Articles"', 'see [Articles 89060, 89061]', ['89060', '89061']],
    ['a list of "Article" ids', 'see [Article 1, Article 2]', ['1', '2']],
    ['a list of hashes', 'see [#1; #2 & #3]', ['1', '2', '3']],
    ['spaces inside the brackets', 'see [ 42 ]', ['42']],
  ])('reads %s', (_, text, ids) => {
    expect(extractCitations(text)).toEqual(ids);
  });

  it('keeps the order of first mention and drops repeats', () => {
    expect(extractCitations('[2] then [1] then [2, 3] and [Article 1]')).toEqual(['2', '1', '3']);
  });

  it.each([
    ['words', '[a]'],
    ['an id glued to a letter', '[a3710]'],
    ['hashes without digits', '[#, #]'],
    ['a link label', '[see here]'],
    ['an unclosed bracket', 'cut [89060'],
  ])('ignores %s', (_, text) => {
    expect(extractCitations(text)).toEqual([]);
  });

  it('reads the innermost of nested brackets', () => {
    expect(extractCitations('[see [1] and [2, x]]')).toEqual(['1']);
  });

  it('reads a citation list up to its bound and ignores a longer one', () => {
    expect(extractCitations(`[${Array.from({ length: 30 }, (_, i) => i + 1).join(', ')}]`)).toHaveLength(30);
    expect(extractCitations(`[${'1, '.repeat(1000)}1]`)).toEqual([]);
  });

  it('survives a megabyte-long unterminated list without overflowing the stack', () => {
    expect(extractCitations(`[${'1,'.repeat(2_000_000)}`)).toEqual([]);
    expect(extractCitations(`${'['.repeat(1_000_000)}7]`)).toEqual(['7']);
  });
});

describe('stripCitations', () => {
  it('removes every citation form and tidies the spacing around punctuation', () => {
    expect(stripCitations('MoviePass [89060]. Users [Article 1, Article 2] ,  and [#4540] more  ')).toBe(
      'MoviePass. Users, and more',
    );
  });

  it('keeps brackets that are not citations', () => {
    expect(stripCitations('Play.com [online retailer]')).toBe('Play.com [online retailer]');
  });

  it('handles a long run of spaces', () => {
    expect(stripCitations(`a${' '.repeat(1_000_000)}b`)).toBe('a b');
  });
});

describe('parseItems', () => {
  it('splits a numbered list flattened onto one line', () => {
    expect(parseItems('1. First [1]. 2. Second [Article 2] 3. Third')).toEqual([
      { text: 'First [1].', citations: ['1'] },
      { text: 'Second [Article 2]', citations: ['2'] },
      { text: 'Third', citations: [] },
    ]);
  });

  it('splits a list written on several lines, whatever the line endings', () => {
    const items = [{ text: 'One', citations: [] }, { text: 'Two', citations: [] }];
    expect(parseItems('1. One\n2. Two')).toEqual(items);
    expect(parseItems('1. One\r\n2. Two\r\n')).toEqual(items);
    expect(parseItems('1. One\r2. Two')).toEqual(items);
  });

  it('keeps text before "1." as an item of its own', () => {
    expect(parseItems('The system that failed is: 1. the database [80997]').map((i) => i.text)).toEqual([
      'The system that failed is:',
      'the database [80997]',
    ]);
  });

  it('splits only on markers that continue the sequence', () => {
    expect(parseItems('1. Upgraded to version 3. It broke 2. Rolled back').map((i) => i.text)).toEqual([
      'Upgraded to version 3. It broke',
      'Rolled back',
    ]);
  });

  it('does not split on decimals such as "1.8m"', () => {
    expect(parseItems('1. About 1.8m users 2. Lost 2.5 hours').map((i) => i.text)).toEqual([
      'About 1.8m users',
      'Lost 2.5 hours',
    ]);
  });

  it('makes one item of unnumbered text and none of blank text', () => {
    expect(parseItems('MoviePass [89060]')).toEqual([{ text: 'MoviePass [89060]', citations: ['89060'] }]);
    expect(parseItems('  \n\t ')).toEqual([]);
  });

  it('tidies the lines inside an item, dropping blank ones', () => {
    expect(parseItems('1.  first line  \n\n   second line\t\n2. next')[0].text).toBe('first line\nsecond line');
  });

  it('handles a long run of spaces inside an item', () => {
    expect(parseItems(`1. a${' '.repeat(1_000_000)}b`)).toHaveLength(1);
  });
});

describe('organizationName', () => {
  it.each([
    ['a bare name with a citation', 'MoviePass [89060]', 'MoviePass'],
    ['a name explained after a dash', 'Boat owners - they lost their boats', 'Boat owners'],
    ['a name explained after a colon', 'Upgrade process: The software failure incident', 'Upgrade process'],
    ['trailing punctuation', 'Users of the parenting site Mumsnet [81330].', 'Users of the parenting site Mumsnet'],
    ['runs of whitespace', 'Play.com \n  customers', 'Play.com customers'],
  ])('shortens %s', (_, item, name) => {
    expect(organizationName(item)).toBe(name);
  });

  it.each([
    ['an apposition after a comma', 'SenseNets, the Chinese facial recognition company, was responsible', 'SenseNets'],
    ['a person described after a comma', 'George Hotz, a hacker who extracted the master key', 'George Hotz'],
    ['a clause after the name', 'Customers of MoviePass were impacted by the software failure incident', 'Customers of MoviePass'],
    ['a relative clause', 'Hackers who deployed the ransomware on the City of Atlanta', 'Hackers'],
    ['a company suffix kept whole', 'Boeing Co', 'Boeing Co'],
  ])('keeps the name from %s', (_, item, name) => {
    expect(organizationName(item)).toBe(name);
  });

  it('names no organization for a sentence about the incident itself', () => {
    expect(organizationName('The software failure incident was caused by a fault in the software [104834].')).toBe('');
  });

  it('keeps a long name whole: exports carry it as written, and only the screen may shorten it', () => {
    const item = 'Users of nearly a dozen Asus routers including RT-AC66R RT-AC66U RT-N66R RT-N66U RT-AC56U';
    expect(organizationName(item)).toBe(item);
  });

  it('handles a long run of punctuation, keeping it whole', () => {
    const item = `a${'.'.repeat(200_000)}b`;
    expect(organizationName(item)).toBe(item);
  });

  it('lists distinct names of both lists in order, skipping empty ones', () => {
    const item = (text: string) => ({ text, citations: [] });
    const responsible = [item('MoviePass [1]'), item('[2]')];
    const impacted = [item('Customers - lost data'), item('MoviePass')];
    expect(organizationNames(responsible, impacted)).toEqual(['MoviePass', 'Customers']);
  });
});

describe('parseDate', () => {
  it.each([
    ['an ISO date', '2019-08-22', '2019-08-22'],
    ['an ISO date with single digits', '2019-8-5', '2019-08-05'],
    ['a timestamp with a zone, as written', '2020-09-18 23:30:00-05:00', '2020-09-18'],
    ['a T timestamp', '2020-09-18T07:00:00Z', '2020-09-18'],
    ['surrounding spaces', '  2011-03-22  ', '2011-03-22'],
    ['month first', 'August 22, 2019', '2019-08-22'],
    ['an abbreviated month', 'Aug. 22, 2019', '2019-08-22'],
    ['a four-letter abbreviation', 'Sept 5 2019', '2019-09-05'],
    ['day first', '22 August 2019', '2019-08-22'],
    ['a leap day', '2020-02-29', '2020-02-29'],
  ])('reads %s', (_, text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each([
    ['an empty string', ''],
    ['words', 'last Tuesday'],
    ['an impossible day', '2019-02-30'],
    ['a non-leap 29 February', '2019-02-29'],
    ['month 13', '2019-13-01'],
    ['a year before 1900', '1899-12-31'],
    ['a two-digit year', '0019-01-01'],
    ['trailing digits', '2019-08-221'],
    ['an unknown month', 'Smarch 3, 2019'],
    ['a two-letter month', 'Ma 3, 2019'],
    ['a five-digit year', 'August 22, 20190'],
  ])('rejects %s', (_, text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://techcrunch.com/2018/02/05/mixpanel-passwords/'],
    ['http://example.com'],
    ['HTTPS://EXAMPLE.COM/a?b=c#d'],
  ])('keeps %s', (url) => {
    expect(safeHttpUrl(url)).toBe(url);
  });

  it('trims surrounding whitespace', () => {
    expect(safeHttpUrl('  https://example.com/x  ')).toBe('https://example.com/x');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: dressed as a path', 'javascript://example.com/%0Aalert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['ftp:', 'ftp://example.com/file'],
    ['a relative path', '/2018/02/05/x'],
    ['a URL with a space', 'https://exa mple.com'],
    ['a URL with markup', 'https://example.com/"><script>'],
    ['a scheme without a host', 'https://'],
    ['an unparseable host', 'http://[::1'],
    ['an empty string', ''],
  ])('rejects %s', (_, text) => {
    expect(safeHttpUrl(text)).toBeNull();
  });
});

describe('organizationRoles', () => {
  const items = (...texts: string[]) => texts.map((text) => ({ text, citations: [] }));

  it('says per name whether the report blames it, counts it as impacted, or both', () => {
    const responsible = items('Acme Corp was responsible for the bug [1].', 'Beta');
    const impacted = items('Beta customers', 'Beta - lost data', 'Gamma users');
    const names = organizationNames(responsible, impacted);
    expect(names).toEqual(['Acme Corp', 'Beta', 'Beta customers', 'Gamma users']);
    expect(organizationRoles(names, responsible, impacted)).toEqual([1, 3, 2, 2]);
  });

  it('counts a name neither list gives as both', () => {
    expect(organizationRoles(['Written by hand'], [], [])).toEqual([3]);
  });
});
