/** A place in a grid of cells, counted from 0. */
export interface GridSpot {
  readonly row: number;
  readonly col: number;
}

/**
 * Where a key moves focus in a grid of `rows` × `cols`, as the ARIA grid pattern has it:
 * arrows one cell (stopping at the edges), Home and End to the ends of the row, and with
 * Ctrl to the first and last cell of the grid. Null for a key the grid leaves alone, so
 * the browser keeps its own meaning for it.
 */
export function gridStep(key: string, at: GridSpot, rows: number, cols: number, ctrl = false): GridSpot | null {
  const clamp = (row: number, col: number): GridSpot => ({
    row: Math.min(rows - 1, Math.max(0, row)),
    col: Math.min(cols - 1, Math.max(0, col)),
  });
  switch (key) {
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    default:
      return null;
  }
}
