import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromIndices } from '../../src/analysis/bitset';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { orderedRows, rowOrder, titleOrder } from '../../src/analysis/row-order';
import type { RowSort } from '../../src/analysis/row-order';
import { fixtureIndex } from './index-fixture';

/**
 * Ties on purpose: rows 0 and 2 share a date, rows 3 and 4 differ only by an accent and
 * case, rows 1 and 2 only by case, and "10" must sort after "2" as a number.
 */
const index = fixtureIndex([
  { title: 'incident 10', published: 20200101 },
  { title: 'Incident 2', published: null },
  { title: 'incident 2', published: 20200101 },
  { title: 'Éclair failure', published: 20190101 },
  { title: 'eclair failure', published: null },
  { title: 'Alpha', published: 20210101 },
]);
const columns = prepareColumns(index);
const orderOf = (sort: RowSort) => (sort === 'title' ? titleOrder(index.title) : rowOrder(columns, sort));

describe('rowOrder and titleOrder', () => {
  it.each([
    ['date-asc', [3, 0, 2, 5, 1, 4]],
    ['date-desc', [5, 0, 2, 3, 1, 4]],
    ['title', [5, 3, 4, 1, 2, 0]],
  ] as const)('orders every row by %s, ties in index order, undated last', (sort, rows) => {
    expect([...orderOf(sort)]).toEqual(rows);
  });

  it('orders any calendar dates of 1900–2100 as a stable sort would, in both directions', () => {
    const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(fc.array(fc.option(date, { nil: null, freq: 4 }), { maxLength: 60 }), (dates) => {
        const published = dates.map((d) => (d === null ? null : d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate()));
        const prepared = prepareColumns(fixtureIndex(published.map((day) => ({ published: day }))));
        const rows = published.map((_, row) => row);
        const dated = rows.filter((row) => published[row] !== null);
        const undated = rows.filter((row) => published[row] === null);
        const by = (direction: number) => [...dated].sort((a, b) => direction * ((published[a] ?? 0) - (published[b] ?? 0)) || a - b);
        expect([...rowOrder(prepared, 'date-asc')]).toEqual([...by(1), ...undated]);
        expect([...rowOrder(prepared, 'date-desc')]).toEqual([...by(-1), ...undated]);
      }),
    );
  });

  it('orders an empty dataset', () => {
    expect([...rowOrder(prepareColumns(fixtureIndex([])), 'date-asc')]).toEqual([]);
    expect([...titleOrder([])]).toEqual([]);
  });
});

describe('orderedRows', () => {
  it.each([
    ['title', [0, 1, 4], [4, 1, 0]],
    ['date-desc', [0, 1, 2, 5], [5, 0, 2, 1]],
    ['date-asc', [], []],
    ['date-asc', [0, 1, 2, 3, 4, 5], [3, 0, 2, 5, 1, 4]],
  ] as const)('keeps the %s order for the selected rows %j', (sort, selected, rows) => {
    const ordered = orderedRows(orderOf(sort), fromIndices(selected, columns.size));
    expect(ordered.length).toBe(rows.length);
    expect([...ordered.all()]).toEqual(rows);
  });

  it('gives any page of the selection as the whole order has it, read before or after the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 80 }),
        fc.nat(90),
        fc.nat(30),
        fc.boolean(),
        (picked, from, size, wholeFirst) => {
          const order = Uint32Array.from(picked.map((_, row) => row).reverse());
          const mask = fromIndices(picked.flatMap((on, row) => (on ? [row] : [])), picked.length);
          const expected = [...order].filter((row) => picked[row]);
          const ordered = orderedRows(order, mask);
          if (wholeFirst) expect([...ordered.all()]).toEqual(expected);
          expect([...ordered.slice(from, from + size)]).toEqual(expected.slice(from, from + size));
          expect([...ordered.all()]).toEqual(expected);
        },
      ),
    );
  });
});
