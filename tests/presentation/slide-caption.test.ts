import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../src/state/url-state';
import { filtersInWords } from '../../src/state/filters-in-words';
import { captionDate, figuresText, slideCaption, slideTitle } from '../../src/presentation/slide-caption';
import { slide } from './deck-fixture';

describe('filtersInWords', () => {
  it.each<[string, string, string[]]>([
    ['nothing', '', []],
    ['one option, by its taxonomy label', '?f.boundary=outside_system', ['Boundary = outside system']],
    ['any of several options', '?f.phase=design,operation', ['Phase = design or operation']],
    ['all of several options', '?f.behaviour=value,crash&all=behaviour', ['Behaviour = value and crash']],
    ['the gaps, in words', '?f.nature=unknown,__none__', ['Nature = any unknown or not analysed']],
    ['an option outside the vocabulary, as written', '?f.domain=space_mining', ['Domain = space_mining']],
    ['a year range', '?from=2015&to=2020', ['Years 2015–2020']],
    ['one year', '?from=2019&to=2019', ['Year 2019']],
    ['an open range', '?from=2019', ['Years from 2019']],
    ['a search and a kind', '?q=power+grid&kind=report', ['Search “power grid”', 'Source = reports']],
    [
      'facets in display order, then years',
      '?f.objective=malicious&f.phase=design&from=2015&to=2020',
      ['Phase = design', 'Objective = malicious', 'Years 2015–2020'],
    ],
  ])('for %s', (_name, search, expected) => {
    expect(filtersInWords(parseUrlState(search))).toEqual(expected);
  });
});

describe('captionDate', () => {
  it.each([
    [20110102, '2 Jan 2011'],
    [20220601, '1 Jun 2022'],
    [19991231, '31 Dec 1999'],
  ])('writes %i as %s', (ymd, text) => {
    expect(captionDate(ymd)).toBe(text);
  });
});

describe('slideCaption', () => {
  const crosstab = slide({
    chart: { kind: 'crosstab', rows: 'phase', columns: 'boundary' },
    view: '?f.objective=malicious&from=2015&to=2020',
    build: 'abc123',
  });
  const now = { build: 'abc123', figures: { n: 123, firstPublished: 20110102, lastPublished: 20220601 } };

  it('says what the chart is, its filters, N, the date span and the build', () => {
    expect(slideCaption(crosstab, now)).toBe(
      'Phase × Boundary · filters: Objective = malicious; Years 2015–2020 · N = 123 · 2 Jan 2011 – 1 Jun 2022 · dataset build abc123',
    );
  });

  it('still names the chart, filters and pinned build before the data has loaded', () => {
    expect(slideCaption(slide({ build: 'abc123' }))).toBe('Phase · filters: none · dataset build abc123');
  });

  it('names both builds when the numbers come from another one than was pinned', () => {
    expect(slideCaption(crosstab, { ...now, build: 'fff999' })).toContain('dataset build fff999 (pinned from build abc123)');
  });

  it('shortens a content-hash build and says when no incident is dated or gaps are left out', () => {
    const gaps = slide({ view: '?gaps=0', build: '0123456789abcdef0123' });
    expect(slideCaption(gaps, { build: gaps.build, figures: { n: 0, firstPublished: null, lastPublished: null } })).toBe(
      'Phase · filters: none · only-unknown and not-analysed incidents left out of N · N = 0 · no dated incident · dataset build 0123456789ab',
    );
  });

  it('gives a single day once', () => {
    expect(figuresText(parseUrlState(''), { n: 1, firstPublished: 20200105, lastPublished: 20200105 }, 'b')).toBe(
      'N = 1 · 5 Jan 2020 · dataset build b',
    );
  });
});

describe('slideTitle', () => {
  it('is the title as typed, or the chart name for an empty one', () => {
    expect(slideTitle(slide({ title: 'Design dominates' }))).toBe('Design dominates');
    expect(slideTitle(slide({ title: '   ' }))).toBe('Phase');
  });
});
