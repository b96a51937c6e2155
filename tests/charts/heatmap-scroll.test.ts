import { describe, expect, it } from 'vitest';
import { heatmapScroll } from '../../src/charts/heatmap-scroll';

// 11 columns of 100 px beside 100 px of row labels, then a 64 px margin: 1,268 px in all.
const LAYOUT = { labelWidth: 100, cellWidth: 100 };
const WIDTH = 100 + 11 * 100 + 64 + 4;
const at = (scrollLeft: number, clientWidth = 340) => heatmapScroll({ scrollLeft, clientWidth, scrollWidth: WIDTH }, LAYOUT, 11);

describe('heatmapScroll', () => {
  it('says nothing when the whole table fits its box', () => {
    expect(heatmapScroll({ scrollLeft: 0, clientWidth: WIDTH, scrollWidth: WIDTH }, LAYOUT, 11)).toBeNull();
  });

  it.each([
    [0, { moreBefore: false, moreAfter: true, first: 1, last: 2, hint: 'Scroll sideways for all 11 columns (columns 1–2 in view)' }],
    [250, { moreBefore: true, moreAfter: true, first: 4, last: 4, hint: 'Scroll sideways for all 11 columns (column 4 in view)' }],
    [300, { moreBefore: true, moreAfter: true, first: 4, last: 5, hint: 'Scroll sideways for all 11 columns (columns 4–5 in view)' }],
    [WIDTH - 340, { moreBefore: true, moreAfter: false, first: 11, last: 11, hint: 'Scroll back for the first 10 of 11 columns (column 11 in view)' }],
  ])('at %i px tells which columns are in view and where the rest are', (scrollLeft, expected) => {
    expect(at(scrollLeft)).toEqual(expected);
  });

  it('counts a column wider than the space beside the labels as in view when part of it shows', () => {
    expect(at(120, 150)).toMatchObject({ first: 2, last: 2 });
  });

  it('treats a fractional pixel short of an end as the end', () => {
    expect(at(WIDTH - 340 - 0.5)).toMatchObject({ moreAfter: false });
    expect(at(0.5)).toMatchObject({ moreBefore: false });
  });

  it('points to the totals when every option column shows but the margin does not', () => {
    expect(heatmapScroll({ scrollLeft: 0, clientWidth: 1210, scrollWidth: WIDTH }, LAYOUT, 11)?.hint).toBe('Scroll sideways for the totals (all 11 columns in view)');
  });
});
