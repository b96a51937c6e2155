import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../src/state/url-state';
import { filtersInWords } from '../../src/state/filters-in-words';
import type { FigureFrame } from '../../src/figures/figure';
import { dateSpanText, figureCaption, filtersLine } from '../../src/figures/figure-caption';
import { formatShortYmd } from '../../src/components/format-date';
import { slideCaption, slideTitle } from '../../src/presentation/slide-caption';
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

describe('formatShortYmd', () => {
  it.each([
    [20110102, '2 Jan 2011'],
    [20220601, '1 Jun 2022'],
    [19991231, '31 Dec 1999'],
  ])('writes %i as %s', (ymd, text) => {
    expect(formatShortYmd(ymd)).toBe(text);
  });
});

describe('figureCaption', () => {
  const frame = { n: { value: 1234, counts: 'incidents with a phase answer' }, published: { first: 20110102, last: 20220601 }, build: '0123456789abcdef0123' };

  it('says N and what it counts, the date span and the shortened build', () => {
    expect(figureCaption(frame as FigureFrame)).toBe('N = 1,234 incidents with a phase answer · 2 Jan 2011 – 1 Jun 2022 · dataset build 0123456789ab');
  });

  it('names both builds when the numbers come from another one than was pinned', () => {
    expect(figureCaption(frame as FigureFrame, 'abc123')).toContain('dataset build 0123456789ab (pinned from build abc123)');
    expect(figureCaption(frame as FigureFrame, frame.build)).not.toContain('pinned');
  });

  it('gives a single day once, and says when no incident is dated', () => {
    expect(dateSpanText({ first: 20200105, last: 20200105 })).toBe('5 Jan 2020');
    expect(dateSpanText({ first: null, last: null })).toBe('no dated incident');
  });

  it('writes the filters line a reader sees, and says when there are none', () => {
    expect(filtersLine({ filters: ['Objective = malicious', 'Years 2015–2020'] })).toBe('Filters: Objective = malicious; Years 2015–2020');
    expect(filtersLine({ filters: [] })).toBe('Filters: none, all incidents');
  });
});

describe('slideCaption', () => {
  it('names the chart, its filters and the build it was pinned from, for a slide no figure can count', () => {
    const crosstab = slide({ chart: { kind: 'crosstab', rows: 'phase', columns: 'boundary' }, view: '?f.objective=malicious&from=2015&to=2020', build: 'abc123' });
    expect(slideCaption(crosstab)).toBe('Phase × Boundary · filters: Objective = malicious; Years 2015–2020 · dataset build abc123');
    expect(slideCaption(slide({ build: 'abc123' }))).toBe('Phase · filters: none · dataset build abc123');
  });
});

describe('slideTitle', () => {
  it('is the title as typed, or the chart name for an empty one', () => {
    expect(slideTitle(slide({ title: 'Design dominates' }))).toBe('Design dominates');
    expect(slideTitle(slide({ title: '   ' }))).toBe('Phase');
  });
});
