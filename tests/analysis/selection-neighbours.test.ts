import { describe, expect, it } from 'vitest';
import { selectionNeighbours } from '../../src/analysis/selection-neighbours';

const ids = ['a', 'b', 'c', 'd', 'e'];
/** Rows 4, 1, 3 and 0 in list order: row 2 is outside the selection. */
const ordered = Uint32Array.of(4, 1, 3, 0);

describe('selectionNeighbours', () => {
  it('finds the incident in list order and names the ones beside it, reading only their ids', () => {
    const read: number[] = [];
    const idAt = (row: number) => {
      read.push(row);
      return ids[row];
    };
    expect(selectionNeighbours(ordered, 3, idAt)).toEqual({ position: 2, total: 4, previous: 'b', next: 'a' });
    expect(read).toEqual([1, 0]);
  });

  it('has no neighbour past either end, and none for an incident outside the selection', () => {
    const idAt = (row: number) => ids[row];
    expect(selectionNeighbours(ordered, 4, idAt)).toEqual({ position: 0, total: 4, previous: null, next: 'b' });
    expect(selectionNeighbours(ordered, 0, idAt)).toEqual({ position: 3, total: 4, previous: 'd', next: null });
    expect(selectionNeighbours(ordered, 2, idAt)).toEqual({ position: -1, total: 4, previous: null, next: null });
    expect(selectionNeighbours(ordered, -1, idAt)).toEqual({ position: -1, total: 4, previous: null, next: null });
    expect(selectionNeighbours(new Uint32Array(0), 0, idAt)).toEqual({ position: -1, total: 0, previous: null, next: null });
  });
});
