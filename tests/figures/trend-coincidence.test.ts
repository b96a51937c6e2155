import { describe, expect, it } from 'vitest';
import { coincidingSeries, tiedInPeriod } from '../../src/figures/trend-coincidence';
import type { TrendDatum, TrendSeries } from '../../src/figures/trend-data';

const series = ['design', 'operation', 'unknown', 'not analysed'].map(
  (label, index): TrendSeries => ({ index, option: label, label, colour: 'red', mark: 'option', marker: 'circle', total: 1 }),
);

const datum = (key: string, values: (number | null)[]): TrendDatum => ({
  key,
  start: 0,
  end: 0,
  incidents: 1,
  n: 1,
  lowN: false,
  empty: values.every((v) => v === null),
  cells: [],
  values,
});

describe('coincidingSeries', () => {
  it('groups series equal in every period, gaps in the same places included', () => {
    const data = [datum('2019', [1, 1, 0, 0.5]), datum('2020', [null, null, null, null]), datum('2021', [0.5, 0.5, 0, 0.25])];
    expect(coincidingSeries(series, data).map((group) => group.map((s) => s.label))).toEqual([['design', 'operation']]);
  });

  it('does not group series that meet in one period only, nor series never drawn', () => {
    const data = [datum('2019', [1, 1, null, null]), datum('2020', [0.5, 0.25, null, null])];
    expect(coincidingSeries(series, data)).toEqual([]);
  });
});

describe('tiedInPeriod', () => {
  it('names the series sharing a value in one period', () => {
    expect(tiedInPeriod(series, datum('2019', [1, 1, 0, 0])).map((group) => group.map((s) => s.label))).toEqual([
      ['design', 'operation'],
      ['unknown', 'not analysed'],
    ]);
  });
});
