/** The counts of rows a chart can be asked to draw, on a slide or on screen. */
const TOPS = [3, 5, 8, 10, 12, 15, 20, 30];

/** The counts a choice offers, ascending: the usual ones and any it holds already (a deck file's or a link's own count, a kind's default). */
export const offeredCounts = (...held: readonly (number | undefined | null)[]): number[] =>
  [...new Set([...TOPS, ...held.filter((count): count is number => typeof count === 'number')])].sort((x, y) => x - y);
