/**
 * The workload in Arquero, two ways. Arquero has no notion of cross-filtering, so each
 * filtered facet is counted over its own table filtered by every other filter, and the
 * unfiltered facets all share the table filtered by every filter, the same saving
 * Faultline's `crossFilterMasks` makes. Filtered tables are bitset views, so only the
 * counting passes touch the rows. Expressions are strings: Arquero parses and compiles
 * them on each call, which is part of using it.
 */
import { op, table } from 'arquero';
import type { DatasetIndex } from '../src/domain/schema';
import { FACET_IDS } from '../src/domain/taxonomy';
import type { FacetId } from '../src/domain/taxonomy';
import type { CountStrategy, PreparedCount } from './count-strategy';
import { FILTERED_OPTIONS } from './filter-workload';

const FILTERED_FACETS: ReadonlySet<FacetId> = new Set(FILTERED_OPTIONS.map(([facet]) => facet));

const optionIndex = (index: DatasetIndex, facet: FacetId, option: string): number => {
  const k = index.facets[facet].options.indexOf(option);
  if (k === -1) throw new Error(`option ${option} is not in the index`);
  return k;
};

/** Runs `count` for each facet over the table its panel counts: every filter but its own. */
function countPerPanel<T>(
  filtered: (skip: FacetId | null) => T,
  count: (rows: T, facets: readonly FacetId[]) => Partial<Record<FacetId, number[]>>,
): Record<FacetId, number[]> {
  const unfiltered = FACET_IDS.filter((facet) => !FILTERED_FACETS.has(facet));
  const counts: Partial<Record<FacetId, number[]>> = count(filtered(null), unfiltered);
  for (const facet of FILTERED_FACETS) Object.assign(counts, count(filtered(facet), [facet]));
  return counts as Record<FacetId, number[]>;
}

/**
 * A 0/1 column per option (`<facet>_<k>`, k its dictionary position): the filter tests
 * the filtered options' columns and one `rollup` sums every counted option's column.
 */
export const arqueroOptionColumns: CountStrategy = {
  library: 'arquero',
  approach: '0/1 column per option, filter, rollup of op.sum per option',
  prepare(index: DatasetIndex): PreparedCount {
    const name = (facet: FacetId, k: number): string => `${facet}_${k}`;
    const columns: Record<string, Uint8Array> = {};
    for (const facet of FACET_IDS) {
      const { options, combos, rows } = index.facets[facet];
      options.forEach((_, k) => {
        const has = combos.map((combo) => combo.includes(k));
        columns[name(facet, k)] = Uint8Array.from(rows, (combo) => (has[combo] ? 1 : 0));
      });
    }
    const data = table(columns);
    return {
      run() {
        const filtered = (skip: FacetId | null) => {
          const tests = FILTERED_OPTIONS.filter(([facet]) => facet !== skip).map(
            ([facet, option]) => `d.${name(facet, optionIndex(index, facet, option))}`,
          );
          return data.filter(`d => ${tests.join(' && ')}`);
        };
        return countPerPanel(filtered, (rows, facets) => {
          const sums: Record<string, ReturnType<typeof op.sum>> = {};
          for (const facet of facets) index.facets[facet].options.forEach((_, k) => (sums[name(facet, k)] = op.sum(name(facet, k))));
          const totals = rows.rollup(sums).object() as Record<string, number>;
          return Object.fromEntries(facets.map((facet) => [facet, index.facets[facet].options.map((_, k) => totals[name(facet, k)])]));
        });
      },
      reset() {},
    };
  },
};

/**
 * The index's combo number per facet as an integer column: the filter looks each
 * filtered facet's combo up in a table of the combos holding the option, `groupby` +
 * `count` counts rows per combo, and those counts are spread over the combos' options,
 * a loop over the few dozen combos, not the rows.
 */
export const arqueroComboColumns: CountStrategy = {
  library: 'arquero',
  approach: 'combo-number column per facet, filter, groupby().count() spread over options',
  prepare(index: DatasetIndex): PreparedCount {
    const data = table(Object.fromEntries(FACET_IDS.map((facet) => [facet, Int32Array.from(index.facets[facet].rows)])));
    return {
      run() {
        const keeps = Object.fromEntries(
          FILTERED_OPTIONS.map(([facet, option]) => {
            const k = optionIndex(index, facet, option);
            return [facet, index.facets[facet].combos.map((combo) => combo.includes(k))];
          }),
        );
        const params = data.params(keeps) as typeof data;
        const filtered = (skip: FacetId | null) => {
          const tests = FILTERED_OPTIONS.filter(([facet]) => facet !== skip).map(([facet]) => `$.${facet}[d.${facet}]`);
          return params.filter(`(d, $) => ${tests.join(' && ')}`);
        };
        return countPerPanel(filtered, (rows, facets) =>
          Object.fromEntries(
            facets.map((facet) => {
              const { options, combos } = index.facets[facet];
              const perCombo = rows.groupby(facet).count();
              const comboNumbers = perCombo.array(facet);
              const comboCounts = perCombo.array('count');
              const counts = options.map(() => 0);
              for (let g = 0; g < comboNumbers.length; g++) for (const k of combos[comboNumbers[g] as number]) counts[k] += comboCounts[g] as number;
              return [facet, counts];
            }),
          ),
        );
      },
      reset() {},
    };
  },
};
