// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { groupColumns } from '../../src/analysis/option-groups';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { KnownChartSchema } from '../../src/figures/chart-descriptor';
import type { KnownChart } from '../../src/figures/chart-descriptor';
import { figureOf } from '../../src/figures/figure-of';
import type { Figure } from '../../src/figures/figure-of';
import { DECK_STORAGE_KEY } from '../../src/presentation/deck-storage';
import { figureInputOf } from '../../src/state/figure-input';
import { parseUrlState } from '../../src/state/url-state';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { deckOf, slide } from './deck-fixture';

const { dataset } = useDatasetServer();

/** One slide of every chart kind, each over a view that gives it warnings where the kind has any. */
const SLIDES: readonly (readonly [view: string, chart: KnownChart])[] = [
  ['?f.objective=malicious', { kind: 'facet', facet: 'domain' }],
  ['?view=trends&f.objective=malicious&per=year', { kind: 'trend', facet: 'phase' }],
  ['?view=trends&layout=multiples', { kind: 'trend', facet: 'objective' }],
  ['?view=crosstab&rows=phase&cols=objective&f.domain=finance', { kind: 'crosstab', rows: 'phase', columns: 'objective' }],
  ['?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious', { kind: 'cohorts' }],
  ['?view=trends&f.domain=finance', { kind: 'period-totals' }],
  ['?view=crosstab&co=consequence&f.objective=malicious', { kind: 'cooccurrence', facet: 'consequence' }],
  ['?view=crosstab&co=consequence', { kind: 'option-sets', facet: 'consequence' }],
];

/** The figure each slide should draw, counted here from the served index as the app counts it. */
function expectedFigures(): Figure[] {
  const index = dataset().index();
  const input = figureInputOf(groupColumns(prepareColumns(index)), index.build);
  return SLIDES.map(([view, chart]) => figureOf(input, parseUrlState(view), KnownChartSchema.parse(chart))!);
}

/** Everything a slide says in words: its text (SVG labels included) and the names of its pictures. */
const wordsOf = (section: Element): string =>
  [section.textContent ?? '', ...[...section.querySelectorAll('[aria-label]')].map((each) => each.getAttribute('aria-label') ?? '')].join('\n');

afterEach(() => window.localStorage.clear());

describe('every kind of slide in present mode', () => {
  it('carries its figure’s legend and every one of its warnings', async () => {
    const deck = deckOf(...SLIDES.map(([view, chart], i) => slide({ id: `slide-${i + 1}`, view, chart, title: `Slide ${i + 1}` })));
    window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
    const figures = expectedFigures();
    expect(figures.filter((figure) => figure.warnings.length > 0).length).toBeGreaterThanOrEqual(4);
    renderApp('?view=present');
    await screen.findAllByText(/^N = /, undefined, { timeout: 10_000 });
    const sections = [...document.querySelectorAll('section.present-slide')];
    await waitFor(() => expect(sections.every((section) => section.querySelector('.figure-caption') !== null)).toBe(true), { timeout: 10_000 });
    const said = sections.map((section, i) => ({
      kind: SLIDES[i][1].kind,
      legendMissing: figures[i].legend.map((item) => item.label).filter((label) => !wordsOf(section).includes(label)),
      warnings: [...section.querySelectorAll('.figure-notes__warning')].map((line) => line.textContent?.replace(/^Careful: /, '')),
    }));
    expect(said).toEqual(figures.map((figure, i) => ({ kind: SLIDES[i][1].kind, legendMissing: [], warnings: figure.warnings })));
    expect(figures.every((figure) => figure.legend.length > 0)).toBe(true);
  });
});
