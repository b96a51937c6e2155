import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/components/format-count';
import { formatShare, wholePercent } from '../../src/components/format-share';

const asNumber = (text: string): number => Number(text.replace(/[<>%]/g, ''));

describe('formatShare', () => {
  it.each([
    [0, '0%'],
    [1, '100%'],
    [0.125, '12.5%'],
    [1 / 3, '33.3%'],
    [1 / 3036, '<0.1%'],
    [3035 / 3036, '>99.9%'],
    [1 / 40, '2.5%'],
    [null, '–'],
  ])('writes %s as %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });

  it.each([
    [1 / 201, '<1%'],
    [200 / 201, '>99%'],
    [0.6, '60%'],
  ])('writes %s in whole percents as %s', (share, text) => {
    expect(wholePercent(share)).toBe(text);
  });

  it('never writes a non-zero count as 0% nor a partial count as 100%', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.integer({ min: 0, max: 3 }),
        ([count, n], digits) => {
          const text = formatShare(count / n, digits);
          const shown = asNumber(text);
          if (count > 0) expect(shown).toBeGreaterThan(0);
          if (count < n) expect(text).not.toBe('100%');
          if (count === 0) expect(text).toBe('0%');
          if (count === n) expect(text).toBe('100%');
          if (!text.startsWith('<') && !text.startsWith('>')) {
            expect(Math.abs(shown / 100 - count / n)).toBeLessThanOrEqual(0.5 * 10 ** -(digits + 2) + 1e-12);
          }
        },
      ),
      { seed: 12, numRuns: 2000 },
    );
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [3035, '3,035'],
    [1234567, '1,234,567'],
  ])('groups thousands: %s as %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });
});
