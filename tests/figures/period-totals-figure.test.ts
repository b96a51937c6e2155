import { describe, expect, it } from 'vitest';
import { periodTotalsFigure } from '../../src/figures/period-totals-figure';
import { figureInput, viewState } from './figure-fixture';

/** 2018: one malicious; 2019: one malicious, one not; 2020: none; 2021: one unknown; one undated. */
const input = figureInput([
  { published: 20180301, facets: { phase: ['operation'], objective: ['malicious'] } },
  { published: 20190101, facets: { phase: ['design'], objective: ['malicious'] } },
  { published: 20190601, facets: { phase: ['design', 'operation'], objective: ['non-malicious'] } },
  { published: 20210101, facets: { phase: ['unknown'] } },
  { kind: 'article', published: null },
]);

describe('the warning of undated incidents', () => {
  it('says so of every incident when none is dated, in the singular for one', () => {
    const one = periodTotalsFigure(figureInput([{ published: null }]), viewState('view=trends&per=year'));
    expect(one.warnings).toContain('The 1 incident has no publication date, so it is left out of every period.');
    const all = periodTotalsFigure(figureInput([{ published: null }, { published: null }]), viewState('view=trends&per=year'));
    expect(all.warnings).toContain('All 2 incidents have no publication date, so they are left out of every period.');
  });
});

const bar = (figure: ReturnType<typeof periodTotalsFigure>, key: string) => figure.bars.find((each) => each.key === key)!;

describe('periodTotalsFigure', () => {
  it('counts the view’s selection per year, says what N counts and that undated incidents are in no bar', () => {
    const figure = periodTotalsFigure(input, viewState('view=trends&per=year'));
    expect(figure.chart).toEqual({ kind: 'period-totals' });
    expect(figure.title).toBe('Incidents per year');
    expect(figure.n).toEqual({ value: 5, counts: 'incidents, 1 of them undated and in no period' });
    expect(figure.bars.map((each) => [each.key, each.incidents, each.empty])).toEqual([
      ['2018', 1, false],
      ['2019', 2, false],
      ['2020', 0, true],
      ['2021', 1, false],
    ]);
    expect(figure.published).toEqual({ first: 20180301, last: 20210101 });
    expect(figure.warnings).toEqual([
      'Few incidents: 3 periods have fewer than 10 (hatched). 2018, 2019, 2021.',
      '1 of the 5 incidents has no publication date, so it is left out of every period.',
    ]);
  });

  it('marks an empty period as no data: not low N, no target, “no incident” in the table', () => {
    const figure = periodTotalsFigure(input, viewState('view=trends&per=year'));
    expect(bar(figure, '2020')).toMatchObject({ lowN: false, target: null });
    expect(figure.table).toEqual({
      header: ['Period', 'Incidents', 'Low N'],
      rows: [
        ['2018', 1, 'yes'],
        ['2019', 2, 'yes'],
        ['2020', 0, 'no incident'],
        ['2021', 1, 'yes'],
      ],
    });
    expect(figure.notes).toContain('1 year of the span has no incident: no bar, and “no incident” in the table.');
  });

  it('counts over every filter and leads each bar to its year’s incidents under those filters', () => {
    const figure = periodTotalsFigure(input, viewState('view=trends&per=year&f.objective=malicious'));
    expect(figure.n).toEqual({ value: 2, counts: 'incidents' });
    expect(figure.filters).toEqual(['Objective = malicious']);
    expect(figure.bars.map((each) => [each.key, each.incidents])).toEqual([
      ['2018', 1],
      ['2019', 1],
    ]);
    const target = bar(figure, '2019').target!;
    expect(target.label).toBe('2019: 1 incident. List them');
    expect(target.state.view).toBe('overview');
    expect(target.state.filters.facets.objective.selected).toEqual(['malicious']);
    expect(target.state.filters.years).toEqual({ from: 2019, to: 2019 });
    expect(figure.warnings).toEqual(['Few incidents: 2 periods have fewer than 10 (hatched). 2018, 2019.']);
  });

  it('follows the periods asked for; a quarter’s link opens its year and the notes say so', () => {
    const figure = periodTotalsFigure(input, viewState('view=trends&per=quarter'));
    expect(figure.title).toBe('Incidents per quarter');
    expect(figure.bars[0].key).toBe('2018-Q1');
    expect(figure.bars.length).toBe(13);
    expect(bar(figure, '2019-Q2').target!.label).toBe('Q2 2019: 1 incident. List them (opens 2019)');
    expect(figure.notes).toContain('The incident list filters by whole years, so a quarter’s link lists its whole year.');
  });

  it('warns of nothing once every period is large and every incident dated', () => {
    const many = figureInput(Array.from({ length: 24 }, (_, i) => ({ published: i < 12 ? 20150101 : 20190101, facets: { phase: ['design'] } })));
    const figure = periodTotalsFigure(many, viewState('view=trends&per=year'));
    expect(figure.warnings).toEqual([]);
    expect(figure.n.counts).toBe('incidents');
    expect(figure.legend.map((item) => item.key)).toEqual(['incidents']);
  });
});
