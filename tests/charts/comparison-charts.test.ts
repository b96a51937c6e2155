import { describe, expect, it } from 'vitest';
import { heatmapLayout, twoLines } from '../../src/charts/heatmap-layout';
import type { HeatmapModel } from '../../src/charts/heatmap-types';
import { legendLayout } from '../../src/charts/svg-legend';
import { countSentence, periodLabel, shareSentence } from '../../src/figures/trend-text';

describe('trend text', () => {
  it.each<[string, string]>([
    ['2019', '2019'],
    ['2019-Q2', 'Q2 2019'],
    ['2019-03', 'Mar 2019'],
  ])('reads period %s as %s', (key, label) => {
    expect(periodLabel(key)).toBe(label);
  });

  it('writes a share with its count, denominator and interval', () => {
    expect(shareSentence('Design', { count: 12, share: 0.6, interval: { estimate: 0.6, low: 0.3866, high: 0.7812 } }, 20)).toBe(
      'Design: 12 of 20 (60%, 95% CI 39–78%)',
    );
    expect(shareSentence('Unknown', { count: 3, share: null, interval: null }, 20)).toBe('Unknown: 3 (left out of N)');
    expect(shareSentence('Design', { count: 0, share: null, interval: null }, 0)).toBe('Design: no incident');
    expect(countSentence('Design', 1)).toBe('Design: 1 incident');
  });
});

describe('legend layout', () => {
  it('wraps entries into rows within the width, and reports the widest row', () => {
    const items = ['crash', 'omission', 'timing', 'value'].map((label) => ({ key: label, label, swatch: 'line' as const }));
    const wide = legendLayout(items, 1000);
    expect(new Set(wide.items.map((item) => item.y))).toEqual(new Set([0]));
    const narrow = legendLayout(items, 150);
    expect(narrow.items.map((item) => item.x)).toEqual([0, 0, 0, 0]);
    expect(narrow.height).toBe(4 * 20);
    expect(legendLayout([], 100)).toEqual({ items: [], width: 0, height: 0 });
  });
});

describe('heatmap layout', () => {
  it('breaks a column label into at most two lines', () => {
    expect(twoLines('outside system')).toEqual(['outside', 'system']);
    expect(twoLines('crash')).toEqual(['crash']);
    expect(twoLines('theoretical consequence of things')).toEqual(['theoretical', 'consequence…']);
    expect(twoLines('incomprehensibilities')).toEqual(['incomprehensi…']);
  });

  it('widens the cells so that the column labels of neighbours never touch', () => {
    const cell = { text: '1', subtext: null, tone: 'value' as const, intensity: 0, notable: false, tip: [], target: { href: '', label: '', onFollow: () => undefined } };
    const line = (key: string, label: string) => ({ key, label, gap: false });
    const model: HeatmapModel = {
      rowTitle: 'Consequence',
      colTitle: 'Consequence',
      rows: [line('a', 'harm')],
      cols: [line('n', 'no consequence'), line('t', 'theoretical consequence')],
      cells: [[cell, cell]],
      margins: null,
    };
    const layout = heatmapLayout(model);
    expect(layout.colLines).toEqual([['no', 'consequence'], ['theoretical', 'consequence']]);
    expect(layout.cellWidth).toBeGreaterThanOrEqual('consequence'.length * 7.2 + 8);
    expect(heatmapLayout({ ...model, cols: [line('x', 'within system')] }).cellWidth).toBe(80);
  });

  it('makes room for the margins and for residuals under the numbers', () => {
    const cell = { text: '1', subtext: null, tone: 'value' as const, intensity: 0, notable: false, tip: [], target: { href: '', label: '', onFollow: () => undefined } };
    const model: HeatmapModel = {
      rowTitle: 'Objective',
      colTitle: 'Boundary',
      rows: [{ key: 'a', label: 'malicious', gap: false }],
      cols: [
        { key: 'x', label: 'within system', gap: false },
        { key: 'y', label: 'outside system', gap: false },
      ],
      cells: [[cell, { ...cell, subtext: 'r +2.0' }]],
      margins: null,
    };
    const bare = heatmapLayout(model);
    expect(bare.width).toBe(bare.labelWidth + 2 * bare.cellWidth + 4);
    expect(bare.cellHeight).toBeGreaterThan(heatmapLayout({ ...model, cells: [[cell, cell]] }).cellHeight);
    const withMargins = heatmapLayout({ ...model, margins: { rows: [], cols: [], total: { text: '1', target: cell.target } } });
    expect(withMargins.width).toBe(bare.width + withMargins.marginWidth);
    expect(withMargins.height).toBe(bare.height + bare.cellHeight);
  });
});
