// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PeriodTotalsChart } from '../../src/charts/period-totals-chart';
import { TrendChart } from '../../src/charts/trend-chart';
import { periodTotalsFigure } from '../../src/figures/period-totals-figure';
import { trendFigure } from '../../src/figures/trend-figure';
import { figureInput, viewState } from '../figures/figure-fixture';

afterEach(cleanup);

const input = (years: readonly number[]) => figureInput(years.map((year) => ({ published: year * 10000 + 101, facets: { phase: ['design'] } })));

const areas = (container: HTMLElement) => container.querySelectorAll('.recharts-reference-area').length;
const bands = (container: HTMLElement) => container.querySelectorAll('.period-band').length;

/**
 * Every reference area registers itself with the chart's store, and each registration
 * wakes every other mark: one area per period made a monthly trend over two centuries
 * (a single report dated 1901) freeze the page for a minute, and one per run still froze
 * it where periods alternate between few and many incidents.
 */
describe('the hatched band of periods with few incidents', () => {
  it('is one band per run of such periods, not one per period', () => {
    const wide = input([1901, 2015, 2099]);
    const state = viewState('view=trends&per=year');
    expect(periodTotalsFigure(wide, state).bars).toHaveLength(199);
    // Per year, the three dated years are hatched and the empty years between them are not: three runs.
    expect(bands(render(<PeriodTotalsChart figure={periodTotalsFigure(wide, state)} mode="export" />).container)).toBe(3);
    cleanup();
    // In the trend an empty period is as short of incidents as any: one run from 1901 to 2099.
    expect(bands(render(<TrendChart figure={trendFigure(wide, state, 'phase')} width={760} height={240} interactive={false} tooltips={false} />).container)).toBe(1);
  });

  it('keeps a run apart from the next where a period between them has enough incidents, and writes each empty period where there is room', () => {
    const many = Array.from({ length: 10 }, () => 2016);
    const split = input([2014, 2015, ...many, 2018]);
    const state = viewState('view=trends&per=year');
    const totals = render(<PeriodTotalsChart figure={periodTotalsFigure(split, state)} mode="export" />).container;
    // 2014–2015 hatched, 2016 full, 2017 empty (labelled, not hatched), 2018 hatched.
    expect(bands(totals)).toBe(2);
    expect([...totals.querySelectorAll('text')].filter((text) => text.textContent === 'no incident')).toHaveLength(1);
  });

  it('draws any number of runs without one reference area each: years alternating between one incident and ten over two centuries', () => {
    const years = Array.from({ length: 200 }, (_, i) => 1900 + i).flatMap((year) => (year % 2 === 0 ? Array.from({ length: 10 }, () => year) : [year]));
    const alternating = input(years);
    const state = viewState('view=trends&per=year');
    const figure = periodTotalsFigure(alternating, state);
    expect(figure.bars.filter((bar) => bar.lowN)).toHaveLength(100);
    const totals = render(<PeriodTotalsChart figure={figure} mode="export" />).container;
    expect(areas(totals)).toBe(0);
    expect(bands(totals)).toBe(100);
    cleanup();
    const trend = render(<TrendChart figure={trendFigure(alternating, state, 'phase')} width={760} height={240} interactive={false} tooltips={false} />).container;
    expect(areas(trend)).toBe(0);
    expect(bands(trend)).toBe(100);
  });
});
