import type { Page } from 'playwright-core';

interface RawIndex {
  count: number;
  facets: Record<string, { options: string[]; combos: number[][]; rows: number[] }>;
}

/**
 * Incidents having every given option, counted straight from the served index.json by a
 * plain loop in the page, so a test checks what the charts say against the data itself.
 */
export async function countWhere(page: Page, conditions: [facet: string, option: string][]): Promise<number> {
  return page.evaluate(async (conds) => {
    const index = (await (await fetch('data/index.json')).json()) as RawIndex;
    let n = 0;
    for (let row = 0; row < index.count; row += 1) {
      const has = ([facet, option]: [string, string]) => {
        const column = index.facets[facet];
        return column.combos[column.rows[row]].some((o) => column.options[o] === option);
      };
      if (conds.every(has)) n += 1;
    }
    return n;
  }, conditions);
}
