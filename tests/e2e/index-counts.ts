import type { Page } from 'playwright-core';
import type { DatasetIndex } from '../../src/domain/schema';
import { servedIndex } from './served-index';

export { servedIndex };

/** Whether incident `row` has `option` in `facet`. */
export function hasOption(index: DatasetIndex, row: number, facet: string, option: string): boolean {
  const column = index.facets[facet as keyof DatasetIndex['facets']];
  return column.combos[column.rows[row]].some((o) => column.options[o] === option);
}

/**
 * Incidents having every given option, counted straight from the served index by a
 * plain loop, so a test checks what the charts say against the data itself.
 */
export async function countWhere(page: Page, conditions: [facet: string, option: string][]): Promise<number> {
  const index = await servedIndex(page);
  let n = 0;
  for (let row = 0; row < index.count; row += 1) {
    if (conditions.every(([facet, option]) => hasOption(index, row, facet, option))) n += 1;
  }
  return n;
}
