import { describe, expect, it } from 'vitest';
import { gridStep } from '../../src/charts/grid-step';

describe('gridStep', () => {
  it.each([
    ['ArrowRight', false, { row: 1, col: 2 }],
    ['ArrowLeft', false, { row: 1, col: 0 }],
    ['ArrowDown', false, { row: 2, col: 1 }],
    ['ArrowUp', false, { row: 0, col: 1 }],
    ['Home', false, { row: 1, col: 0 }],
    ['End', false, { row: 1, col: 3 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 2, col: 3 }],
  ])('moves %s (Ctrl: %s) from the middle of a 3 × 4 grid', (key, ctrl, expected) => {
    expect(gridStep(key, { row: 1, col: 1 }, 3, 4, ctrl)).toEqual(expected);
  });

  it('stops at the edges', () => {
    expect(gridStep('ArrowLeft', { row: 0, col: 0 }, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(gridStep('ArrowDown', { row: 2, col: 3 }, 3, 4)).toEqual({ row: 2, col: 3 });
  });

  it('leaves other keys to the browser', () => {
    expect(gridStep('Tab', { row: 1, col: 1 }, 3, 4)).toBeNull();
    expect(gridStep('Enter', { row: 1, col: 1 }, 3, 4)).toBeNull();
  });
});
