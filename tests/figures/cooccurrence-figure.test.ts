import { describe, expect, it } from 'vitest';
import { cooccurrenceFigure } from '../../src/figures/cooccurrence-figure';
import type { CooccurrenceFigure } from '../../src/figures/cooccurrence-figure';
import { figureInput, viewState } from './figure-fixture';

const input = figureInput([
  { published: 20190101, facets: { behaviour: ['crash', 'omission'], objective: ['malicious'] } },
  { published: 20200601, facets: { behaviour: ['crash', 'omission', 'value'], objective: ['malicious'] } },
  { published: 20210101, facets: { behaviour: ['crash'], objective: ['non-malicious'] } },
  { published: 20220101, facets: { behaviour: ['unknown'], objective: ['malicious'] } },
  { published: 20230101, facets: { objective: ['malicious'] } },
  { kind: 'article', published: 20240101 },
]);

const at = (figure: CooccurrenceFigure, row: string, col: string) => {
  const i = figure.options.findIndex((option) => option.key === row);
  const j = figure.options.findIndex((option) => option.key === col);
  return figure.cells[i][j];
};

describe('cooccurrenceFigure', () => {
  it('counts the incidents with the facet analysed in the filtered selection, and says how many it leaves out', () => {
    const figure = cooccurrenceFigure(input, viewState('f.objective=malicious'), 'behaviour');
    expect(figure.chart).toEqual({ kind: 'cooccurrence', facet: 'behaviour' });
    expect(figure.title).toBe('Behaviour: options that occur together');
    expect(figure.n).toEqual({ value: 3, counts: 'incidents with behaviour analysed; 1 not analysed left out' });
    expect(figure.filters).toEqual(['Objective = malicious']);
    expect(figure.published).toEqual({ first: 20190101, last: 20220101 });
    expect(figure.options.map((option) => option.key)).toEqual(['crash', 'omission', 'value', 'unknown']);
    expect(at(figure, 'crash', 'omission').count).toBe(2);
    expect(at(figure, 'crash', 'crash')).toMatchObject({ count: 2, diagonal: true, intensity: 0 });
    expect(at(figure, 'omission', 'value')).toMatchObject({ count: 1, intensity: 0.5 });
    expect(figure.warnings).toEqual(['Small sample: N = 3, so one incident moves a share by 33 points.']);
  });

  it('counts without a filter on the facet itself, and says so', () => {
    const figure = cooccurrenceFigure(input, viewState('f.behaviour=value'), 'behaviour');
    expect(figure.n.value).toBe(4);
    expect(figure.n.counts).toBe('incidents with behaviour analysed; 2 not analysed left out');
    expect(at(figure, 'crash', 'crash').count).toBe(3);
    expect(figure.filters).toEqual(['Behaviour = value']);
    expect(figure.notes).toContain('Counted without this chart’s own filter, so its other options stay visible.');
    expect(cooccurrenceFigure(input, viewState(), 'behaviour').notes).not.toContain('Counted without this chart’s own filter, so its other options stay visible.');
  });

  it('says that the switch leaving out gaps does not apply, keeping unknown as an option', () => {
    const figure = cooccurrenceFigure(input, viewState('gaps=0'), 'behaviour');
    expect(figure.options.map((option) => option.key)).toContain('unknown');
    expect(figure.n.value).toBe(4);
    expect(figure.notes.some((line) => line.startsWith('The switch leaving out unknown and not analysed does not apply here'))).toBe(true);
    expect(cooccurrenceFigure(input, viewState(), 'behaviour').notes.some((line) => line.startsWith('The switch'))).toBe(false);
  });

  it('leads every cell to the incidents having both options, keeping the other filters', () => {
    const figure = cooccurrenceFigure(input, viewState('f.objective=malicious&f.behaviour=value&view=crosstab'), 'behaviour');
    const pair = at(figure, 'omission', 'crash').target;
    expect(pair.state.view).toBe('overview');
    expect(pair.state.filters.facets.behaviour).toEqual({ selected: ['omission', 'crash'], matchAll: true });
    expect(pair.state.filters.facets.objective.selected).toEqual(['malicious']);
    expect(pair.label).toMatch(/^Behaviour: omission and crash\. 2 incidents have both\./);
    expect(at(figure, 'value', 'value').target.state.filters.facets.behaviour).toEqual({ selected: ['value'], matchAll: false });
  });

  it('writes one record per pair of the options it draws, as the cells count them', () => {
    const figure = cooccurrenceFigure(input, viewState('f.objective=malicious'), 'behaviour');
    expect(figure.table.header).toEqual(['Option', 'With option', 'Incidents']);
    expect(figure.table.rows).toHaveLength(16);
    expect(figure.table.rows).toContainEqual(['crash', 'omission', 2]);
    expect(figure.table.rows).toContainEqual(['value', 'value', 1]);
    expect(figure.table.rows).toContainEqual(['unknown', 'crash', 0]);
  });

  it('names the pair rule and the legend, and no warning once N is large enough', () => {
    const many = figureInput(Array.from({ length: 12 }, () => ({ facets: { behaviour: ['crash', 'timing'] } })));
    const figure = cooccurrenceFigure(many, viewState(), 'behaviour');
    expect(figure.n).toEqual({ value: 12, counts: 'incidents with behaviour analysed' });
    expect(figure.warnings).toEqual([]);
    expect(figure.filters).toEqual([]);
    expect(figure.notes.some((line) => line.startsWith('Multi-valued: an incident counts in every pair'))).toBe(true);
    expect(figure.legend.map((item) => item.label)).toEqual(['Darker: more incidents with both options (diagonal, unshaded: the option’s own count)']);
    expect(at(figure, 'crash', 'timing').intensity).toBe(1);
  });
});
