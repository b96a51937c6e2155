// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PeriodTotalsChart } from '../../src/charts/period-totals-chart';
import { TrendChart } from '../../src/charts/trend-chart';
import { periodTotalsFigure } from '../../src/figures/period-totals-figure';
import { trendFigure } from '../../src/figures/trend-figure';
import { figureInput, viewState } from '../figures/figure-fixture';

afterEach(cleanup);

/** Three incidents in `years`: every year between them is an empty period. */
const spanning = (years: readonly number[]) => figureInput(years.map((year) => ({ published: year * 10000 + 101, facets: { phase: ['design'] } })));

const emptyLabels = (container: HTMLElement) => [...container.querySelectorAll('text')].filter((text) => text.textContent === 'no incident').length;

describe('the “no incident” label of an empty period', () => {
  it('is written in each empty year of a short span, per year and in the trend', () => {
    const input = spanning([2015, 2018, 2020]);
    const totals = render(<PeriodTotalsChart figure={periodTotalsFigure(input, viewState('view=trends&per=year'))} mode="export" />);
    expect(emptyLabels(totals.container)).toBe(3);
    cleanup();
    const trend = render(<TrendChart figure={trendFigure(input, viewState('view=trends&per=year'), 'phase')} width={760} height={240} interactive={false} tooltips={false} />);
    expect(emptyLabels(trend.container)).toBe(3);
  });

  it('is left out where a span of two centuries leaves no room for a line of text per year, rather than piling into an unreadable band', () => {
    const input = spanning([1901, 2015, 2099]);
    const figure = periodTotalsFigure(input, viewState('view=trends&per=year'));
    expect(figure.bars.filter((bar) => bar.empty)).toHaveLength(196);
    expect(emptyLabels(render(<PeriodTotalsChart figure={figure} mode="export" />).container)).toBe(0);
    cleanup();
    const trend = render(<TrendChart figure={trendFigure(input, viewState('view=trends&per=year'), 'phase')} width={760} height={240} interactive={false} tooltips={false} />);
    expect(emptyLabels(trend.container)).toBe(0);
  });
});
