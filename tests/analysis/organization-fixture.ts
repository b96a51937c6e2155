import type { PlainIndex } from '../../src/domain/schema';

/**
 * An organizations column where every name is its own organization, keyed by its
 * lowercase form, and every row names its organizations as `role` (both by default):
 * for fixtures that are about something else.
 */
export function plainOrganizations(values: readonly string[], rows: readonly number[][], role = 3): PlainIndex['organizations'] {
  const order = values.map((_, v) => v).sort((a, b) => (values[a].toLowerCase() < values[b].toLowerCase() ? -1 : 1));
  const of = new Array<number>(values.length);
  order.forEach((v, k) => {
    of[v] = k;
  });
  return {
    values: [...values],
    rows: rows.map((row) => [...row]),
    roles: rows.map((row) => row.map(() => role)),
    names: order.map((v) => values[v]),
    keys: order.map((v) => values[v].toLowerCase()),
    of,
  };
}
