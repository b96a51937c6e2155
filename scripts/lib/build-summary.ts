import type { BuildInput, BuildReport, BuildSummary } from '../../src/domain/schema';

/**
 * Files that document a data folder (its README, licence or attribution note) sit
 * beside the reports on purpose: they are listed as skipped, with an info note, and do
 * not fail a --strict build.
 */
export function isDocumentation(fileName: string): boolean {
  return /\.(md|markdown)$/i.test(fileName) || /^(readme|licen[cs]e|notice|copying|attribution)(\..*)?$/i.test(fileName);
}

const isProblem = (input: BuildInput) => input.diagnostics.some((d) => d.level !== 'info');

/** The counts the CLI prints and the build report carries. */
export function summarize(dataset: { rows: readonly unknown[]; inputs: readonly BuildInput[] }): BuildSummary {
  const { inputs } = dataset;
  return {
    inputs: inputs.length,
    incidents: dataset.rows.length,
    duplicates: inputs.filter((i) => i.status === 'duplicate').length,
    skipped: inputs.filter((i) => i.status === 'skipped').length,
    warnings: inputs.reduce((n, i) => n + i.diagnostics.filter((d) => d.level === 'warning').length, 0),
  };
}

/**
 * Inputs that make a --strict build fail: skipped for a reason, or carrying a warning;
 * and duplicate decisions that could not be read or applied as written.
 */
export function strictFailures(report: BuildReport): number {
  return report.inputs.filter((i) => isProblem(i)).length + (report.duplicateDecisions?.problems.length ?? 0);
}
