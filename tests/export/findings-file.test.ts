import { describe, expect, it } from 'vitest';
import { scanFindings } from '../../src/analysis/findings/scan-findings';
import { findingsCsv, findingsFileName, findingsMarkdown } from '../../src/export/findings-file';
import type { FindingsSource } from '../../src/export/findings-file';
import { findingSentence, scanMethods, scanOutcome } from '../../src/figures/finding-words';
import { parseUrlState } from '../../src/state/url-state';
import { financeRises, outsideIsMalicious, plantedColumns, setOption } from '../analysis/findings/planted-dataset';
import type { Plant } from '../analysis/findings/planted-dataset';
import { viewState } from '../figures/figure-fixture';
import { readCsvParts } from './read-csv';

/** An option outside the vocabulary written as Markdown, planted where it must surface: every third incident, and rising. */
const HOSTILE = '*x* [link](javascript:alert(1)) # <b>';
const hostileRises: Plant = (draft, random) => {
  if (random() < (draft.year - 2009) / 12) setOption(draft, 'consequence', HOSTILE);
};

const columns = plantedColumns(3000, 7, [outsideIsMalicious, financeRises, hostileRises]);
const scan = scanFindings(columns, columns.all, []);
const source: FindingsSource = { state: viewState('from=2010'), build: 'abcdef0123456789', base: 'https://example.org/app/', size: columns.size };

describe('findingsCsv', () => {
  it('holds one record per finding, grouped ones under their lead, with the sentence the page shows and a link that opens its view', () => {
    const { context, table } = readCsvParts(findingsCsv(scan, source));
    const [header, ...records] = table;
    const all = scan.groups.flatMap((g) => [g.lead, ...g.alike]);
    expect(records).toHaveLength(all.length);
    const column = (name: string) => header.indexOf(name);
    records.forEach((record, i) => {
      expect(record[column('sentence')]).toBe(findingSentence(all[i]));
      expect(Number(record[column('q_value')])).toBe(all[i].qValue);
      const link = record[column('link')];
      expect(link.startsWith('https://example.org/app/?')).toBe(true);
      expect(parseUrlState(link.slice('https://example.org/app/'.length)).filters.years.from).toBe(2010);
    });
    expect(records.filter((record) => record[column('rank')] !== '').map((record) => record[column('rank')])).toEqual(scan.groups.map((_, g) => String(g + 1)));
    expect(context.get('N')).toBe('3,000 incidents scanned');
    expect(context.get('dataset build')).toBe(source.build);
  });

  it('gives a trend its slope, interval, years and how much of the years’ differences its line explains, and leaves those empty for the others', () => {
    const { table } = readCsvParts(findingsCsv(scan, source));
    const [header, ...records] = table;
    const all = scan.groups.flatMap((g) => [g.lead, ...g.alike]);
    const column = (name: string) => header.indexOf(name);
    const trendAt = all.findIndex((finding) => finding.kind === 'trend');
    const trend = all[trendAt];
    if (trend.kind !== 'trend') throw new Error('the planted rise was not found');
    const record = records[trendAt];
    expect(Number(record[column('slope_per_year')])).toBeCloseTo(trend.slope, 6);
    expect(Number(record[column('line_fit')])).toBeCloseTo(trend.fit, 6);
    expect(trend.fit).toBeGreaterThan(0.5);
    expect([record[column('first_year')], record[column('last_year')]]).toEqual([String(trend.points[0].time), String(trend.points[trend.points.length - 1].time)]);
    const other = records[all.findIndex((finding) => finding.kind !== 'trend')];
    expect([other[column('slope_per_year')], other[column('line_fit')]]).toEqual(['', '']);
  });
});

describe('findingsMarkdown', () => {
  it('numbers the sentences with their links and lists the methods, with report-written text escaped', () => {
    const markdown = findingsMarkdown(scan, source);
    expect(markdown.startsWith('# Findings\n')).toBe(true);
    expect(markdown).toContain('## Methods');
    for (const line of scanMethods(scan)) expect(markdown).toContain(line.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`).slice(0, 20));
    const listed = markdown.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(listed).toHaveLength(scan.groups.length);
    const hostile = markdown.split('\n').filter((line) => line.includes('link'));
    expect(hostile.length).toBeGreaterThan(0);
    expect(markdown).not.toContain('[link](javascript');
    expect(markdown).not.toContain('<b>');
    expect(markdown).toContain('\\*x\\* \\[link\\]\\(javascript:alert\\(1\\)\\) \\# \\<b\\>');
  });

  it('opens with the outcome the page states, found or not', () => {
    expect(scan.groups.length).toBeGreaterThan(0);
    expect(findingsMarkdown(scan, source)).toContain(`\n${scanOutcome(scan, source.size)}\n`);
    const none = { ...scan, groups: [] };
    expect(findingsMarkdown(none, source)).toContain(`\n${scanOutcome(none, source.size)}\n`);
  });
});

describe('scanOutcome', () => {
  it('counts one test and one finding in the singular', () => {
    const one = { ...scan, tests: 1, groups: scan.groups.slice(0, 1) };
    expect(scanOutcome(one, 30)).toBe('1 finding from 1 test over 30 incidents, strongest evidence first; at most 5% of such a list are expected to be false.');
    expect(scanOutcome({ ...one, groups: [] }, 30)).toBe('Nothing stands out: the 1 test over 30 incidents does not reach the bar below.');
  });
});

describe('a scan over one incident', () => {
  const one = new Uint32Array(columns.all.length);
  one[0] = 1;
  const tiny = scanFindings(columns, one, []);
  const tinySource: FindingsSource = { ...source, size: 1 };

  it('ran no test, and the files say so, of one incident, not "1 incidents"', () => {
    expect(tiny.tests).toBe(0);
    expect(readCsvParts(findingsCsv(tiny, tinySource)).context.get('N')).toBe('1 incident scanned');
    const markdown = findingsMarkdown(tiny, tinySource);
    expect(markdown).toContain('1 incident scanned');
    expect(markdown).toContain('No test could run over this 1 incident: a test needs at least 10 incidents in each group it compares, and 10 with the option.');
    expect(markdown).not.toContain('No finding reached');
  });
});

describe('findingsFileName', () => {
  it('names the filters and the build, so two exports never overwrite each other', () => {
    expect(findingsFileName(source, 'md')).toBe('faultline-findings-years-from-2010-abcdef01.md');
    expect(findingsFileName({ ...source, state: viewState() }, 'csv')).toBe('faultline-findings-all-abcdef01.csv');
  });
});
