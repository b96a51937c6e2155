/**
 * One way of doing the filter-and-count workload (see `filter-workload.ts`) with one
 * library. Building the library's structures is `prepare`, kept out of the timing for
 * every library alike, as Faultline's `prepareColumns` is.
 */
import type { DatasetIndex } from '../src/domain/schema';
import type { OptionCounts } from './filter-workload';

export interface PreparedCount {
  /** The timed work: apply the workload's filters and count every option of every facet. */
  run(): OptionCounts;
  /** Undoes what `run` leaves behind (crossfilter keeps its filters); never timed. */
  reset(): void;
}

export interface CountStrategy {
  readonly library: string;
  /** How the library is used, printed next to its time. */
  readonly approach: string;
  prepare(index: DatasetIndex): PreparedCount;
}
