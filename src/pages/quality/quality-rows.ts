import type { PreparedColumns } from '../../analysis/prepared-columns';
import type { BuildInput, BuildReport, Diagnostic } from '../../domain/schema';
import { FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';

/** One reason an input was skipped; an input skipped for two reasons gives two rows. */
export interface SkippedRow {
  readonly source: string;
  readonly level: Diagnostic['level'];
  readonly line: number | null;
  readonly message: string;
}

/** Every skipped input with each of its reasons, in build-report (input) order. */
export function skippedRows(report: BuildReport): SkippedRow[] {
  return report.inputs
    .filter((input) => input.status === 'skipped')
    .flatMap((input) =>
      input.diagnostics.length === 0
        ? [{ source: input.source, level: 'error' as const, line: null, message: 'skipped without a reason' }]
        : input.diagnostics.map((d) => ({ source: input.source, level: d.level, line: d.line, message: d.message })),
    );
}

/** The problems found in one input that still made it into the dataset. */
export interface WarningGroup {
  readonly source: string;
  readonly incident: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Inputs that were kept but had warnings or errors, each with only those diagnostics. */
export function warningGroups(report: BuildReport): WarningGroup[] {
  return report.inputs
    .filter((input) => input.status !== 'skipped')
    .map((input) => ({
      source: input.source,
      incident: input.incident,
      diagnostics: input.diagnostics.filter((d) => d.level !== 'info'),
    }))
    .filter((group) => group.diagnostics.length > 0);
}

/** Inputs that described an incident already seen, and the incident they were merged into. */
export function duplicateInputs(report: BuildReport): BuildInput[] {
  return report.inputs.filter((input) => input.status === 'duplicate');
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
 * How much of one facet is a gap. `unknown` counts incidents whose only option is
 * `unknown`; `notAnalysed` those with none. Shares are of all incidents, null for an
 * empty dataset.
 */
export interface GapRow {
  readonly facet: FacetId;
  readonly unknown: number;
  readonly unknownShare: number | null;
  readonly notAnalysed: number;
  readonly notAnalysedShare: number | null;
}

export function gapRows(columns: PreparedColumns): GapRow[] {
  const share = (count: number) => (columns.size === 0 ? null : count / columns.size);
  return FACET_DISPLAY_ORDER.map((facet) => {
    const { unknownOnlyTotal, notAnalysedTotal } = columns.facets[facet];
    return {
      facet,
      unknown: unknownOnlyTotal,
      unknownShare: share(unknownOnlyTotal),
      notAnalysed: notAnalysedTotal,
      notAnalysedShare: share(notAnalysedTotal),
    };
  });
}
