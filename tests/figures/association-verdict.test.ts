import { describe, expect, it } from 'vitest';
import type { CrosstabAssociation } from '../../src/analysis/crosstab-association';
import type { ChiSquareTest } from '../../src/analysis/statistics/chi-square-test';
import type { PermutationResult } from '../../src/analysis/statistics/set-permutation-test';
import { associationLine, associationVerdict, monteCarloPText } from '../../src/figures/association-verdict';

const shuffled = (exceeding: number, shuffles: number): PermutationResult => {
  const pValue = (exceeding + 1) / (shuffles + 1);
  return { statistic: 9, exceeding, shuffles, seed: 1, pValue, standardError: Math.sqrt((pValue * (1 - pValue)) / shuffles) };
};

const validity = (reliable: boolean): ChiSquareTest['validity'] => ({
  cells: 20,
  expectedBelowFive: reliable ? 2 : 16,
  expectedBelowFiveShare: reliable ? 0.1 : 0.8,
  minExpected: reliable ? 3 : 0.4,
  anyExpectedBelowOne: !reliable,
  reliable,
});

function association(method: CrosstabAssociation['method'], reliable: boolean, pValue: number | null): CrosstabAssociation {
  const test = { n: 51, statistic: 18.157, df: 4, pValue: 0.001, cramersV: 0.57, validity: validity(reliable) } as ChiSquareTest;
  return {
    rows: [],
    cols: [],
    n: 51,
    pairs: 80,
    multiValued: method === 'permutation',
    result: { test, reason: null },
    method,
    pValue,
    shuffle: pValue === null ? { tested: new Uint32Array(2), n: 51, rowLines: [], colLines: [], shuffles: 10_000, seed: 1 } : null,
  };
}

describe('monteCarloPText', () => {
  it.each([
    [519, 10_000, 'p = 0.052 ± 0.004'],
    [14, 10_000, 'p = 0.0015 ± 0.0008'],
    [0, 10_000, 'p ≤ 0.0001'],
    [0, 1_000, 'p ≤ 0.001'],
    [300, 500, 'p = 0.60 ± 0.04'],
    [10_000, 10_000, 'p = 1.00'],
  ])('%d of %d shuffles reaching X² read %s', (exceeding, shuffles, text) => {
    expect(monteCarloPText(shuffled(exceeding, shuffles))).toBe(text);
  });
});

describe('associationVerdict', () => {
  it('names the method beside a permutation p and says V in words over incidents', () => {
    const verdict = associationVerdict(association('permutation', true, null), shuffled(519, 10_000));
    expect(verdict).toMatchObject({
      statistic: 'X² = 18.16, df = 4',
      p: 'p = 0.052 ± 0.004 (permutation test, 10,000 shuffles of whole option sets)',
      effect: 'Cramér’s V = 0.57, over 51 incidents rather than cells: strong association',
      pending: false,
    });
  });

  it('says the p is being computed until the shuffles are done', () => {
    const verdict = associationVerdict(association('monte-carlo', false, null), null);
    expect(verdict?.p).toBe('p being computed (Monte-Carlo test with fixed margins, 10,000 random tables)');
    expect(verdict?.pending).toBe(true);
  });

  it('puts the small-expected-counts warning in place of the strength word', () => {
    const verdict = associationVerdict(association('fisher', false, 0.02), null);
    expect(verdict?.p).toBe('p = 0.02 (Fisher’s exact test)');
    expect(verdict?.effect).toBe('Cramér’s V = 0.57, but too few incidents per cell to call its strength (16 of 20 expected counts are below 5, some below 1)');
    expect(verdict?.effect).not.toMatch(/strong/);
  });

  it('names the chi-square test, its df beside X²', () => {
    const verdict = associationVerdict(association('chi-square', true, 0.001), null);
    expect(verdict?.statistic).toBe('X² = 18.16, df = 4');
    expect(verdict?.p).toBe('p = 0.001 (χ² test)');
  });

  it('writes one line with the statistic, the p-value, V and the verdict in words, or why there is no test', () => {
    expect(associationLine(association('chi-square', true, 0.001), null)).toBe(
      'X² = 18.16, df = 4, p = 0.001 (χ² test). Cramér’s V = 0.57: strong association.',
    );
    const none: CrosstabAssociation = { ...association('chi-square', true, 0.001), result: { test: null, reason: 'single-row' }, method: null };
    expect(associationLine(none, null)).toBe('No test: every counted incident falls in one row, so there is nothing to compare.');
  });
});
