import { describe, expect, it } from 'vitest';
import { cohortFigure } from '../../src/figures/cohort-figure';
import type { CohortFigure } from '../../src/figures/cohort-figure';
import { figureInput, viewState } from './figure-fixture';

const input = figureInput([
  { published: 20190101, facets: { objective: ['malicious'], phase: ['design'], domain: ['finance'] } },
  { published: 20200601, facets: { objective: ['malicious'], phase: ['design'], domain: ['health'] } },
  { published: 20180301, facets: { objective: ['malicious', 'non-malicious'], phase: ['operation'], domain: ['finance'] } },
  { published: 20210101, facets: { objective: ['non-malicious'], phase: ['operation'], domain: ['finance'] } },
  { published: 20170101, facets: { objective: ['non-malicious'], phase: ['design'], domain: ['health'] } },
  { published: 20220101, facets: { phase: ['unknown'] } },
]);

const MALICIOUS_VS_NOT = 'a.f.objective=malicious&b.f.objective=non-malicious';

const row = (figure: CohortFigure, facet: string, option: string) => figure.groups.find((group) => group.key === facet)!.rows.find((each) => each.key === option)!;
const tableRow = (figure: CohortFigure, facet: string, option: string) => figure.table.rows.find((each) => each[0] === facet && each[1] === option)!;

describe('cohortFigure', () => {
  it('names both cohorts, and counts N as the incidents in A or B with each size and the overlap', () => {
    const figure = cohortFigure(input, viewState(MALICIOUS_VS_NOT));
    expect(figure.chart).toEqual({ kind: 'cohorts' });
    expect(figure.title).toBe('Cohort B (Objective = non-malicious) against cohort A (Objective = malicious)');
    expect(figure.n).toEqual({ value: 5, counts: 'incidents in A or B: 3 in A, 3 in B, 1 in both' });
    expect([figure.cohorts.a.size, figure.cohorts.b.size, figure.cohorts.overlap]).toEqual([3, 3, 1]);
    expect(figure.published).toEqual({ first: 20170101, last: 20210101 });
    expect(figure.build).toBe('fixture');
  });

  it('keeps the selection’s filters both cohorts share apart from what defines each cohort', () => {
    const figure = cohortFigure(input, viewState(`f.domain=finance&${MALICIOUS_VS_NOT}`));
    expect(figure.filters).toEqual(['Domain = finance', 'Cohort A: Objective = malicious', 'Cohort B: Objective = non-malicious']);
    expect(figure.n).toEqual({ value: 3, counts: 'incidents in A or B: 2 in A, 2 in B, 1 in both' });
  });

  it('names a selection filter a cohort replaces as the other cohort’s, never as shared', () => {
    const figure = cohortFigure(input, viewState('f.objective=malicious&b.f.objective=non-malicious'));
    expect(figure.filters).toEqual(['Cohort A: Objective = malicious', 'Cohort B: Objective = non-malicious']);
    expect(figure.title).toBe('Cohort B (Objective = non-malicious) against cohort A (Objective = malicious)');
    const whole = cohortFigure(input, viewState('b.f.domain=health'));
    expect(whole.title).toBe('Cohort B (Domain = health) against cohort A (the whole selection)');
    expect(whole.n.counts).toBe('incidents in A or B: 6 in A, 2 in B, 2 in both');
  });

  it('warns of small and overlapping cohorts, and of an empty one', () => {
    const figure = cohortFigure(input, viewState(MALICIOUS_VS_NOT));
    expect(figure.warnings).toEqual([
      'Small cohorts: A has 3 incidents and B 3, fewer than 30 each, so intervals are wide and few differences can reach significance.',
      '1 incident is in both cohorts; the tests assume independent samples, so shared incidents make the cohorts look more alike than they are.',
    ]);
    const empty = cohortFigure(input, viewState('a.f.objective=malicious&b.f.domain=security'));
    expect(empty.warnings).toEqual([
      'Cohort B has no incident: there is nothing to compare.',
      'Small cohort: A has 3 incidents, fewer than 30, so intervals are wide and few differences can reach significance.',
    ]);
  });

  it('says how it tested, that the defining facet is not tested, and how many differences hold after adjustment', () => {
    const figure = cohortFigure(input, viewState(MALICIOUS_VS_NOT));
    expect(figure.notes[0]).toMatch(/^Defines the cohorts: Objective is used by the cohorts’ own filters/);
    expect(figure.notes).toContainEqual(expect.stringMatching(/Benjamini–Hochberg adjustment across the family of \d+ tested comparisons/));
    expect(figure.notes).toContain('Multi-valued: an incident counts under each option it has, so shares can sum past 100%.');
    const tested = figure.table.rows.filter((each) => each[11] !== null).length;
    expect(tested).toBe(figure.comparison.tests);
    const fisher = figure.table.rows.filter((each) => each[12] === 'Fisher’s exact test').length;
    expect(figure.statistics).toEqual([
      `0 of ${tested} tested differences significant after the Benjamini–Hochberg adjustment (false discovery rate 5%); ${tested - fisher} z-tests, ${fisher} Fisher’s exact tests`,
    ]);
  });

  it('counts one tested difference in the singular, in its statistics, its notes and what its slide draws', () => {
    // Phase defines the cohorts and every incident has the one domain, finance: a single test.
    const single = figureInput([
      ...Array.from({ length: 4 }, (_, i) => ({ published: 20190101 + i, facets: { phase: ['design'], domain: ['finance'] } })),
      ...Array.from({ length: 3 }, (_, i) => ({ published: 20200101 + i, facets: { phase: ['operation'], domain: ['finance'] } })),
    ]);
    const figure = cohortFigure(single, viewState('a.f.phase=design&b.f.phase=operation'));
    expect(figure.comparison.tests).toBe(1);
    expect(figure.statistics).toEqual([
      '0 of 1 tested difference significant after the Benjamini–Hochberg adjustment (false discovery rate 5%); 0 z-tests, 1 Fisher’s exact test',
    ]);
    expect(figure.notes).toContainEqual(expect.stringMatching(/^Filled dots are significant after the Benjamini–Hochberg adjustment across the family of 1 tested comparison; /));
    expect(figure.notes).toContain('The slide and the image draw the 1 difference, the facets that define the cohorts left out; the page and the CSV have every option.');
    expect(cohortFigure(single, viewState('a.f.phase=design&b.f.phase=operation'), { facets: ['domain'] }).largest.title).toBe('The 1 difference in Domain (N: A 4, B 3)');
  });

  it('leads each share to exactly the incidents of its cohort having the option', () => {
    const figure = cohortFigure(input, viewState(`f.domain=finance&${MALICIOUS_VS_NOT}`));
    const design = row(figure, 'phase', 'design');
    expect(design.aText).toBe('50%');
    expect(design.aTarget?.label).toBe('50%, cohort A, design: 1 of 2. List them');
    const a = design.aTarget!.state;
    expect(a.view).toBe('overview');
    expect([a.filters.facets.domain.selected, a.filters.facets.objective.selected, a.filters.facets.phase.selected]).toEqual([['finance'], ['malicious'], ['design']]);
    expect(design.bTarget!.state.filters.facets.objective.selected).toEqual(['non-malicious']);
    expect(figure.cohorts.b.target.state.filters.facets.objective.selected).toEqual(['non-malicious']);
  });

  it('names a cohort of one incident in the singular', () => {
    const figure = cohortFigure(input, viewState(`f.domain=health&${MALICIOUS_VS_NOT}`));
    expect(figure.cohorts.a.target.label).toBe('Cohort A: 1 incident. List them');
    expect(figure.cohorts.b.target.label).toBe('Cohort B: 1 incident. List them');
  });

  it('writes every option of every facet in its table, and draws the largest tested differences on a slide', () => {
    const figure = cohortFigure(input, viewState(MALICIOUS_VS_NOT));
    expect(figure.table.header.slice(0, 8)).toEqual(['Facet', 'Option', 'A incidents', 'A N', 'A share', 'B incidents', 'B N', 'B share']);
    expect(tableRow(figure, 'Phase', 'design').slice(0, 9)).toEqual(['Phase', 'design', 2, 3, 0.666667, 1, 3, 0.333333, -0.333333]);
    expect(figure.table.header.slice(8)).toEqual(['B − A', 'CI95 low', 'CI95 high', 'p', 'Test', 'Adjusted p', 'Significant', 'Not tested because']);
    expect(tableRow(figure, 'Objective', 'malicious').slice(11)).toEqual([null, null, null, null, 'defines the cohorts']);
    expect(tableRow(figure, 'Phase', 'design')[12]).toBe('Fisher’s exact test');
    expect(figure.largest.rows.every((each) => !each.key.startsWith('objective:'))).toBe(true);
    const drawn = figure.groups.filter((group) => group.key !== 'objective').reduce((total, group) => total + group.rows.length, 0);
    expect(figure.notes).toContain(
      `The slide and the image draw all ${drawn} differences, the facets that define the cohorts left out; the page and the CSV have every option.`,
    );
    expect(figure.largest.rows).toHaveLength(drawn);
    expect(figure.largest.title).toBe(`All ${drawn} differences (N: A 3, B 3)`);
  });

  it('draws on a slide the top N differences of the facets chosen, never those that define the cohorts, and says so', () => {
    const figure = cohortFigure(input, viewState(MALICIOUS_VS_NOT), { facets: ['domain', 'phase', 'objective'], top: 2 });
    expect(figure.chart).toEqual({ kind: 'cohorts', facets: ['domain', 'phase', 'objective'], top: 2 });
    const chosen = figure.groups.filter((group) => group.key === 'domain' || group.key === 'phase');
    const every = chosen.flatMap((group) => group.rows.map((each) => ({ key: `${group.key}:${each.key}`, size: Math.abs(each.difference) })));
    const expected = [...every].sort((x, y) => y.size - x.size).slice(0, 2).map((each) => each.key);
    expect(figure.largest.rows.map((each) => each.key)).toEqual(expected);
    expect(figure.largest.title).toBe(`The 2 largest of ${every.length} differences in Phase and Domain (N: A 3, B 3)`);
    expect(figure.notes).toContain(`The slide and the image draw the 2 largest of the ${every.length} differences in Phase and Domain; the page and the CSV have every option.`);
    expect(figure.table.rows).toHaveLength(cohortFigure(input, viewState(MALICIOUS_VS_NOT)).table.rows.length);
  });

  it('draws every difference of a chosen facet that has fewer than N, and draws nothing of a facet only defining the cohorts', () => {
    const phase = cohortFigure(input, viewState(MALICIOUS_VS_NOT), { facets: ['phase'], top: 8 });
    const rows = phase.groups.find((group) => group.key === 'phase')!.rows.length;
    expect(phase.largest.rows).toHaveLength(rows);
    expect(phase.largest.title).toBe(`All ${rows} differences in Phase (N: A 3, B 3)`);
    const defining = cohortFigure(input, viewState(MALICIOUS_VS_NOT), { facets: ['objective'] });
    expect(defining.largest.rows).toEqual([]);
  });
});
