import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelColumn, labelColumnOf } from '../../src/domain/label-column';
import { packedInChunks } from '../testing/labelled-index';

const pieces = (values: readonly string[], chunk: number) => labelColumn(packedInChunks(values, chunk));

const VALUES = ['incident-1', '', 'Zürich 🚀 outage', 'incident-1', 'incident-10', 'x'];

describe('a label column', () => {
  it('reads every value back, whatever the pieces it came in', () => {
    for (const chunk of [1, 2, 4, 6, 10]) {
      const column = pieces(VALUES, chunk);
      expect(column.length).toBe(VALUES.length);
      expect(Array.from({ length: column.length }, (_, row) => column.at(row))).toEqual(VALUES);
    }
  });

  it('finds the first row holding a value, never a value that merely starts with it', () => {
    const column = pieces(VALUES, 4);
    expect(column.indexOf('incident-1')).toBe(0);
    expect(column.indexOf('incident-10')).toBe(4);
    expect(column.indexOf('')).toBe(1);
    expect(column.indexOf('Zürich 🚀 outage')).toBe(2);
    expect(column.indexOf('incident')).toBe(-1);
    expect(column.indexOf('x')).toBe(5);
  });

  it('refuses a row outside it instead of reading another piece', () => {
    const column = labelColumnOf(VALUES);
    expect(() => column.at(VALUES.length)).toThrow(RangeError);
    expect(() => column.at(-1)).toThrow(RangeError);
    expect(labelColumnOf([]).length).toBe(0);
  });

  it('answers like the array it holds, for random values and pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6, unit: 'grapheme' }), { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), fc.string({ maxLength: 4, unit: 'grapheme' }), (values, chunk, probe) => {
        const column = pieces(values, chunk);
        expect(Array.from({ length: column.length }, (_, row) => column.at(row))).toEqual(values);
        expect(column.indexOf(probe)).toBe(values.indexOf(probe));
      }),
    );
  });
});
