import { describe, expect, it } from 'vitest';
import { incidentId, normalizeTitle, titleDateKey } from '../../../scripts/lib/incident-identity';

describe('normalizeTitle', () => {
  it.each([
    ['Data Breach at Mumsnet', 'data breach at mumsnet'],
    ['  Data   breach at MUMSNET! ', 'data breach at mumsnet'],
    ["Play.com's Marketing Company", 'play com s marketing company'],
    ['Ｆｕｌｌwidth Title', 'fullwidth title'],
    ['<script>alert(1)</script>', 'script alert 1 script'],
  ])('%j → %j', (title, normalized) => {
    expect(normalizeTitle(title)).toBe(normalized);
  });
});

describe('titleDateKey', () => {
  it('is the same for spellings of one title on one date', () => {
    expect(titleDateKey('MoviePass Exposes Data.', '2019-08-22')).toBe(titleDateKey('moviepass exposes data', '2019-08-22'));
  });

  it('differs by date, and an undated title is its own key', () => {
    expect(titleDateKey('Outage', '2019-08-22')).not.toBe(titleDateKey('Outage', '2019-08-23'));
    expect(titleDateKey('Outage', null)).not.toBe(titleDateKey('Outage', '2019-08-22'));
  });
});

describe('incidentId', () => {
  it('uses the FAIL incident id when there is one', () => {
    expect(incidentId('2751', 'whatever')).toBe('fail-2751');
    expect(incidentId('AB 12/3', 'whatever')).toBe('fail-ab-12-3');
  });

  it('hashes the key otherwise: stable, URL-safe, different keys give different ids', () => {
    const a = incidentId(null, titleDateKey('MoviePass exposes data', '2019-08-22'));
    expect(a).toMatch(/^i-[0-9a-f]{12}$/);
    expect(incidentId(null, titleDateKey('MoviePass exposes data', '2019-08-22'))).toBe(a);
    expect(incidentId(null, titleDateKey('MoviePass exposes data', '2019-08-23'))).not.toBe(a);
  });

  it('falls back to the hash when the FAIL id has nothing URL-safe in it', () => {
    expect(incidentId('///', 'k')).toBe(incidentId(null, 'k'));
  });
});
