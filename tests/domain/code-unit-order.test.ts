import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCodeUnits, byNumbersInText } from '../../src/domain/code-unit-order';

describe('byNumbersInText', () => {
  it('orders runs of digits by the number they write and the rest by code units', () => {
    const sorted = ['layer 10', 'layer 2', 'Layer 3', 'layer 1b', 'layer 1a', 'layer', 'layer 002', 'layer 01', 'tier9', 'tier10x'].sort(byNumbersInText);
    expect(sorted).toEqual(['Layer 3', 'layer', 'layer 01', 'layer 1a', 'layer 1b', 'layer 002', 'layer 2', 'layer 10', 'tier9', 'tier10x']);
  });

  it('is a total order: antisymmetric, transitive, and zero only for the same string', () => {
    const text = fc.stringMatching(/^[a0-9_]{0,6}$/);
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(Math.sign(byNumbersInText(a, b)) + Math.sign(byNumbersInText(b, a))).toBe(0);
        expect(byNumbersInText(a, b) === 0).toBe(a === b);
        if (byNumbersInText(a, b) < 0 && byNumbersInText(b, c) < 0) expect(byNumbersInText(a, c)).toBeLessThan(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('orders text without digits as code units do', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      fc.pre(!/\d/.test(a + b));
      expect(Math.sign(byNumbersInText(a, b))).toBe(Math.sign(byCodeUnits(a, b)));
    }));
  });
});
