import { describe, expect, it } from 'vitest';
import { FACET_CSV_HEADER, facetPanelCsv } from '../../src/export/facet-csv';
import { phasePanel, phasePanelWithoutGaps } from './facet-panel-fixture';
import { readCsv } from './read-csv';

const records = (csv: string): string[][] => readCsv(csv.replace(/^\uFEFF/, ''));

describe('facetPanelCsv', () => {
  it('writes option, count, share and all-incidents share, shares as fractions', () => {
    expect(records(facetPanelCsv(phasePanel))).toEqual([
      [...FACET_CSV_HEADER],
      ['design', '30', '0.75', '0.6'],
      ['operation', '12', '0.3', '0.35'],
      ['any unknown', '2', '0.05', '0.03'],
      [`'=cmd|"/c calc"!A1 <b>`, '1', '0.025', '0.01'],
      ['not analysed', '5', '0.125', '0.1'],
    ]);
  });

  it('leaves a share out of N empty, never 0, and rounds to six places', () => {
    const rows = records(facetPanelCsv(phasePanelWithoutGaps));
    expect(rows[1]).toEqual(['design', '30', '0.882353', '0.6']);
    expect(rows[3]).toEqual(['any unknown', '2', '', '0.03']);
    expect(rows[5]).toEqual(['not analysed', '5', '', '0.1']);
  });
});
