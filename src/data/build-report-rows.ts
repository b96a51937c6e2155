import { byCodeUnits } from '../domain/code-unit-order';
import type { BuildInput, BuildReport, Diagnostic } from '../domain/schema';

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

/** One kind of warning: its message, a quoted value standing for any, and the inputs and warnings of that kind. */
export interface WarningKind {
  readonly message: string;
  readonly inputs: number;
  readonly warnings: number;
  /** The first input, in input order, that raised it. */
  readonly first: string;
}

const QUOTED = /'[^']*'|"[^"]*"/g;

/** "Domain: option 'banking' is not in the vocabulary" as its kind, "Domain: option '…' is not in the vocabulary". */
const kindOf = (message: string): string => message.replace(QUOTED, (quoted) => `${quoted[0]}…${quoted[0]}`);

/**
 * The kinds of warning the kept inputs raised, those raised by most inputs first: an
 * import of thousands of reports raises the same few kinds thousands of times, which a
 * list by input leaves a reader to count.
 */
export function warningKinds(groups: readonly WarningGroup[]): WarningKind[] {
  const kinds = new Map<string, { message: string; inputs: number; warnings: number; first: string }>();
  for (const group of groups) {
    const seen = new Set<string>();
    for (const diagnostic of group.diagnostics) {
      const message = kindOf(diagnostic.message);
      let kind = kinds.get(message);
      if (kind === undefined) {
        kind = { message, inputs: 0, warnings: 0, first: group.source };
        kinds.set(message, kind);
      }
      kind.warnings += 1;
      if (!seen.has(message)) kind.inputs += 1;
      seen.add(message);
    }
  }
  return [...kinds.values()].sort((a, b) => b.inputs - a.inputs || b.warnings - a.warnings || byCodeUnits(a.message, b.message));
}

/** Inputs that described an incident already seen, and the incident they were merged into. */
export function duplicateInputs(report: BuildReport): BuildInput[] {
  return report.inputs.filter((input) => input.status === 'duplicate');
}

/**
 * What the data-quality view shows of the build report: its counts and the inputs a
 * reader has to look at, not every input. At a million inputs the report itself is over
 * a hundred megabytes; this is what is left of it for the page.
 */
export interface QualityReport {
  readonly summary: BuildReport['summary'];
  readonly skipped: readonly SkippedRow[];
  readonly warnings: readonly WarningGroup[];
  readonly warningKinds: readonly WarningKind[];
  readonly duplicates: readonly BuildInput[];
  readonly possibleDuplicates: NonNullable<BuildReport['possibleDuplicates']>;
  readonly duplicateDecisions: BuildReport['duplicateDecisions'];
}

export function qualityReportOf(report: BuildReport): QualityReport {
  const warnings = warningGroups(report);
  return {
    summary: report.summary,
    skipped: skippedRows(report),
    warnings,
    warningKinds: warningKinds(warnings),
    duplicates: duplicateInputs(report),
    possibleDuplicates: report.possibleDuplicates ?? [],
    duplicateDecisions: report.duplicateDecisions,
  };
}
