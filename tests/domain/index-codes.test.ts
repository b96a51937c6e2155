import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCodes, encodeCodes } from '../../src/domain/index-codes';

describe('index codes', () => {
  it.each([
    [[], 1, ''],
    [[0, 1, 63], 1, '01_'],
    [[64], 2, '10'],
    [[0, 4095], 2, '00__'],
    [[4096], 3, '100'],
  ])('writes %j in %i-digit codes as %j', (values, width, codes) => {
    expect(encodeCodes(values)).toEqual({ width, codes });
  });

  it('refuses a value a 32-bit column cannot hold rather than wrapping it', () => {
    expect(decodeCodes(encodeCodes([1, 2 ** 32]))).toBeNull();
    expect(Array.from(decodeCodes(encodeCodes([1, 2 ** 32 - 1])) ?? [])).toEqual([1, 2 ** 32 - 1]);
  });

  it.each([
    ['any non-negative integers', 2 ** 32 - 1],
    ['one-digit values', 63],
  ])('reads back %s it wrote', (_, max) => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max })), (values) => {
        expect(Array.from(decodeCodes(encodeCodes(values)) ?? [])).toEqual(values);
      }),
    );
  });

  it.each([
    ['a character outside the alphabet', { width: 1, codes: '0!' }],
    ['a cut-off code', { width: 2, codes: '001' }],
    ['a non-ASCII character', { width: 1, codes: 'é' }],
  ])('refuses %s', (_, encoded) => {
    expect(decodeCodes(encoded)).toBeNull();
  });
});
