import { describe, expect, it } from 'vitest';
import { plainIndex } from './plain-index';
import { syntheticIndex } from '../../bench/synthetic-index';
import { encodeIndex, readPlainIndex } from '../../src/domain/index-files';
import { FACET_IDS } from '../../src/domain/taxonomy';

describe('syntheticIndex', () => {
  const index = syntheticIndex(5_000, 7);

  it('is a valid index', () => {
    expect(encodeIndex(plainIndex(readPlainIndex(index)))).toEqual(encodeIndex(index));
    expect(index.count).toBe(5_000);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(syntheticIndex(300, 7)).toEqual(syntheticIndex(300, 7));
    expect(syntheticIndex(300, 8).title).not.toEqual(syntheticIndex(300, 7).title);
  });

  it('has roughly the gaps the real data has', () => {
    const articles = Array.from(index.kind).filter((kind) => kind === 1).length / index.count;
    expect(articles).toBeGreaterThan(0.02);
    expect(articles).toBeLessThan(0.04);
    const phase = index.facets.phase;
    const unknown = phase.options.indexOf('unknown');
    const unknownOnly = Array.from(phase.rows).filter((r) => phase.combos[r].length === 1 && phase.combos[r][0] === unknown).length;
    expect(unknownOnly / index.count).toBeGreaterThan(0.03);
    expect(unknownOnly / index.count).toBeLessThan(0.07);
    const dates = Array.from(index.published).filter((date): date is number => date !== null);
    expect(Math.min(...dates)).toBeGreaterThanOrEqual(20100101);
    expect(Math.max(...dates)).toBeLessThanOrEqual(20241231);
  });

  it('leaves every facet of every article empty', () => {
    const articles = Array.from(index.kind).flatMap((kind, row) => (kind === 1 ? [row] : []));
    for (const facet of FACET_IDS) {
      const column = index.facets[facet];
      expect(articles.every((row) => column.combos[column.rows[row]].length === 0)).toBe(true);
    }
  });
});
