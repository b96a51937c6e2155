import { describe, expect, it } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { periodTotalsFigure } from '../../src/figures/period-totals-figure';
import { trendFigure } from '../../src/figures/trend-figure';
import { figureInput, viewState } from './figure-fixture';

/**
 * 2015: design, design+operation (malicious), not analysed; 2016: nothing; 2017: unknown,
 * operation (malicious); 2018: design; one undated design.
 */
const input = figureInput([
  { published: 20150105, facets: { phase: ['design'] } },
  { published: 20150610, facets: { phase: ['design', 'operation'], objective: ['malicious'] } },
  { published: 20150301 },
  { published: 20170704, facets: { phase: ['unknown'] } },
  { published: 20170901, facets: { phase: ['operation'], objective: ['malicious'] } },
  { published: 20180101, facets: { phase: ['design'] } },
  { published: null, facets: { phase: ['design'] } },
]);

const figureOf = (query: string) => trendFigure(input, viewState(`view=trends&per=year&${query}`), 'phase');
const seriesOf = (figure: ReturnType<typeof figureOf>, option: string) => figure.series.find((s) => s.option === option)!;
const datumOf = (figure: ReturnType<typeof figureOf>, key: string) => figure.data.find((d) => d.key === key)!;

describe('trendFigure', () => {
  it('counts the selection per year, says what N counts, its undated incidents and its small periods', () => {
    const figure = figureOf('');
    expect(figure.chart).toEqual({ kind: 'trend', facet: 'phase' });
    expect(figure.title).toBe('Phase over time');
    expect(figure.granularity).toBe('year');
    expect(figure.n).toEqual({ value: 7, counts: 'incidents, 1 of them undated and in no period' });
    expect(figure.published).toEqual({ first: 20150105, last: 20180101 });
    expect(figure.data.map((d) => [d.key, d.incidents, d.empty, d.lowN])).toEqual([
      ['2015', 3, false, true],
      ['2016', 0, true, true],
      ['2017', 2, false, true],
      ['2018', 1, false, true],
    ]);
    expect(figure.warnings).toContain(
      'Few incidents: 3 periods have fewer than 10 (hatched): one incident moves a share there by 10 points or more. 2015, 2017, 2018.',
    );
    expect(figure.warnings).toContain('1 of the 7 incidents has no publication date, so it is left out of every period.');
    expect(figure.notes[0]).toBe('Multi-valued: an incident counts under each option it has, so shares can sum past 100%.');
  });

  it('gives every series its colour, mark and marker, and draws only the series with incidents', () => {
    const figure = figureOf('');
    expect(figure.series.map((s) => [s.option, s.mark, s.total])).toEqual([
      ['design', 'option', 3],
      ['operation', 'option', 2],
      ['unknown', 'unknown', 1],
      [NOT_ANALYSED, 'not-analysed', 1],
    ]);
    expect(new Set(figure.series.map((s) => s.marker)).size).toBe(figure.series.length);
    expect(figure.series.map((s) => s.colour).every((colour) => colour !== '')).toBe(true);
    expect(figure.legend.map((item) => item.key)).toEqual([...figure.series.map((s) => `series-${s.index}`), 'low-n', 'interval']);
    const malicious = figureOf('f.objective=malicious');
    expect(malicious.drawn.map((s) => s.option)).toEqual(['design', 'operation']);
    expect(malicious.notes).toContain('No incident in the span, so not drawn: any unknown, not analysed.');
    expect(malicious.legend.map((item) => item.key)).toEqual(['series-0', 'series-1', 'low-n', 'interval']);
  });

  it('carries each period’s values and 95% intervals, and nothing for a period without incidents', () => {
    const figure = figureOf('');
    const design = seriesOf(figure, 'design').index;
    const y2015 = datumOf(figure, '2015');
    expect(y2015.values[design]).toBeCloseTo(2 / 3);
    expect(y2015.cells[design].interval!.low).toBeLessThan(2 / 3);
    expect(y2015.cells[design].interval!.high).toBeGreaterThan(2 / 3);
    const y2016 = datumOf(figure, '2016');
    expect(y2016.values.every((value) => value === null)).toBe(true);
    expect(y2016.target).toBeNull();
    expect(y2016.targets.every((target) => target === null)).toBe(true);
  });

  it('leads a point to its option’s incidents of its year, over every other filter', () => {
    const figure = figureOf('f.objective=malicious&f.phase=design');
    expect(figure.n.value).toBe(2);
    expect(figure.notes).toContain('Counted without the selection’s own Phase filter, so every option stays visible.');
    const operation = seriesOf(figure, 'operation').index;
    const target = datumOf(figure, '2017').targets[operation]!;
    expect(target.label).toMatch(/^2017, Operation: 1 of 1 \(100%, 95% CI \d+–100%\)\. List these incidents$/);
    expect(target.state.view).toBe('overview');
    expect(target.state.filters.facets.phase).toEqual({ selected: ['operation'], matchAll: false });
    expect(target.state.filters.facets.objective.selected).toEqual(['malicious']);
    expect(target.state.filters.years).toEqual({ from: 2017, to: 2017 });
    const period = datumOf(figure, '2017').target!;
    expect(period.state.filters.facets.phase.selected).toEqual([]);
    expect(period.label).toBe('2017: 1 incident. List them');
    expect(datumOf(figure, '2017').targets[seriesOf(figure, 'design').index]).toBeNull();
  });

  it('refuses to stack shares of a multi-valued facet and says why; stacks counts as labels', () => {
    const refused = figureOf('layout=stacked');
    expect(refused.stackRefused).toBe(true);
    expect(refused.layout).toBe('lines');
    expect(refused.warnings).toContain(
      'Stacked shares are drawn as lines: some incidents have several Phase options, so their shares would stack past 100%. Choose Counts to stack the labels instead.',
    );
    const counts = figureOf('layout=stacked&measure=count');
    expect(counts.layout).toBe('stacked');
    expect(counts.stackRefused).toBe(false);
    expect(counts.subtitle).toMatch(/^Labels per year, stacked: an incident counts once under each phase option it has/);
    expect(counts.notes[0]).toMatch(/Each stack counts labels, not incidents\.$/);
    expect(counts.legend.map((item) => item.key)).toContain('incidents');
  });

  it('names the lines that lie on one another in every period', () => {
    const twins = figureInput([
      { published: 20150101, facets: { phase: ['design', 'operation'] } },
      { published: 20190101, facets: { phase: ['design', 'operation'] } },
    ]);
    const figure = trendFigure(twins, viewState('view=trends&per=year'), 'phase');
    expect(figure.coinciding.map((group) => group.map((s) => s.option))).toEqual([['design', 'operation']]);
    expect(figure.warnings).toContain(
      'Design and operation have the same value in every period: their lines lie on one another, drawn widest first so each shows around the next, each with its own marker.',
    );
  });

  it('writes one table record per period and series, naming each denominator, and one for an empty period', () => {
    const figure = figureOf('gaps=0');
    expect(figure.table.header).toEqual(['Period', 'Incidents', 'Denominator', 'Denominator counts', 'Low N', 'Option', 'Count', 'Share', 'CI95 low', 'CI95 high']);
    const rows2015 = figure.table.rows.filter((row) => row[0] === '2015');
    expect(rows2015).toHaveLength(figure.series.length);
    const design = rows2015.find((row) => row[5] === 'design')!;
    expect(design.slice(0, 8)).toEqual(['2015', 3, 2, 'N (gaps left out)', 'yes', 'design', 2, 1]);
    const gap = rows2015.find((row) => row[5] === 'not analysed')!;
    expect(gap.slice(0, 8)).toEqual(['2015', 3, 3, 'incidents of the period', 'yes', 'not analysed', 1, 0.333333]);
    expect(figure.table.rows.filter((row) => row[0] === '2016')).toEqual([['2016', 0, null, 'no incident', null, null, null, null, null, null]]);
    expect(figure.notes).toContain('“Not analysed” and only-unknown incidents are left out of N; “not analysed” stays a share of all the period’s incidents.');
  });

  it('explains small multiples by their band and hatching, every panel titled by its series', () => {
    const figure = figureOf('layout=multiples');
    expect(figure.layout).toBe('multiples');
    expect(figure.legend.map((item) => item.key)).toEqual(['low-n', 'band']);
  });

  it('has the same periods as the incidents per period when both follow the span', () => {
    const state = viewState('view=trends&f.phase=operation');
    const trend = trendFigure(input, state, 'phase');
    const totals = periodTotalsFigure(input, state);
    expect(totals.granularity).toBe('quarter');
    expect(trend.granularity).toBe(totals.granularity);
    expect(trend.suggested).toBe('quarter');
  });
});

describe('trendFigure drawing its top N on a slide', () => {
  it('draws the lines of the N options with the most incidents and the gaps, names the rest, and keeps every option in its table', () => {
    const state = viewState('view=trends&per=year');
    const figure = trendFigure(input, state, 'phase', { top: 1 });
    const all = trendFigure(input, state, 'phase');
    expect(figure.chart).toEqual({ kind: 'trend', facet: 'phase', top: 1 });
    expect(figure.drawn.map((s) => s.option)).toEqual(all.drawn.map((s) => s.option).filter((option) => option !== 'operation'));
    expect(figure.more).toEqual({ options: 1, incidents: 2 });
    expect(figure.notes).toContain('The chart draws the 1 option with the most incidents, and 1 more option (2 incidents) not drawn; the table and the CSV have every option.');
    expect(figure.legend.map((item) => item.label)).not.toContain('operation');
    expect(figure.table).toEqual(all.table);
    expect(all.more).toBeNull();
  });
});
