import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/domain/schema';
import { FACET_IDS, FACETS, IOT_LAYERS, POSTMORTEM_FIELD_IDS, POSTMORTEM_LABELS } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import {
  generateIncident,
  generateReport,
  pageRng,
  readStats,
  renderReport,
  reportPath,
  STATS_PATH,
  TARGET_PAGE_BYTES,
  writeCorpus,
  YEAR_RANGE,
} from '../../scripts/generate-corpus';
import { computeCorpusStats, QUANTILE_STEPS } from '../../scripts/lib/corpus-stats';
import type { CorpusStats } from '../../scripts/lib/corpus-stats';
import { emptyDraft } from '../../scripts/lib/draft';
import { parseReport } from '../../scripts/lib/parse-report';

let stats: CorpusStats;
beforeAll(async () => {
  stats = await readStats();
});

const pages = (seed: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => generateReport(pageRng(seed, i), stats, i));

describe('the committed statistics', () => {
  it('validate and stay small enough to commit', async () => {
    expect(stats.reports).toBeGreaterThan(0);
    expect((await stat(STATS_PATH)).size).toBeLessThan(200 * 1024);
  });
});

describe('computeCorpusStats', () => {
  const incident = (title: string, phase: string[], overrides: Partial<Incident> = {}): Incident => {
    const draft = emptyDraft('report', title);
    draft.published = '2019-08-22';
    draft.facets.phase = phase;
    draft.rationale.phase = phase.length > 0 ? 'x'.repeat(100) : null;
    draft.organizations = ['MoviePass'];
    draft.postmortem.impacts = [{ text: 'Tens of thousands of users had their card details exposed for weeks. [89060]', citations: ['89060'] }];
    return { ...draft, id: title.toLowerCase(), sources: [`${title}.txt`], ...overrides };
  };

  it('tallies option sets as written and leaves raw articles out', () => {
    const result = computeCorpusStats([
      incident('A', ['design', 'operation']),
      incident('B', ['design', 'operation']),
      incident('C', []),
      incident('D', ['operation'], { kind: 'article' }),
      incident('E', ['not a token']),
    ]);
    expect(result.reports).toBe(4);
    expect(result.facets.phase.sets).toEqual([
      ['design, operation', 2],
      ['', 1],
    ]);
    expect(result.facets.phase.rationaleLength).toEqual(Array(QUANTILE_STEPS + 1).fill(100));
    expect(result.postmortem.impacts.itemCounts).toEqual([[1, 4]]);
    expect(result.years).toEqual([[2019, 4]]);
    expect(result.fragments).toContain('Tens of thousands of users had their card details exposed for weeks.');
  });
});

describe('generateReport', () => {
  it('gives the same bytes for the same seed and different pages for another', () => {
    expect(pages(7, 20)).toEqual(pages(7, 20));
    const other = pages(8, 20);
    expect(pages(7, 20).filter((page, i) => page === other[i])).toEqual([]);
  });

  it('writes every section, postmortem row and facet row in the seed layout', () => {
    for (const [i, page] of pages(3, 50).entries()) {
      const lines = page.split('\n');
      expect(lines[0]).toMatch(/^Incident: \S/);
      expect(lines[2]).toMatch(/^Published Date: \d{4}-\d{2}-\d{2}$/);
      expect(lines.slice(-3)).toEqual(['Sources', '', 'Back to List']);
      for (const header of ['Postmortem Analysis', 'Software Taxonomy of Faults', 'IoT System Layer', 'Other Details']) {
        expect(lines).toContain(header);
      }
      for (const field of POSTMORTEM_FIELD_IDS) {
        expect(lines.filter((l) => l === POSTMORTEM_LABELS[field] || l.startsWith(`${POSTMORTEM_LABELS[field]} 1. `))).toHaveLength(1);
      }
      const report = generateIncident(pageRng(3, i), stats, i);
      for (const facet of FACET_IDS) {
        const { options } = report.facets[facet];
        const expected = options.length === 0 ? FACETS[facet].label : `${FACETS[facet].label} ${options.join(', ')} (a) `;
        expect(lines.filter((l) => l === expected || (options.length > 0 && l.startsWith(expected)))).toHaveLength(1);
      }
      for (const layer of ['perception', 'communication', 'application'] as const) {
        expect(lines.filter((l) => l.startsWith(`${IOT_LAYERS[layer].label} `))).toHaveLength(1);
      }
      expect(page).toMatch(/\[\d+\]/);
    }
  });

  it('draws option sets at the frequencies of the statistics', () => {
    const drawn = Object.fromEntries(FACET_IDS.map((f) => [f, new Map<string, number>()])) as Record<FacetId, Map<string, number>>;
    const count = 2000;
    for (let i = 0; i < count; i++) {
      const report = generateIncident(pageRng(11, i), stats, i);
      for (const facet of FACET_IDS) {
        const set = report.facets[facet].options.join(', ');
        drawn[facet].set(set, (drawn[facet].get(set) ?? 0) + 1);
      }
    }
    for (const facet of FACET_IDS) {
      const { sets } = stats.facets[facet];
      const total = sets.reduce((sum, [, n]) => sum + n, 0);
      for (const [set, n] of sets) {
        expect(Math.abs((drawn[facet].get(set) ?? 0) / count - n / total), `${facet}: "${set}"`).toBeLessThan(0.035);
      }
      expect([...drawn[facet].keys()].every((set) => sets.some(([s]) => s === set))).toBe(true);
    }
  });

  it('averages about the target page size, with distinct titles and dates spread over the years', () => {
    const count = 400;
    const reports = Array.from({ length: count }, (_, i) => generateIncident(pageRng(5, i), stats, i));
    const bytes = reports.reduce((sum, r) => sum + Buffer.byteLength(renderReport(r)), 0);
    expect(bytes / count).toBeGreaterThan(TARGET_PAGE_BYTES * 0.9);
    expect(bytes / count).toBeLessThan(TARGET_PAGE_BYTES * 1.1);
    expect(new Set(reports.map((r) => r.title)).size).toBe(count);
    expect(new Set(reports.map((r) => r.published)).size).toBeGreaterThan(count * 0.9);
    const years = new Set(reports.map((r) => Number(r.published.slice(0, 4))));
    expect(Math.min(...years)).toBe(YEAR_RANGE.first);
    expect(Math.max(...years)).toBe(YEAR_RANGE.last);
  });

  it('reads back through parseReport without warnings, options exactly as generated', () => {
    for (let i = 0; i < 50; i++) {
      const report = generateIncident(pageRng(13, i), stats, i);
      const { draft, diagnostics } = parseReport(renderReport(report));
      expect(diagnostics).toEqual([]);
      expect(draft?.title).toBe(report.title);
      expect(draft?.published).toBe(report.published);
      for (const facet of FACET_IDS) expect(draft?.facets[facet]).toEqual(report.facets[facet].options);
      for (const field of POSTMORTEM_FIELD_IDS) {
        expect(draft?.postmortem[field].map((item) => item.text)).toEqual(report.postmortem[field]);
      }
    }
  });
});

describe('writeCorpus', () => {
  it('streams pages into folders of a thousand, the same bytes for the same seed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faultline-corpus-'));
    try {
      const first = await writeCorpus({ count: 12, seed: 1, out: join(dir, 'a'), stats });
      const second = await writeCorpus({ count: 12, seed: 1, out: join(dir, 'b'), stats });
      expect(first).toEqual(second);
      expect(first.files).toBe(12);
      for (const i of [0, 11]) {
        const page = await readFile(join(dir, 'a', reportPath(i)), 'utf8');
        expect(page).toBe(await readFile(join(dir, 'b', reportPath(i)), 'utf8'));
        expect(page).toBe(generateReport(pageRng(1, i), stats, i));
      }
      expect(reportPath(1234)).toBe(join('reports', '001', '001234.txt'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
