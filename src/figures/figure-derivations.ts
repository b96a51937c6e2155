import { baselineTally } from '../analysis/facet-counts';
import type { FacetTally } from '../analysis/facet-counts';
import { popcount } from '../analysis/bitset';
import type { Bitset } from '../analysis/bitset';
import { periodOrdinals } from '../analysis/calendar-periods';
import type { Granularity } from '../analysis/calendar-periods';
import { publishedRange } from '../analysis/headline';
import type { PreparedColumns } from '../analysis/prepared-columns';
import type { FacetId } from '../domain/taxonomy';
import { sharedDerivation } from '../state/shared-derivation';
import type { FigureFrame } from './figure';

/**
 * The publication span of `mask`, scanned once per mask: the twelve panels of an
 * unfiltered facet share one mask, so a click scans the selection once, not per panel.
 */
export const publishedSpan = (columns: PreparedColumns, mask: Bitset): FigureFrame['published'] =>
  sharedDerivation(mask, 'published span', () => publishedRange(columns, mask));

/** A facet over every incident: it never changes with a filter, so it is counted once per dataset and gap switch. */
export const sharedBaseline = (columns: PreparedColumns, facet: FacetId, excludeGaps: boolean): FacetTally =>
  sharedDerivation(columns, `baseline ${facet} ${excludeGaps}`, () => baselineTally(columns, facet, excludeGaps));

/** How many rows `mask` holds, counted once per mask: the panels of facets without a filter share one. */
export const maskSize = (mask: Bitset): number => sharedDerivation(mask, 'size', () => popcount(mask));

/** Every row's period at `granularity`, made once per dataset and kept: every trend of the dataset reads the same. */
export const sharedPeriodOrdinals = (columns: PreparedColumns, granularity: Granularity): Int32Array =>
  sharedDerivation(columns, `period ordinals ${granularity}`, () => periodOrdinals(columns.published, granularity));
