import { describe, expect, it } from 'vitest';
import { barValueText } from '../../src/charts/share-text';
import { formatShare } from '../../src/components/format-share';
import { crosstabFigure } from '../../src/figures/crosstab-figure';
import { facetFigure } from '../../src/figures/facet-figure';
import { figureCaption, filtersLine } from '../../src/figures/figure-caption';
import type { Figure } from '../../src/figures/figure-of';
import { optionSetsFigure } from '../../src/figures/option-sets-figure';
import { periodTotalsFigure } from '../../src/figures/period-totals-figure';
import { trendFigure } from '../../src/figures/trend-figure';
import { periodLabel } from '../../src/figures/trend-text';
import type { Deck, Slide } from '../../src/presentation/deck-schema';
import { THEME_COLOURS } from '../../src/presentation/theme-tokens';
import { deckPptxFileName, deckPptxPlan, pptxColour } from '../../src/export/deck-pptx-plan';
import type { DeckPptxSlide, NativeChart } from '../../src/export/deck-pptx-plan';
import { figureInput, viewState } from '../figures/figure-fixture';

const input = figureInput([
  { published: 20150105, facets: { phase: ['design'], objective: ['malicious'], behaviour: ['crash', 'omission'] } },
  { published: 20150610, facets: { phase: ['design', 'operation'], objective: ['malicious'], behaviour: ['crash'] } },
  { published: 20150301, facets: { objective: ['malicious'] } },
  { published: 20170704, facets: { phase: ['unknown'], objective: ['non-malicious'], behaviour: ['crash', 'omission'] } },
  { published: 20170901, facets: { phase: ['operation'], objective: ['malicious'], behaviour: ['value'] } },
  { published: 20180101, facets: { phase: ['design'], objective: ['non-malicious'] } },
  { published: null, facets: { phase: ['design'] } },
]);

/** Behaviours for a busy year's incidents: every one of them in some incident, more than a chart of lines draws intervals for. */
const BEHAVIOURS = [['crash'], ['omission'], ['timing', 'crash'], ['value'], ['byzantine'], ['other', 'value']];

/** Twelve incidents in each of `years`, so no year with any is short of incidents. */
const busy = (years: readonly number[]) =>
  figureInput(
    years.flatMap((year) =>
      Array.from({ length: 12 }, (_, i) => ({
        published: year * 10000 + 101 + i * 100,
        facets: { phase: i % 3 === 0 ? ['design', 'operation'] : i % 3 === 1 ? ['design'] : ['operation'], behaviour: BEHAVIOURS[i % BEHAVIOURS.length] },
      })),
    ),
  );

const slide = (id: string, view: string, chart: Slide['chart'], title = '', note = ''): Slide => ({ id, view, chart, title, note, build: 'fixture' });

/** The deck and its figures, counted as the deck page counts them: each from its own pinned view. */
function deckOf(entries: readonly { slide: Slide; figure: Figure | null }[]): { deck: Deck; figures: (Figure | null)[] } {
  return { deck: { version: 1, title: 'Malicious faults, Q3', slides: entries.map((entry) => entry.slide) }, figures: entries.map((entry) => entry.figure) };
}

const native = (planned: DeckPptxSlide): NativeChart => {
  if (planned.chart.kind !== 'native') throw new Error(`expected a native chart, got ${planned.chart.kind}`);
  return planned.chart;
};

/** The colour a slide's legend gives the figure's legend entry `key`; undefined where the slide leaves the entry out. */
const swatchOf = (planned: DeckPptxSlide, figure: Figure) => (key: string) => {
  const label = figure.legend.find((item) => item.key === key)?.label;
  return planned.legend.find((line) => line.label === label)?.colour;
};

describe('deckPptxPlan', () => {
  it('gives a filtered facet panel sorted by count its bars’ shares, in the screen’s order and words, and the caption the screen shows', () => {
    const state = viewState('f.objective=malicious&bars=count');
    const figure = facetFigure(input, state, 'phase');
    const { deck, figures } = deckOf([{ slide: slide('a', '?f.objective=malicious&bars=count', { kind: 'facet', facet: 'phase' }, '', 'Say design first.'), figure }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    const chart = native(planned);

    expect(planned.title).toBe('Phase');
    expect(planned.filters).toBe(filtersLine(figure));
    expect(planned.filters).toBe('Filters: Objective = malicious');
    expect(planned.caption).toBe(figureCaption(figure, 'fixture'));
    expect(planned.warnings).toEqual(figure.warnings);
    expect(planned.warnings.length).toBeGreaterThan(0);
    expect(planned.notes).toEqual(figure.notes);
    expect(planned.notes).toContain('Options ordered by incidents, most first; unknown and not analysed last.');
    expect(planned.legend.map((item) => item.label)).toEqual(figure.legend.map((item) => item.label));
    expect(planned.speakerNotes).toBe('Say design first.');

    expect(chart.shape).toBe('bar');
    expect(chart.measure).toBe('percent');
    expect(chart.axisMax).toBe(100);
    expect(chart.categories).toEqual(figure.bars.map((bar) => `${bar.label}: ${barValueText(bar)}`));
    expect(chart.categories.slice(0, 2)).toEqual(['design: 2 (50%)', 'operation: 2 (50%)']);
    // With a filter, the screen outlines each bar's share over all incidents: a second series, drawn as outlines, here.
    expect(chart.series.map((series) => [series.name, series.outline])).toEqual([
      ['Share of N', false],
      ['Share of all incidents', true],
    ]);
    expect(chart.series[0].values).toEqual(figure.bars.map((bar) => (bar.share === null ? null : Number((bar.share * 100).toFixed(1)))));
    expect(chart.series[0].values.map((value) => (value === null ? '–' : `${value}%`))).toEqual(figure.bars.map((bar) => formatShare(bar.share)));
    expect(chart.series[1].values).toEqual(figure.bars.map((bar) => (bar.baselineShare === null ? null : Number((bar.baselineShare * 100).toFixed(1)))));
    // Every bar is in the share's colour beside its outline, so unknown and not analysed have no swatch of their own.
    const swatch = swatchOf(planned, figure);
    expect(swatch('share')).toBe(chart.series[0].colour);
    expect(swatch('unknown')).toBeNull();
    expect(swatch('not-analysed')).toBeNull();
  });

  it('colours an unfiltered panel’s bars each in its option’s light-theme colour', () => {
    const figure = facetFigure(input, viewState(), 'phase');
    const { deck, figures } = deckOf([{ slide: slide('a', '', { kind: 'facet', facet: 'phase' }), figure }]);
    const chart = native(deckPptxPlan(deck, figures).slides[0]);
    expect(chart.series).toHaveLength(1);
    expect(chart.pointColours).toEqual(figure.bars.map((bar) => pptxColour(bar.colour)));
    expect(chart.pointColours?.[0]).toBe(THEME_COLOURS['cat-1'].light.slice(1).toUpperCase());
    expect(chart.pointColours?.at(-1)).toBe(THEME_COLOURS['colour-not-analysed'].light.slice(1).toUpperCase());
    expect(swatchOf(deckPptxPlan(deck, figures).slides[0], figure)('not-analysed')).toBe(chart.pointColours?.at(-1));
  });

  it('draws incidents per period as columns of counts, an empty period as no bar', () => {
    const figure = periodTotalsFigure(busy([2015, 2017, 2018]), viewState('per=year'));
    const { deck, figures } = deckOf([{ slide: slide('p', '?per=year', { kind: 'period-totals' }, 'Per year'), figure }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    const chart = native(planned);
    expect(planned.title).toBe('Per year');
    expect(chart.shape).toBe('column');
    expect(chart.measure).toBe('count');
    expect(chart.categories).toEqual(['2015', '2016', '2017', '2018']);
    expect(chart.series[0].values).toEqual([12, null, 12, 12]);
    expect(chart.series[0].values).toEqual(figure.bars.map((bar) => (bar.empty ? null : bar.incidents)));
  });

  it.each([
    ['lines', 'share', 'line', false, 'behaviour'],
    ['lines', 'count', 'line', false, 'phase'],
    ['stacked', 'count', 'column', true, 'phase'],
    ['multiples', 'count', 'multiples', false, 'phase'],
  ] as const)('draws a %s trend of %ss as a %s chart, one series per drawn option', (layout, measure, shape, stacked, facet) => {
    const query = `view=trends&per=year&layout=${layout}&measure=${measure}`;
    const figure = trendFigure(busy([2015, 2016, 2017]), viewState(query), facet);
    // Lines of shares have intervals up to four lines, which only a picture draws.
    expect(figure.showIntervals).toBe(false);
    const { deck, figures } = deckOf([{ slide: slide('t', `?${query}`, { kind: 'trend', facet }), figure }]);
    const chart = native(deckPptxPlan(deck, figures).slides[0]);
    expect(chart.shape).toBe(shape);
    expect(chart.stacked).toBe(stacked);
    // Shares on one 0–100% scale; small multiples of counts on one scale, the largest count's.
    const counts = figure.drawn.flatMap((series) => figure.data.map((datum) => datum.values[series.index] ?? 0));
    expect(chart.axisMax).toBe(measure === 'share' ? 100 : layout === 'multiples' ? Math.max(...counts) : null);
    expect(chart.categories).toEqual(figure.data.map((datum) => periodLabel(datum.key)));
    expect(chart.series.map((series) => series.name)).toEqual(figure.drawn.map((series) => series.label));
    expect(chart.series.map((series) => series.colour)).toEqual(figure.drawn.map((series) => pptxColour(series.colour)));
    // Stacked counts are labels: the period's incidents are a dashed line over them, as on screen.
    expect(chart.overlay?.values ?? null).toEqual(stacked ? figure.data.map((datum) => (datum.empty ? null : datum.incidents)) : null);
    for (const [k, series] of figure.drawn.entries()) {
      const values = figure.data.map((datum) => datum.values[series.index]);
      expect(chart.series[k].values).toEqual(measure === 'share' ? values.map((value) => (value === null ? null : Math.round(value * 1000) / 10)) : values);
    }
  });

  it('refuses stacked shares of a multi-valued facet as the figure does, drawing lines', () => {
    const query = 'view=trends&per=year&layout=stacked&measure=share';
    const figure = trendFigure(input, viewState(query), 'phase');
    expect(figure.stackRefused).toBe(true);
    expect(figure.layout).toBe('lines');
    const { deck, figures } = deckOf([{ slide: slide('t', `?${query}`, { kind: 'trend', facet: 'phase' }), figure }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    expect(planned.chart).toEqual({ kind: 'image', figure, altText: `${figure.title}. ${figure.denominator}` });
    expect(planned.warnings).toEqual(figure.warnings);
  });

  // Shares have 95% intervals (whiskers, or the bands of small multiples); every layout hatches the periods with few incidents.
  it.each([
    ['lines', 'share'],
    ['multiples', 'share'],
    ['lines', 'count'],
    ['stacked', 'count'],
  ] as const)('shows a %s trend of %ss as its own picture, with the intervals and hatching an editable chart would leave out', (layout, measure) => {
    const query = `view=trends&per=year&layout=${layout}&measure=${measure}`;
    const figure = trendFigure(input, viewState(query), 'phase');
    expect(figure.data.some((datum) => datum.lowN)).toBe(true);
    const { deck, figures } = deckOf([{ slide: slide('t', `?${query}`, { kind: 'trend', facet: 'phase' }), figure }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    expect(planned.chart).toEqual({ kind: 'image', figure, altText: `${figure.title}. ${figure.denominator}` });
    expect(planned.legend).toEqual([]);
    expect(planned.warnings).toEqual(figure.warnings);
  });

  it('shows incidents per period as its own picture when a period has few incidents: the hatched band is on the slide too', () => {
    const figure = periodTotalsFigure(input, viewState('per=year'));
    expect(figure.bars.some((bar) => bar.lowN)).toBe(true);
    const { deck, figures } = deckOf([{ slide: slide('p', '?per=year', { kind: 'period-totals' }), figure }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    expect(planned.chart).toEqual({ kind: 'image', figure, altText: `${figure.title}. ${figure.denominator}` });
    expect(planned.legend).toEqual([]);
  });

  it('lists in an editable chart’s legend only what the chart draws: no hatched band where no period is short of incidents', () => {
    const figure = trendFigure(busy([2015, 2016, 2017]), viewState('view=trends&per=year&measure=count'), 'phase');
    expect(figure.data.some((datum) => datum.lowN)).toBe(false);
    const { deck, figures } = deckOf([{ slide: slide('t', '?view=trends&per=year&measure=count', { kind: 'trend', facet: 'phase' }), figure }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    expect(native(planned).shape).toBe('line');
    expect(planned.legend.map((item) => item.label)).toEqual(figure.drawn.map((series) => series.label));
  });

  it('draws exact option sets as bars of counts, with their counts and shares in the labels as the screen writes them', () => {
    const figure = optionSetsFigure(input, viewState(), 'behaviour');
    const { deck, figures } = deckOf([{ slide: slide('o', '', { kind: 'option-sets', facet: 'behaviour' }), figure }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    const chart = native(planned);
    expect(chart.series[0].values).toEqual(figure.sets.map((set) => set.count));
    expect(chart.categories[0]).toBe('crash + omission: 2 (50%)');
    expect(planned.chartNote).toBeNull();
    // The labels spell each set out: there are no dots for a legend to explain.
    expect(planned.legend.map((item) => item.label)).toEqual(['Bar: incidents with exactly this set']);
  });

  it('names an option outside the taxonomy in its bar’s label, and keeps the screen’s dashed edge out of the legend', () => {
    const withExtra = figureInput([{ facets: { phase: ['design', 'maintenance'] } }, { facets: { phase: ['operation'] } }]);
    const figure = facetFigure(withExtra, viewState(), 'phase');
    expect(figure.legend.map((item) => item.key)).toContain('extra');
    const { deck, figures } = deckOf([{ slide: slide('f', '', { kind: 'facet', facet: 'phase' }), figure }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    expect(native(planned).categories).toContain('maintenance (not in taxonomy): 1 (50%)');
    expect(planned.legend.map((item) => item.label).filter((label) => label.startsWith('Dashed edge'))).toEqual([]);
  });

  it('asks for an image of a crosstab, with its test line among the statistics', () => {
    const figure = crosstabFigure(input, viewState('view=crosstab&rows=phase&cols=objective'), 'phase', 'objective');
    const { deck, figures } = deckOf([{ slide: slide('c', '?view=crosstab&rows=phase&cols=objective', { kind: 'crosstab', rows: 'phase', columns: 'objective' }), figure }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    expect(planned.chart).toEqual({ kind: 'image', figure, altText: `${figure.title}. ${figure.denominator}` });
    expect(planned.title).toBe('Phase × Objective');
    expect(planned.statistics).toEqual(figure.statistics);
    expect(planned.warnings).toEqual(figure.warnings);
    expect(planned.caption).toBe(figureCaption(figure, 'fixture'));
    // The picture draws the legend itself.
    expect(planned.legend).toEqual([]);
  });

  it('keeps only the lines the slide keeps, warnings always, and says under a cut panel what it left out', () => {
    const figure = crosstabFigure(input, viewState('view=crosstab&rows=phase&cols=objective'), 'phase', 'objective');
    const hidden: Slide = { ...slide('c', '?view=crosstab&rows=phase&cols=objective', { kind: 'crosstab', rows: 'phase', columns: 'objective' }), hide: ['statistics', 'notes'] };
    const withHidden = deckOf([{ slide: hidden, figure }]);
    const [planned] = deckPptxPlan(withHidden.deck, withHidden.figures).slides;
    expect(figure.statistics.length).toBeGreaterThan(0);
    expect(planned).toMatchObject({ warnings: figure.warnings, statistics: [], notes: [] });

    const chart = { kind: 'facet', facet: 'behaviour', top: 1 } as const;
    const cut = facetFigure(input, viewState(), 'behaviour', { top: 1 });
    expect(cut.more).not.toBeNull();
    const withCut = deckOf([{ slide: slide('f', '', chart), figure: cut }]);
    const [facet] = deckPptxPlan(withCut.deck, withCut.figures).slides;
    expect(facet.chartNote).toMatch(/^and \d+ more options? \(\d+ incidents?\)$/);
  });

  it('keeps a slide of a chart this build does not know, titled as pinned and saying it cannot be drawn', () => {
    const unknown = slide('u', '?f.objective=malicious', { kind: 'sankey', from: 'phase' } as unknown as Slide['chart'], 'Flows', 'Skip this one.');
    const { deck, figures } = deckOf([{ slide: unknown, figure: null }]);
    const [planned] = deckPptxPlan(deck, figures).slides;
    expect(planned.title).toBe('Flows');
    expect(planned.chart).toEqual({ kind: 'missing', line: 'This build of Faultline cannot draw this chart.' });
    expect(planned.caption).toContain('Objective = malicious');
    expect(planned.speakerNotes).toBe('Skip this one.');
  });

  it('names the file for the deck and refuses figures that do not match the slides', () => {
    const { deck } = deckOf([]);
    expect(deckPptxFileName(deck)).toBe('malicious-faults-q3.pptx');
    expect(deckPptxFileName({ ...deck, title: '…' })).toBe('deck.pptx');
    expect(() => deckPptxPlan(deck, [null])).toThrow('0 slides but 1 figures');
  });
});
