import { describe, expect, it } from 'vitest';
import { capDiagnostics } from '../../../scripts/lib/diagnostic-cap';
import type { Diagnostic } from '../../../src/domain/schema';

describe('capDiagnostics', () => {
  const note = (line: number): Diagnostic => ({ level: 'info', message: `note ${line}`, line });

  it('keeps errors and whole-input notes, then line notes, and counts the rest at their most severe level', () => {
    const many = [...Array.from({ length: 60 }, (_, i) => note(i + 1)), { level: 'warning' as const, message: 'late', line: 99 }];
    const whole: Diagnostic = { level: 'warning', message: 'no Phase row', line: null };
    const capped = capDiagnostics([...many, whole], 10);
    expect(capped).toEqual([...many.slice(0, 9), whole, { level: 'warning', message: 'and 52 more diagnostics not listed', line: null }]);
  });

  it('leaves a short list as it is', () => {
    expect(capDiagnostics([note(1), note(2)], 2)).toEqual([note(1), note(2)]);
  });
});
