/**
 * The workload in crossfilter2, two ways. Crossfilter groups already leave out their own
 * dimension's filter, which is exactly the dashboard's cross-filtering, so one dimension
 * per facet is the natural model. Filters stay on the crossfilter after a run, so
 * `reset` clears them: a run always starts from no filter, like Faultline's.
 */
import crossfilter from 'crossfilter2';
import type { DatasetIndex, FacetColumn } from '../src/domain/schema';
import { FACET_IDS } from '../src/domain/taxonomy';
import type { FacetId } from '../src/domain/taxonomy';
import type { CountStrategy, PreparedCount } from './count-strategy';
import { FILTERED_OPTIONS } from './filter-workload';

/** Crossfilter records are row numbers; accessors read the index's columns. */
const rowNumbers = (size: number): number[] => Array.from({ length: size }, (_, row) => row);

const optionIndex = (column: FacetColumn, option: string): number => {
  const k = column.options.indexOf(option);
  if (k === -1) throw new Error(`option ${option} is not in the index`);
  return k;
};

/**
 * The documented way to model a multi-valued field: an array dimension per facet
 * (`dimension(fn, true)`), whose group counts a row once under each of its options.
 * Values are dictionary positions, as numbers compare faster than strings.
 */
export const crossfilterArrayDimensions: CountStrategy = {
  library: 'crossfilter',
  approach: 'array dimension per facet, filterExact, group().reduceCount()',
  prepare(index: DatasetIndex): PreparedCount {
    const cf = crossfilter(rowNumbers(index.count));
    const dimensions = Object.fromEntries(
      FACET_IDS.map((facet) => {
        const { combos, rows } = index.facets[facet];
        const values = Array.from(rows, (combo) => [...combos[combo]]);
        return [facet, cf.dimension((row: number) => values[row], true)];
      }),
    ) as Record<FacetId, crossfilter.Dimension<number, number>>;
    const groups = FACET_IDS.map((facet) => dimensions[facet].group().reduceCount());
    return {
      run() {
        for (const [facet, option] of FILTERED_OPTIONS) {
          dimensions[facet].filterExact(optionIndex(index.facets[facet], option));
        }
        return Object.fromEntries(
          FACET_IDS.map((facet, f) => {
            const counts = index.facets[facet].options.map(() => 0);
            for (const { key, value } of groups[f].all()) counts[key as number] = value as number;
            return [facet, counts];
          }),
        ) as Record<FacetId, number[]>;
      },
      reset() {
        for (const [facet] of FILTERED_OPTIONS) dimensions[facet].filterAll();
      },
    };
  },
};

/**
 * A plain dimension per facet on the index's combo number (the incident's whole option
 * set): filtering keeps the combos holding the option, and each group's count per combo
 * is spread over that combo's options, a loop over the few dozen combos, not the rows.
 */
export const crossfilterComboDimensions: CountStrategy = {
  library: 'crossfilter',
  approach: 'combo-number dimension per facet, filterFunction, counts spread over options',
  prepare(index: DatasetIndex): PreparedCount {
    const cf = crossfilter(rowNumbers(index.count));
    const dimensions = Object.fromEntries(
      FACET_IDS.map((facet) => {
        const { rows } = index.facets[facet];
        return [facet, cf.dimension((row: number) => rows[row])];
      }),
    ) as Record<FacetId, crossfilter.Dimension<number, number>>;
    const groups = FACET_IDS.map((facet) => dimensions[facet].group().reduceCount());
    return {
      run() {
        for (const [facet, option] of FILTERED_OPTIONS) {
          const column = index.facets[facet];
          const k = optionIndex(column, option);
          const keeps = column.combos.map((combo) => combo.includes(k));
          dimensions[facet].filterFunction((combo) => keeps[combo as number]);
        }
        return Object.fromEntries(
          FACET_IDS.map((facet, f) => {
            const { options, combos } = index.facets[facet];
            const counts = options.map(() => 0);
            for (const { key, value } of groups[f].all()) for (const k of combos[key as number]) counts[k] += value as number;
            return [facet, counts];
          }),
        ) as Record<FacetId, number[]>;
      },
      reset() {
        for (const [facet] of FILTERED_OPTIONS) dimensions[facet].filterAll();
      },
    };
  },
};
