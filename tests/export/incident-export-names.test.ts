import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { incidentListCsv, incidentListJson } from './whole-exports';
import { realDataset } from '../testing/real-dataset';
import { readCsv } from './read-csv';
import { labelled } from '../testing/labelled-index';

/** Every input file under `data/` as one text, spacing evened out and a CSV's doubled quotes read as one. */
function inputText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(txt|csv)$/.test(file))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n')
    .replace(/""/g, '"')
    .replace(/\s+/g, ' ');
}

describe('the list exports of the real dataset', () => {
  const index = labelled(realDataset().index());
  const rows = Uint32Array.from({ length: index.count }, (_, row) => row);
  const written = inputText('data');

  it('write every organization name as the reports wrote it, never cut short', () => {
    const [header, ...records] = readCsv(incidentListCsv(index, rows).replace(/^\uFEFF/, ''));
    const column = header.indexOf('organizations');
    const inCsv = records.flatMap((record) => (record[column] === '' ? [] : record[column].split('; ')));
    const inJson = (JSON.parse(incidentListJson(index, rows)) as { organizations: string[] }[]).flatMap((record) => record.organizations);
    expect(inCsv.length).toBeGreaterThan(50);
    expect(inJson).toEqual(inCsv);
    const notWritten = inCsv.filter((name) => !written.includes(name.replace(/\s+/g, ' ')));
    expect(notWritten).toEqual([]);
  });
});
