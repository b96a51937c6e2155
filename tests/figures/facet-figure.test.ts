import { describe, expect, it } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { facetFigure } from '../../src/figures/facet-figure';
import { countText } from '../../src/figures/figure-caption';
import { figureInput, viewState } from './figure-fixture';

const input = figureInput([
  { published: 20190101, facets: { phase: ['design'], objective: ['malicious'] } },
  { published: 20200601, facets: { phase: ['design', 'operation'], objective: ['non-malicious'] } },
  { published: 20210101, facets: { phase: ['unknown'] } },
  { kind: 'article', published: null },
  { published: 20180301, facets: { phase: ['operation'], objective: ['malicious'] } },
]);

const bar = (figure: ReturnType<typeof facetFigure>, key: string) => figure.bars.find((each) => each.key === key)!;

describe('facetFigure', () => {
  it('counts the selection, names its filters and dates, and marks a small N', () => {
    const figure = facetFigure(input, viewState('f.objective=malicious'), 'phase');
    expect(figure.chart).toEqual({ kind: 'facet', facet: 'phase' });
    expect(figure.title).toBe('Phase');
    expect(figure.n).toEqual({ value: 2, counts: 'incidents' });
    expect(figure.filters).toEqual(['Objective = malicious']);
    expect(figure.published).toEqual({ first: 20180301, last: 20190101 });
    expect(figure.build).toBe('fixture');
    expect([bar(figure, 'design').count, bar(figure, 'operation').count]).toEqual([1, 1]);
    expect(figure.warnings).toEqual(['Small sample: N = 2, so one incident moves a share by 50 points.']);
    expect(figure.showBaseline).toBe(true);
    expect(figure.legend.map((item) => item.key)).toContain('baseline');
  });

  it('says one incident in the singular, in N and in its bars\' links', () => {
    const figure = facetFigure(input, viewState('f.objective=non-malicious'), 'phase');
    expect(countText(figure)).toBe('N = 1 incident');
    expect(bar(figure, 'design').target.label).toBe('Phase: design, 1 of 1 incident. List them');
    const answered = facetFigure(input, viewState('f.objective=non-malicious&gaps=0'), 'phase');
    expect(countText(answered)).toBe('N = 1 incident with a phase answer, none left out');
  });

  it('leads each bar to exactly the incidents it counts', () => {
    const figure = facetFigure(input, viewState('f.objective=malicious'), 'phase');
    const target = bar(figure, 'design').target.state;
    expect(target.view).toBe('overview');
    expect(target.filters.facets.objective.selected).toEqual(['malicious']);
    expect(target.filters.facets.phase).toEqual({ selected: ['design'], matchAll: false });
    expect(bar(figure, NOT_ANALYSED).target.state.filters.facets.phase.selected).toEqual([NOT_ANALYSED]);
  });

  it('counts without its own filter and says so', () => {
    const figure = facetFigure(input, viewState('f.phase=design'), 'phase');
    expect(figure.n.value).toBe(5);
    expect(bar(figure, 'design').pressed).toBe(true);
    expect(bar(figure, 'operation').count).toBe(2);
    expect(figure.notes).toContain('Counted without this chart’s own filter, so its other options stay visible.');
    expect(figure.filters).toEqual(['Phase = design']);
  });

  it('leaves gaps out of N when asked, and says how many and why', () => {
    const figure = facetFigure(input, viewState('gaps=0'), 'phase');
    expect(figure.n).toEqual({ value: 3, counts: 'incidents with a phase answer; 2 left out (1 not analysed, 1 only unknown)' });
    expect(bar(figure, NOT_ANALYSED).share).toBeNull();
    expect(figure.showBaseline).toBe(false);
    expect(figure.warnings).toEqual(['Small sample: N = 3, so one incident moves a share by 33 points.']);
  });

  it('writes a table whose rows are the bars, shares as fractions and gaps out of N empty', () => {
    const figure = facetFigure(input, viewState('gaps=0'), 'phase');
    expect(figure.table.header).toEqual(['Option', 'Incidents', 'Share', 'Share of all incidents']);
    expect(figure.table.rows.map((row) => row[0])).toEqual(figure.bars.map((each) => each.label));
    const design = figure.table.rows.find((row) => row[0] === 'design')!;
    expect(design).toEqual(['design', 2, 0.666667, 0.666667]);
    expect(figure.table.rows.at(-1)).toEqual(['not analysed', 1, null, null]);
  });

  it('has no warning once N is large enough and says nothing of filters without any', () => {
    const many = figureInput(Array.from({ length: 12 }, () => ({ facets: { phase: ['design'] } })));
    const figure = facetFigure(many, viewState(), 'phase');
    expect(figure.warnings).toEqual([]);
    expect(figure.filters).toEqual([]);
    expect(figure.published).toEqual({ first: null, last: null });
  });
});

describe('facetFigure ordered by count', () => {
  const many = figureInput([
    { facets: { domain: ['finance'] } },
    { facets: { domain: ['finance', 'health'] } },
    { facets: { domain: ['health', 'unknown'] } },
    { facets: { domain: ['finance'] } },
    { facets: { domain: ['unknown'] } },
    { facets: { domain: ['unknown'] } },
    { facets: { domain: ['unknown'] } },
  ]);

  it('puts the options with most incidents first and keeps the gaps last, and says so', () => {
    const figure = facetFigure(many, viewState('bars=count'), 'domain');
    const keys = figure.bars.map((each) => each.key);
    expect(keys.slice(0, 2)).toEqual(['finance', 'health']);
    expect(keys.slice(-2)).toEqual(['unknown', NOT_ANALYSED]);
    const counts = figure.bars.slice(0, -2).map((each) => each.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(figure.table.rows.map((row) => row[0])).toEqual(figure.bars.map((each) => each.label));
    expect(figure.notes).toContain('Options ordered by incidents, most first; unknown and not analysed last.');
  });

  it('keeps the taxonomy’s order by default', () => {
    const figure = facetFigure(many, viewState(), 'domain');
    const vocabulary = figure.bars.filter((each) => each.mark === 'option').map((each) => each.key);
    expect(vocabulary.indexOf('finance')).toBeGreaterThan(vocabulary.indexOf('information'));
    expect(figure.notes.some((line) => line.startsWith('Options ordered'))).toBe(false);
  });
});

describe('facetFigure drawing its top N on a slide', () => {
  const domains = figureInput([
    { published: 20190101, facets: { domain: ['finance', 'health'] } },
    { published: 20190201, facets: { domain: ['finance'] } },
    { published: 20190301, facets: { domain: ['finance', 'government'] } },
    { published: 20190401, facets: { domain: ['health', 'transportation'] } },
    { published: 20190501, facets: { domain: ['government', 'transportation'] } },
    { published: 20190601, facets: { domain: ['health'] } },
    { published: 20190701, facets: { domain: ['unknown'] } },
    { published: 20190801, facets: {} },
  ]);

  it('draws the N options with the most incidents, the gaps, and the rest as one line of distinct incidents', () => {
    const figure = facetFigure(domains, viewState(), 'domain', { top: 2 });
    expect(figure.chart).toEqual({ kind: 'facet', facet: 'domain', top: 2 });
    expect(figure.bars.map((each) => each.key)).toEqual(['finance', 'health', 'unknown', NOT_ANALYSED]);
    // The other 11 of the 13 options, zero counts included; government and transportation
    // are three incidents, one of them having both.
    expect(figure.more).toEqual({ options: 11, incidents: 3 });
    expect(figure.notes).toContain('The slide draws the 2 options with the most incidents of 13, the others in one line; the CSV has every option.');
    const all = facetFigure(domains, viewState(), 'domain');
    expect(figure.table).toEqual(all.table);
    expect(all.more).toBeNull();
    expect(all.bars.length).toBeGreaterThan(figure.bars.length);
  });

  it('keeps the chosen order among the options it draws', () => {
    const byCount = facetFigure(domains, viewState('bars=count'), 'domain', { top: 3 });
    // Ties in the taxonomy's order: transportation comes before government.
    expect(byCount.bars.map((each) => each.key)).toEqual(['finance', 'health', 'transportation', 'unknown', NOT_ANALYSED]);
    expect(byCount.more).toEqual({ options: 10, incidents: 2 });
  });

  it('draws every option when N is not smaller than their number', () => {
    const figure = facetFigure(domains, viewState(), 'domain', { top: 40 });
    expect(figure.more).toBeNull();
    expect(figure.notes.some((line) => line.startsWith('The slide draws'))).toBe(false);
  });
});
