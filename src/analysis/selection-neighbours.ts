/** Where an incident sits in the selection's list order, and the incidents before and after it. */
export interface SelectionNeighbours {
  /** 0-based; -1 when the incident is not in the selection. */
  readonly position: number;
  readonly total: number;
  readonly previous: string | null;
  readonly next: string | null;
}

/**
 * The neighbours of row `row` (-1 for none) in `ordered`, a selection's rows in list
 * order, named by `idAt`. The row is found among the rows, and only the two ids beside it
 * are read, so an incident page never reads the ids of a whole selection.
 */
export function selectionNeighbours(ordered: Uint32Array, row: number, idAt: (row: number) => string): SelectionNeighbours {
  const position = row < 0 ? -1 : ordered.indexOf(row);
  const total = ordered.length;
  if (position === -1) return { position, total, previous: null, next: null };
  return { position, total, previous: position > 0 ? idAt(ordered[position - 1]) : null, next: position < total - 1 ? idAt(ordered[position + 1]) : null };
}
