import type { PreparedColumns } from '../../analysis/prepared-columns';
import type { BuildInput } from '../../domain/schema';
import type { LabelledIndex } from '../../domain/label-column';
import { FACET_DISPLAY_ORDER, UNKNOWN } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';

/**
 * The titles of the incidents `inputs` were merged into, by id: one pass over the ids,
 * stopping once every one is found, and none at all when no input was merged.
 */
export function mergedTitles(index: LabelledIndex, inputs: readonly BuildInput[]): Map<string, string> {
  const wanted = new Set(inputs.flatMap((input) => (input.incident === null ? [] : [input.incident])));
  const titles = new Map<string, string>();
  for (let row = 0; row < index.count && titles.size < wanted.size; row++) {
    const id = index.id.at(row);
    if (wanted.has(id)) titles.set(id, index.title.at(row));
  }
  return titles;
}

/** An option written in reports that the taxonomy does not have, and how many incidents carry it. */
export interface ExtraOptionRow {
  readonly facet: FacetId;
  readonly option: string;
  readonly count: number;
}

/** Options outside each facet's vocabulary (`unknown` excluded, it is an answer), facets in display order. */
export function extraOptionRows(columns: PreparedColumns): ExtraOptionRow[] {
  return FACET_DISPLAY_ORDER.flatMap((facet) => {
    const bits = columns.facets[facet];
    return bits.options.flatMap((option, k) =>
      bits.roles[k] === 'extra' ? [{ facet, option, count: bits.optionTotals[k] }] : [],
    );
  });
}

/**
 * How much of one facet is a gap. `unknownOnly` counts incidents whose only option is
 * `unknown` (what the "leave gaps out" switch takes out of N); `anyUnknown` those having
 * `unknown` at all, alone or beside an option (what the overview's unknown bar counts);
 * `notAnalysed` those with no option. Shares are of all incidents, null for an empty
 * dataset.
 */
export interface GapRow {
  readonly facet: FacetId;
  readonly unknownOnly: number;
  readonly unknownOnlyShare: number | null;
  readonly anyUnknown: number;
  readonly anyUnknownShare: number | null;
  readonly notAnalysed: number;
  readonly notAnalysedShare: number | null;
}

export function gapRows(columns: PreparedColumns): GapRow[] {
  const share = (count: number) => (columns.size === 0 ? null : count / columns.size);
  return FACET_DISPLAY_ORDER.map((facet) => {
    const { unknownOnlyTotal, notAnalysedTotal, roles, optionTotals } = columns.facets[facet];
    const unknownAt = roles.indexOf('unknown');
    const anyUnknown = unknownAt === -1 ? 0 : optionTotals[unknownAt];
    return {
      facet,
      unknownOnly: unknownOnlyTotal,
      unknownOnlyShare: share(unknownOnlyTotal),
      anyUnknown,
      anyUnknownShare: share(anyUnknown),
      notAnalysed: notAnalysedTotal,
      notAnalysedShare: share(notAnalysedTotal),
    };
  });
}

/** An incident whose facet says both "the articles do not say" and an answer. */
export interface ContradictoryLabel {
  readonly facet: FacetId;
  readonly id: string;
  readonly title: string;
  /** Every option of the facet as written, `unknown` included. */
  readonly options: readonly string[];
}

/** The contradictory labels of a dataset: how many there are, and the first of them. */
export interface ContradictoryLabels {
  readonly total: number;
  readonly rows: readonly ContradictoryLabel[];
}

/**
 * Incidents whose facet holds `unknown` beside another option, facets in display order,
 * incidents in index order within each: all of them counted, the first `limit` listed.
 * Either the option or the `unknown` is wrong; such an incident counts in its option's
 * bar, in the unknown bar and in N at once. A million incidents may hold tens of
 * thousands: listing them all would make as many rows of a table at once.
 */
export function contradictoryLabels(index: LabelledIndex, limit = Infinity): ContradictoryLabels {
  const rows: ContradictoryLabel[] = [];
  let total = 0;
  for (const facet of FACET_DISPLAY_ORDER) {
    const { options, combos, rows: combosOf } = index.facets[facet];
    const unknownAt = options.indexOf(UNKNOWN);
    if (unknownAt === -1) continue;
    const contradictory = Uint8Array.from(combos, (combo) => (combo.length > 1 && combo.includes(unknownAt) ? 1 : 0));
    if (!contradictory.includes(1)) continue;
    for (let row = 0; row < index.count; row++) {
      const combo = combosOf[row];
      if (contradictory[combo] === 0) continue;
      total += 1;
      if (rows.length < limit) rows.push({ facet, id: index.id.at(row), title: index.title.at(row), options: combos[combo].map((option) => options[option]) });
    }
  }
  return { total, rows };
}

/** An incident published after the day the page was read on. */
export interface LateDate {
  readonly id: string;
  readonly title: string;
  /** YYYYMMDD. */
  readonly published: number;
}

/**
 * Incidents published after `today` (YYYYMMDD), latest first: all of them counted, the
 * first `limit` listed. No report can be published in the future, so each is most likely
 * a typo in its year, and one such date stretches every trend's span to its year.
 */
export function datedAfter(index: LabelledIndex, today: number, limit = Infinity): { readonly total: number; readonly rows: readonly LateDate[] } {
  const late: number[] = [];
  for (let row = 0; row < index.count; row++) if (index.published[row] > today) late.push(row);
  late.sort((a, b) => index.published[b] - index.published[a] || a - b);
  const rows = late.slice(0, limit).map((row) => ({ id: index.id.at(row), title: index.title.at(row), published: index.published[row] }));
  return { total: late.length, rows };
}
