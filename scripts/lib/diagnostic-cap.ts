import type { Diagnostic } from '../../src/domain/schema';

/** Diagnostics listed per input: enough to act on, few enough that junk cannot flood the report. */
export const MAX_DIAGNOSTICS = 50;

const SEVERITY: Readonly<Record<Diagnostic['level'], number>> = { info: 0, warning: 1, error: 2 };

const moreOf = (count: number, level: Diagnostic['level'], what: string): Diagnostic => ({
  level,
  message: `and ${count} more ${what} not listed`,
  line: null,
});

/**
 * Collects an input's diagnostics, keeping the first `limit` and counting the rest, so
 * a file of a million bad lines costs no more memory than one of fifty. The closing
 * entry carries the most severe level it stands for, so `--strict` sees what it hides.
 */
export class DiagnosticList {
  private readonly kept: Diagnostic[] = [];
  private unlisted = 0;
  private unlistedLevel: Diagnostic['level'] = 'info';

  /** `what` names the diagnostics in the closing entry ("and 12 more <what> not listed"). */
  constructor(
    private readonly limit = MAX_DIAGNOSTICS,
    private readonly what = 'diagnostics',
  ) {}

  /** Whether the next diagnostic would only be counted: a caller can then skip writing its message. */
  get full(): boolean {
    return this.kept.length >= this.limit;
  }

  /** Counts a diagnostic that is not listed, without making it. */
  count(level: Diagnostic['level']): void {
    this.unlisted += 1;
    if (SEVERITY[level] > SEVERITY[this.unlistedLevel]) this.unlistedLevel = level;
  }

  push(...diagnostics: Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
      if (this.kept.length < this.limit) {
        this.kept.push(diagnostic);
        continue;
      }
      this.count(diagnostic.level);
    }
  }

  list(): Diagnostic[] {
    return this.unlisted === 0 ? [...this.kept] : [...this.kept, moreOf(this.unlisted, this.unlistedLevel, this.what)];
  }
}

/**
 * At most `limit` of `diagnostics` and one entry counting the rest. Errors and notes
 * about the whole input (no line) are kept before line notes, which are what repeats;
 * the kept ones stay in their order.
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[], limit = MAX_DIAGNOSTICS): Diagnostic[] {
  if (diagnostics.length <= limit) return [...diagnostics];
  const preferred = (d: Diagnostic) => d.level === 'error' || d.line === null;
  const wholeRoom = Math.min(limit, diagnostics.filter(preferred).length);
  const room = { whole: wholeRoom, lined: limit - wholeRoom };
  const kept: Diagnostic[] = [];
  const dropped = new DiagnosticList(0);
  for (const diagnostic of diagnostics) {
    const kind = preferred(diagnostic) ? 'whole' : 'lined';
    if (room[kind] > 0) {
      room[kind] -= 1;
      kept.push(diagnostic);
    } else dropped.push(diagnostic);
  }
  return [...kept, ...dropped.list()];
}
