import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/analysis/findings/finding-types';
import { scanFindings } from '../../src/analysis/findings/scan-findings';
import { findingChart, findingSentence, findingTitle, findingView, qValueText, scanMethods } from '../../src/figures/finding-words';
import { articlesInOperation, financeRises, outsideIsMalicious, type Plant, plantedColumns, setOption } from '../analysis/findings/planted-dataset';
import { viewState } from './figure-fixture';
import { formatCount } from '../../src/components/format-count';

const columns = plantedColumns(3000, 7, [outsideIsMalicious, financeRises, articlesInOperation]);
const everything = scanFindings(columns, columns.all, []);
const articles = scanFindings(columns, columns.articles, []);
const findings: Finding[] = [...everything.groups, ...articles.groups].flatMap((g) => [g.lead, ...g.alike]);
const ofKind = <K extends Finding['kind']>(kind: K) => findings.find((f): f is Finding & { kind: K } => f.kind === kind)!;
const percent = (successes: number, n: number) => `${Math.round((successes / n) * 100)}%`;

describe('findingSentence', () => {
  it('says an association in words, with the two shares, the interval, N and q of the finding', () => {
    const finding = ofKind('association');
    const sentence = findingSentence(finding);
    expect(sentence).toMatch(/^Incidents with [A-Z][a-z]+: [a-z -]+ are \d+\.\d+ times as often [A-Z][a-z]+: [a-z -]+ as the others \(\d+% vs \d+%, 95% CI \d+\.\d+–\d+\.\d+, [\d,]+ incidents, q [<=] [\d.]+\)\.$/);
    expect(sentence).toContain(`(${percent(finding.exposed.successes, finding.exposed.n)} vs ${percent(finding.reference.successes, finding.reference.n)}`);
    expect(sentence).toContain(`${(finding.exposed.n + finding.reference.n).toLocaleString('en')} incidents`);
  });

  it('says a trend with its slope in points a year, which way it went, and its first and last shares', () => {
    const finding = ofKind('trend');
    const [first, last] = [finding.points[0], finding.points[finding.points.length - 1]];
    expect(findingSentence(finding)).toBe(
      `Domain: finance rose by ${(finding.slope * 100).toFixed(1)} points a year over ${first.time}–${last.time} ` +
        `(95% CI +${(finding.low * 100).toFixed(1)} to +${(finding.high * 100).toFixed(1)}; ${percent(first.successes, first.n)} in ${first.time} and ${percent(last.successes, last.n)} in ${last.time}; ` +
        `${finding.points.reduce((s, p) => s + p.n, 0).toLocaleString('en')} incidents, ${qValueText(finding.qValue)}).`,
    );
  });

  it('never reads the first and last years as the direction when the fitted line goes the other way', () => {
    const points = [
      { time: 2012, successes: 6, n: 10 },
      { time: 2013, successes: 10, n: 50 },
      { time: 2017, successes: 25, n: 50 },
      { time: 2023, successes: 4, n: 10 },
    ];
    const finding: Finding = { kind: 'trend', key: 'trend phase design', subject: { facet: 'phase', option: 'design' }, points, slope: 0.012, low: 0.003, high: 0.021, fit: 0.8, test: 'trend', pValue: 0.002, qValue: 0.01 };
    const sentence = findingSentence(finding);
    expect(sentence).not.toMatch(/rose from 60% in 2012 to 40% in 2023/);
    expect(sentence).toBe('Phase: design rose by 1.2 points a year over 2012–2023 (95% CI +0.3 to +2.1; 60% in 2012 and 40% in 2023; 120 incidents, q = 0.01).');
  });

  it('says how little of the years’ differences its line explains when a share jumps about more than it moves', () => {
    // Design every year but one in three: a line through it rises a little, and misses every year by far.
    const zigzag: Plant = (draft) => setOption(draft, 'phase', (draft.year - 2010) % 3 === 0 ? 'operation' : 'design');
    const jumpy = plantedColumns(3000, 7, [zigzag]);
    const found = scanFindings(jumpy, jumpy.all, []).groups.flatMap((g) => [g.lead, ...g.alike]);
    const design = found.find((f) => f.kind === 'trend' && f.subject.facet === 'phase' && f.subject.option === 'design')!;
    expect(findingSentence(design)).toMatch(/^Phase: design rose by \d+\.\d points a year over 2010–2020 \(95% CI [^;]+; \d+% in 2010 and \d+% in 2020; the line explains only [1-5]% of how the years differ; [\d,]+ incidents, q [<=] [\d.]+\)\.$/);
    expect(findingSentence(ofKind('trend'))).not.toContain('the line explains');
    expect(findingSentence({ ...design, fit: 0.003 } as Finding)).toContain('; the line explains only less than 1% of how the years differ; ');
  });

  it('says a ratio a zero count leaves to Haldane’s correction as the bound of its interval, not as a count it did not see', () => {
    // Operation in the years 2010, 2013, 2016 and 2019 only: never in 2020, the latest year.
    const gone: Plant = (draft) => setOption(draft, 'phase', (draft.year - 2010) % 3 === 0 ? 'operation' : 'design');
    const columnsGone = plantedColumns(3000, 7, [gone]);
    const found = scanFindings(columnsGone, columnsGone.all, []).groups.flatMap((g) => [g.lead, ...g.alike]);
    const recent = found.find((f) => f.kind === 'recent' && f.subject.option === 'operation')!;
    if (recent.kind !== 'recent') throw new Error('no finding of operation in 2020');
    expect(recent.exposed.successes).toBe(0);
    expect(findingSentence(recent)).toMatch(/^In 2020, Phase: operation was at most 0\.\d\d times as common as in 2010–2019 \(0% vs \d+%, 95% CI 0\.00–0\.\d\d, /);
    expect(findingSentence(recent)).toContain(`at most ${recent.ratio.high.toFixed(2)} times`);
    const design = found.find((f) => f.kind === 'recent' && f.subject.option === 'design')!;
    if (design.kind !== 'recent') throw new Error('no finding of design in 2020');
    expect(design.reference.successes).toBeGreaterThan(0);
    expect(findingSentence(design)).toMatch(/^In 2020, Phase: design was \d\.\d times as common/);

    // Finance in 2020 only: a share of 0 before it.
    const arrived: Plant = (draft) => setOption(draft, 'domain', draft.year === 2020 ? 'finance' : 'health');
    const columnsArrived = plantedColumns(3000, 7, [arrived]);
    const finance = scanFindings(columnsArrived, columnsArrived.all, [])
      .groups.flatMap((g) => [g.lead, ...g.alike])
      .find((f) => f.kind === 'recent' && f.subject.option === 'finance')!;
    if (finance.kind !== 'recent') throw new Error('no finding of finance in 2020');
    expect(finance.reference.successes).toBe(0);
    expect(findingSentence(finance)).toContain(`In 2020, Domain: finance was at least ${formatCount(Math.round(finance.ratio.low))} times as common as in 2010–2019 (100% vs 0%, 95% CI `);
  });

  it('says what sets a selection apart, and names the latest year against the years before', () => {
    expect(findingSentence(ofKind('selection'))).toMatch(/^Phase: (operation|design) is \d+\.\d+ times as common in the selection as in the rest of the dataset \(/);
    expect(findingSentence(ofKind('recent'))).toMatch(/^In 2020, Domain: finance was \d+\.\d+ times as common as in 2010–2019 \(/);
  });
});

describe('qValueText', () => {
  it('bounds tiny values and keeps as many digits as the value honestly has', () => {
    expect([0.0004, 0.004, 0.04, 0.5].map(qValueText)).toEqual(['q < 0.001', 'q = 0.004', 'q = 0.04', 'q = 0.50']);
  });
});

describe('findingView', () => {
  it('opens the crosstab of an association with the given option’s row shares, counting as the scan does, filters kept', () => {
    const finding = ofKind('association');
    const state = viewState('f.domain=finance&from=2012');
    const view = findingView(finding, state);
    expect(view).toMatchObject({ view: 'crosstab', excludeGaps: true, filters: state.filters, crosstab: { rows: finding.given.facet, cols: finding.outcome.facet, cell: 'row' } });
    expect(findingChart(finding)).toEqual({ kind: 'crosstab', rows: finding.given.facet, columns: finding.outcome.facet });
    expect(findingTitle(finding)).toMatch(/ → /);
  });

  it('opens a trend per year in shares, and a selection finding in the overview', () => {
    expect(findingView(ofKind('trend'), viewState())).toMatchObject({ view: 'trends', trend: { facet: 'domain', granularity: 'year', measure: 'share' } });
    expect(findingView(ofKind('selection'), viewState('kind=article'))).toMatchObject({ view: 'overview', excludeGaps: true, filters: { kind: 'article' } });
  });
});

describe('scanMethods', () => {
  it('states the family size and every test kind it counted, and names the facets left out', () => {
    const malicious = scanFindings(columns, columns.facets.objective.optionBits[0], ['objective']);
    const [first, ...rest] = scanMethods(malicious);
    expect(first).toMatch(new RegExp(`^${malicious.tests.toLocaleString('en')} tests: `));
    expect(rest.join(' ')).toContain(`over all ${malicious.tests.toLocaleString('en')} tests`);
    expect(rest.some((line) => line.startsWith('Left out: Objective'))).toBe(true);
  });

  it('counts one test of a kind, and one test in all, in the singular', () => {
    const one = { ...everything, tests: 1, testsByKind: { selection: 0, association: 1, cooccurrence: 0, trend: 0, recent: 0 } };
    const [first, , adjusted] = scanMethods(one);
    expect(first).toBe('1 test: 1 pair of options of two facets.');
    expect(adjusted).toMatch(/^The p-value is adjusted with the Benjamini–Hochberg procedure over its 1 test, which leaves it as it is; a finding is listed when/);
    const two = { ...everything, tests: 3, testsByKind: { selection: 0, association: 1, cooccurrence: 0, trend: 2, recent: 0 } };
    expect(scanMethods(two)[0]).toBe('3 tests: 1 pair of options of two facets, 2 trends across the years.');
  });

  it('says no p-value was adjusted when no test ran', () => {
    const none = { ...everything, tests: 0, testsByKind: { selection: 0, association: 0, cooccurrence: 0, trend: 0, recent: 0 } };
    const [first, , adjusted] = scanMethods(none);
    expect(first).toBe('No test ran.');
    expect(adjusted).toMatch(/^No test ran, so no p-value is adjusted; a finding would be listed when its adjusted p \(q\) is at most 0\.05,/);
    expect(scanMethods(none).join(' ')).not.toContain('0 tests');
  });
});
