import { describe, expect, it } from 'vitest';
import { incidentId, normalizeTitle, titleDateKey } from '../../../scripts/lib/incident-identity';
import { IncidentIdSchema } from '../../../src/domain/schema';

describe('normalizeTitle', () => {
  it.each([
    ['Data Breach at Mumsnet', 'data breach at mumsnet'],
    ['  Data   breach at MUMSNET! ', 'data breach at mumsnet'],
    ["Play.com's Marketing Company", 'play com s marketing company'],
    ['Ｆｕｌｌwidth Title', 'fullwidth title'],
    ['<script>alert(1)</script>', '<script>alert 1 </script>'],
    ['“Quoted” title — again…', 'quoted title again'],
    ['C++ compiler bug!', 'c++ compiler bug'],
    ['AT&T outage', 'at&t outage'],
  ])('%j → %j', (title, normalized) => {
    expect(normalizeTitle(title)).toBe(normalized);
  });
});

describe('titleDateKey', () => {
  it('keeps titles apart that differ in a symbol that is part of a name', () => {
    const keys = ['C compiler bug', 'C# compiler bug', 'C++ compiler bug!'].map((t) => titleDateKey(t, '2020-01-01'));
    expect(new Set(keys).size).toBe(3);
  });

  it('keeps titles made only of symbols or punctuation apart, and never empty', () => {
    const titles = ['🔥🔥', '$$$', '???', '!!!', '🔥'];
    for (const title of titles) expect(normalizeTitle(title)).not.toBe('');
    expect(new Set(titles.map((t) => titleDateKey(t, '2020-01-01'))).size).toBe(titles.length);
  });


  it('is the same for spellings of one title on one date', () => {
    expect(titleDateKey('MoviePass Exposes Data.', '2019-08-22')).toBe(titleDateKey('moviepass exposes data', '2019-08-22'));
  });

  it('differs by date, and an undated title is its own key', () => {
    expect(titleDateKey('Outage', '2019-08-22')).not.toBe(titleDateKey('Outage', '2019-08-23'));
    expect(titleDateKey('Outage', null)).not.toBe(titleDateKey('Outage', '2019-08-22'));
  });
});

describe('incidentId', () => {
  it('uses the FAIL incident id when it is already lowercase letters, digits and dashes', () => {
    expect(incidentId('2751', 'whatever')).toBe('fail-2751');
    expect(incidentId('abc', 'whatever')).toBe('fail-abc');
  });

  it('writes any other FAIL id as a slug and a hash of the id as written, so ABC and abc stay apart', () => {
    const ids = ['ABC', 'abc', 'Abc', 'a-b-c', 'A B C'].map((failId) => incidentId(failId, 'same key'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(incidentId('ABC', 'k')).toMatch(/^fail-abc-[0-9a-f]{8}$/);
    expect(incidentId('AB 12/3', 'k')).toMatch(/^fail-ab-12-3-[0-9a-f]{8}$/);
    expect(incidentId('ABC', 'k')).toBe(incidentId('ABC', 'another key'));
  });

  it('keeps every id URL-safe and within 64 characters', () => {
    for (const failId of ['x'.repeat(59), 'x'.repeat(60), 'X'.repeat(300), `${'a'.repeat(49)}--b`, '///', 'ünïcödé']) {
      expect(IncidentIdSchema.parse(incidentId(failId, 'k')).length).toBeLessThanOrEqual(64);
    }
  });

  it('hashes the key otherwise: stable, URL-safe, different keys give different ids', () => {
    const a = incidentId(null, titleDateKey('MoviePass exposes data', '2019-08-22'));
    expect(a).toMatch(/^i-[0-9a-f]{12}$/);
    expect(incidentId(null, titleDateKey('MoviePass exposes data', '2019-08-22'))).toBe(a);
    expect(incidentId(null, titleDateKey('MoviePass exposes data', '2019-08-23'))).not.toBe(a);
  });

  it('hashes a FAIL id with nothing URL-safe in it, so two such ids stay apart', () => {
    expect(incidentId('///', 'k')).toMatch(/^fail-[0-9a-f]{8}$/);
    expect(incidentId('///', 'k')).not.toBe(incidentId('###', 'k'));
  });
});
