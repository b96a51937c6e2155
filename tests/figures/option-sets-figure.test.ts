import { describe, expect, it } from 'vitest';
import { COMBINATION_LIMIT, optionSetsFigure } from '../../src/figures/option-sets-figure';
import { figureInput, viewState } from './figure-fixture';

const input = figureInput([
  { published: 20190101, facets: { behaviour: ['crash', 'omission'], objective: ['malicious'] } },
  { published: 20200601, facets: { behaviour: ['crash', 'omission'], objective: ['malicious'] } },
  { published: 20200701, facets: { behaviour: ['crash', 'omission', 'value'], objective: ['malicious'] } },
  { published: 20210101, facets: { behaviour: ['crash'], objective: ['non-malicious'] } },
  { published: 20220101, facets: { behaviour: ['unknown'], objective: ['malicious'] } },
  { published: 20230101, facets: { objective: ['malicious'] } },
]);

describe('optionSetsFigure', () => {
  it('counts the exact sets of the incidents with the facet analysed in the filtered selection', () => {
    const figure = optionSetsFigure(input, viewState('f.objective=malicious'), 'behaviour');
    expect(figure.chart).toEqual({ kind: 'option-sets', facet: 'behaviour' });
    expect(figure.title).toBe('Behaviour: the most frequent exact sets');
    expect(figure.n).toEqual({ value: 4, counts: 'incidents with behaviour analysed; 1 not analysed left out' });
    expect(figure.filters).toEqual(['Objective = malicious']);
    expect(figure.published).toEqual({ first: 20190101, last: 20220101 });
    expect(figure.sets.map((set) => [set.label, set.count, set.share])).toEqual([
      ['crash + omission', 2, 0.5],
      ['crash + omission + value', 1, 0.25],
      ['unknown', 1, 0.25],
    ]);
    expect(figure.columns.map((column) => column.key)).toEqual(['crash', 'omission', 'value', 'unknown']);
    expect(figure.rest.incidents).toBe(0);
    expect(figure.warnings).toEqual(['Small sample: N = 4, so one incident moves a share by 25 points.']);
  });

  it('names one set, or none, in words rather than "the 1 most frequent sets"', () => {
    const single = figureInput([{ published: 20190101, facets: { behaviour: ['omission', 'value'] } }]);
    expect(optionSetsFigure(single, viewState(), 'behaviour').subtitle).toBe('The one set of behaviour options the incidents have, exactly.');
    expect(optionSetsFigure(input, viewState(), 'behaviour', { top: 1 }).subtitle).toBe('The most frequent set of behaviour options the incidents have, exactly.');
    expect(optionSetsFigure(single, viewState(), 'duration').subtitle).toBe('No incident has duration analysed, so there is no set of its options to show.');
    expect(optionSetsFigure(input, viewState(), 'behaviour').subtitle).toBe('The 4 most frequent sets of behaviour options the incidents have, exactly.');
  });

  it('counts without a filter on the facet itself, and says so', () => {
    const figure = optionSetsFigure(input, viewState('f.behaviour=value'), 'behaviour');
    expect(figure.n.value).toBe(5);
    expect(figure.sets.find((set) => set.label === 'crash')?.count).toBe(1);
    expect(figure.notes).toContain('Counted without this chart’s own filter, so its other options stay visible.');
  });

  it('leads a set to the incidents having all of its options, and warns that some have more', () => {
    const figure = optionSetsFigure(input, viewState('f.objective=malicious&f.behaviour=crash'), 'behaviour');
    const target = figure.sets[0].target;
    expect(target.state.view).toBe('overview');
    expect(target.state.filters.facets.behaviour).toEqual({ selected: ['crash', 'omission'], matchAll: true });
    expect(target.state.filters.facets.objective.selected).toEqual(['malicious']);
    expect(target.label).toBe('crash + omission: exactly this set for 2 incidents. List the incidents having all of these (some have more)');
    expect(figure.notes).toContain('A set’s link lists the incidents having all of its options; some of those have more.');
  });

  it('sums the sets past the limit into one line that the table and the notes carry, so the table adds up to N', () => {
    const options = ['crash', 'omission', 'timing', 'value', 'byzantine', 'other'];
    const rows = [];
    for (let set = 1; set < 2 ** options.length; set++) {
      const behaviour = options.filter((_, k) => (set & (1 << k)) !== 0);
      for (let copy = 0; copy < (behaviour.length === 1 ? 3 : 1); copy++) rows.push({ facets: { behaviour } });
    }
    const figure = optionSetsFigure(figureInput(rows), viewState(), 'behaviour');
    expect(figure.n).toEqual({ value: 63 + 12, counts: 'incidents with behaviour analysed' });
    expect(figure.sets).toHaveLength(COMBINATION_LIMIT);
    expect(figure.rest).toEqual({ incidents: 75 - 6 * 3 - 4, sets: 63 - COMBINATION_LIMIT, share: 53 / 75 });
    expect(figure.table.header).toEqual(['Set', 'Incidents', 'Share']);
    expect(figure.table.rows.at(-1)).toEqual(['53 incidents in 53 rarer sets', 53, 0.706667]);
    expect(figure.table.rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(figure.n.value);
    expect(figure.notes[0]).toBe('Every incident of N has exactly one set of behaviour options, so the sets and the 53 incidents in 53 rarer sets add up to N.');
    expect(figure.warnings).toEqual([]);
  });

  it('says what a group of rarer options stands for when a drawn set holds it', () => {
    const extras = Array.from({ length: 40 }, (_, k) => ({ facets: { behaviour: ['crash', `extra-${String(k).padStart(2, '0')}`] } }));
    const figure = optionSetsFigure(figureInput([...extras, { facets: { behaviour: ['crash'] } }]), viewState(), 'behaviour');
    expect(figure.sets[0].label).toMatch(/^crash \+ [\d,]+ rarer options$/);
    expect(figure.notes).toContain('In a set, the rarer options stand for one or more of them.');
    expect(figure.notes.some((line) => line.startsWith('Behaviour: “') && line.includes('so it is not the sum of their counts'))).toBe(true);
  });
});

describe('optionSetsFigure drawing its top N on a slide', () => {
  it('draws the N most frequent sets and sums the incidents of the rest', () => {
    const figure = optionSetsFigure(input, viewState('f.objective=malicious'), 'behaviour', { top: 1 });
    expect(figure.chart).toEqual({ kind: 'option-sets', facet: 'behaviour', top: 1 });
    expect(figure.sets.map((set) => set.label)).toEqual(['crash + omission']);
    expect(figure.rest).toEqual({ incidents: 2, sets: 2, share: 0.5 });
    expect(figure.table.rows.at(-1)).toEqual(['2 incidents in 2 rarer sets', 2, 0.5]);
  });
});
