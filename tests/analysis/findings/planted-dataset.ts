import { fromIndices } from '../../../src/analysis/bitset';
import type { Bitset } from '../../../src/analysis/bitset';
import { prepareColumns } from '../../../src/analysis/prepared-columns';
import type { PreparedColumns } from '../../../src/analysis/prepared-columns';
import { seededRandomIndex } from '../../../src/analysis/statistics/seeded-random';
import type { DatasetIndex } from '../../../src/domain/schema';
import { FACETS, FACET_IDS } from '../../../src/domain/taxonomy';
import type { FacetId } from '../../../src/domain/taxonomy';
import { fixtureIndex } from '../index-fixture';
import type { FixtureRow } from '../index-fixture';

/** A seeded source of uniform numbers in [0, 1). */
export const uniform = (seed: number): (() => number) => {
  const next = seededRandomIndex(seed);
  return () => next(1 << 30) / (1 << 30);
};

/** One incident being generated: its facets' options, its year and its kind, open to a planted rule. */
export interface Draft {
  readonly facets: Record<FacetId, string[]>;
  year: number;
  kind: 'report' | 'article';
}

/** Changes an incident after its noise is drawn: how a signal is hidden in a dataset. */
export type Plant = (draft: Draft, random: () => number) => void;

/**
 * `size` incidents whose options are drawn independently: one option of each facet,
 * uniformly, and a second one with probability 0.1, a year in 2010–2020 and a kind (30%
 * articles). Nothing in it is associated with anything until `plants` make it so.
 */
export function plantedIndex(size: number, seed: number, plants: readonly Plant[] = []): DatasetIndex {
  const random = uniform(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const rows: FixtureRow[] = [];
  for (let i = 0; i < size; i++) {
    const facets = Object.fromEntries(
      FACET_IDS.map((facet) => {
        const ids = FACETS[facet].options.map((o) => o.id);
        const first = pick(ids);
        const second = random() < 0.1 ? pick(ids) : first;
        return [facet, [...new Set([first, second])]];
      }),
    ) as Record<FacetId, string[]>;
    const draft: Draft = { facets, year: 2010 + Math.floor(random() * 11), kind: random() < 0.3 ? 'article' : 'report' };
    for (const plant of plants) plant(draft, random);
    rows.push({ kind: draft.kind, published: draft.year * 10000 + 601, facets: draft.facets });
  }
  return fixtureIndex(rows);
}

/** The same incidents prepared for counting, as the app prepares them. */
export const plantedColumns = (size: number, seed: number, plants: readonly Plant[] = []): PreparedColumns => prepareColumns(plantedIndex(size, seed, plants));

/** The rows of `columns` for which `keep` holds, as a selection. */
export function selectionOf(columns: PreparedColumns, keep: (row: number) => boolean): Bitset {
  const rows: number[] = [];
  for (let row = 0; row < columns.size; row++) if (keep(row)) rows.push(row);
  return fromIndices(rows, columns.size);
}

/** Sets `facet` to exactly `option`. */
export const setOption = (draft: Draft, facet: FacetId, option: string): void => {
  draft.facets[facet] = [option];
};

/** Incidents outside the system are malicious 60% of the time, the others 20%: a ratio of 3. */
export const outsideIsMalicious: Plant = (draft, random) => {
  const outside = draft.facets.boundary.includes('outside_system');
  setOption(draft, 'objective', random() < (outside ? 0.6 : 0.2) ? 'malicious' : 'non-malicious');
};

/** Finance rises from 5% of incidents in 2010 to 35% in 2020: three points a year. */
export const financeRises: Plant = (draft, random) => {
  const share = 0.05 + 0.03 * (draft.year - 2010);
  const rest = draft.facets.domain.filter((option) => option !== 'finance');
  draft.facets.domain = random() < share ? ['finance'] : rest.length > 0 ? rest : ['health'];
};

/** Articles are about operation 80% of the time, reports 40%: twice as often. */
export const articlesInOperation: Plant = (draft, random) => {
  setOption(draft, 'phase', random() < (draft.kind === 'article' ? 0.8 : 0.4) ? 'operation' : 'design');
};
