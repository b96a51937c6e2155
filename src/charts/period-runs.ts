/** A run of consecutive periods, by the keys of its first and last. */
export interface PeriodRun {
  readonly first: string;
  readonly last: string;
}

/**
 * The runs of consecutive periods for which `inRun` holds: a chart hatches one band per
 * run (period-bands.tsx), so a monthly trend over two centuries draws a few shapes, not
 * one per period.
 */
export function periodRuns<T extends { readonly key: string }>(periods: readonly T[], inRun: (period: T) => boolean): PeriodRun[] {
  const runs: PeriodRun[] = [];
  let first: string | null = null;
  periods.forEach((period, i) => {
    if (!inRun(period)) return;
    first ??= period.key;
    if (i + 1 === periods.length || !inRun(periods[i + 1])) {
      runs.push({ first, last: period.key });
      first = null;
    }
  });
  return runs;
}
