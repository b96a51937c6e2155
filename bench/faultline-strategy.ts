/** Faultline's own filter-and-count, as the dashboard runs it, in the shape of a strategy. */
import { prepareColumns } from '../src/analysis/prepared-columns';
import type { DatasetIndex } from '../src/domain/schema';
import { FACET_IDS } from '../src/domain/taxonomy';
import type { FacetId } from '../src/domain/taxonomy';
import type { CountStrategy, PreparedCount } from './count-strategy';
import { faultlinePanels, workloadFilters } from './filter-workload';

export const faultlineStrategy: CountStrategy = {
  library: 'faultline',
  approach: 'bitset per option, cross-filter masks, popcounts',
  prepare(index: DatasetIndex): PreparedCount {
    const columns = prepareColumns(index);
    const filters = workloadFilters();
    return {
      run() {
        const panels = faultlinePanels(columns, filters);
        return Object.fromEntries(
          FACET_IDS.map((facet) => [facet, panels[facet].selection.options.map((o) => o.count)]),
        ) as Record<FacetId, number[]>;
      },
      reset() {},
    };
  },
};
