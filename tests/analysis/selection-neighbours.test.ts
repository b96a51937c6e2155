import { describe, expect, it } from 'vitest';
import { selectionNeighbours } from '../../src/analysis/selection-neighbours';

const ids = ['a', 'b', 'c', 'd'];

describe('selectionNeighbours', () => {
  it('finds the incident and the ones beside it, reading only what it needs', () => {
    const read: number[] = [];
    const idAt = (position: number) => {
      read.push(position);
      return ids[position];
    };
    expect(selectionNeighbours(ids.length, idAt, 'b')).toEqual({ position: 1, total: 4, previous: 'a', next: 'c' });
    expect(read).toEqual([0, 1, 0, 2]);
  });

  it('has no neighbour past either end, and none for an incident outside the selection', () => {
    const idAt = (position: number) => ids[position];
    expect(selectionNeighbours(ids.length, idAt, 'a')).toEqual({ position: 0, total: 4, previous: null, next: 'b' });
    expect(selectionNeighbours(ids.length, idAt, 'd')).toEqual({ position: 3, total: 4, previous: 'c', next: null });
    expect(selectionNeighbours(ids.length, idAt, 'z')).toEqual({ position: -1, total: 4, previous: null, next: null });
    expect(selectionNeighbours(0, idAt, 'a')).toEqual({ position: -1, total: 0, previous: null, next: null });
  });
});
