/** Where an incident sits in the selection's list order, and the incidents before and after it. */
export interface SelectionNeighbours {
  /** 0-based; -1 when the incident is not in the selection. */
  readonly position: number;
  readonly total: number;
  readonly previous: string | null;
  readonly next: string | null;
}

/**
 * The neighbours of `id` among `total` incidents whose ids `idAt` reads in list order.
 * One scan that stops at the incident and reads only the two ids beside it, so an
 * incident page never copies the ids of a whole selection.
 */
export function selectionNeighbours(total: number, idAt: (position: number) => string, id: string): SelectionNeighbours {
  let position = -1;
  for (let i = 0; i < total; i++) {
    if (idAt(i) === id) {
      position = i;
      break;
    }
  }
  if (position === -1) return { position, total, previous: null, next: null };
  return { position, total, previous: position > 0 ? idAt(position - 1) : null, next: position < total - 1 ? idAt(position + 1) : null };
}
