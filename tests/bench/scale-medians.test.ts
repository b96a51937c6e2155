import { describe, expect, it } from 'vitest';
import { type ScaleRun, scaleMedians } from '../../bench/browser-1m';

const run = (load: number, clicks: number[]): ScaleRun => ({ load, list: 2 * load, longestTask: 50, clicks, searchFirst: 400, searchKeystroke: 60, crosstab: 90, heap: 70 });

describe('the figures of the loads at one size', () => {
  it('says the first click after each load apart from every click: the first counts a selection nothing counted before', () => {
    const figures = scaleMedians([run(2000, [120, 50]), run(2100, [140, 55]), run(2200, [110, 60])]);
    expect(figures.firstClick).toBe(120);
    expect(figures.click).toBe(85);
    expect(figures.load).toBe(2100);
  });
});
