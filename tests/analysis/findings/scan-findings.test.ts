import { describe, expect, it } from 'vitest';
import { hasBit } from '../../../src/analysis/bitset';
import type { Finding, FindingsScan } from '../../../src/analysis/findings/finding-types';
import { scanFindings } from '../../../src/analysis/findings/scan-findings';
import { articlesInOperation, financeRises, outsideIsMalicious, plantedColumns, selectionOf, setOption } from './planted-dataset';
import type { Plant } from './planted-dataset';

const all = (scan: FindingsScan): Finding[] => scan.groups.flatMap((group) => [group.lead, ...group.alike]);

const mentions = (finding: Finding, facet: string, option: string): boolean => {
  const refs = 'subject' in finding ? [finding.subject] : [finding.given, finding.outcome];
  return refs.some((ref) => ref.facet === facet && ref.option === option);
};

describe('scanFindings on planted signals', () => {
  const columns = plantedColumns(3000, 7, [outsideIsMalicious, financeRises, articlesInOperation]);

  it('finds an association between two facets, with its size inside the interval', () => {
    const scan = scanFindings(columns, columns.all, []);
    const found = all(scan).find((f) => f.kind === 'association' && mentions(f, 'boundary', 'outside_system') && mentions(f, 'objective', 'malicious'));
    expect(found).toBeDefined();
    if (found?.kind !== 'association') return;
    const planted = found.given.facet === 'boundary' ? 3 : undefined;
    if (planted !== undefined) {
      expect(found.ratio.low).toBeLessThan(planted);
      expect(found.ratio.high).toBeGreaterThan(planted);
    } else expect(found.ratio.ratio).toBeGreaterThan(1.5);
    expect(found.qValue).toBeLessThan(0.001);
  });

  it('finds a share that rises across the years, with the planted slope inside the interval', () => {
    const scan = scanFindings(columns, columns.all, []);
    const trend = all(scan).find((f) => f.kind === 'trend' && mentions(f, 'domain', 'finance'));
    expect(trend?.kind).toBe('trend');
    if (trend?.kind !== 'trend') return;
    expect(trend.low).toBeLessThan(0.03);
    expect(trend.high).toBeGreaterThan(0.03);
  });

  it('finds what sets a selection apart from the rest of the dataset', () => {
    const articles = selectionOf(columns, (row) => hasBit(columns.articles, row));
    const scan = scanFindings(columns, articles, []);
    const found = all(scan).find((f) => f.kind === 'selection' && f.subject.facet === 'phase' && f.subject.option === 'operation');
    expect(found?.kind).toBe('selection');
    if (found?.kind !== 'selection') return;
    expect(found.ratio.low).toBeLessThan(2);
    expect(found.ratio.high).toBeGreaterThan(2);
    expect(scan.testsByKind.selection).toBeGreaterThan(0);
  });

  it('never lists a facet the selection’s own filters use', () => {
    const malicious = selectionOf(columns, (row) => hasBit(columns.facets.objective.optionBits[0], row));
    const scan = scanFindings(columns, malicious, ['objective']);
    expect(scan.excluded).toEqual(['objective']);
    expect(all(scan).filter((f) => mentions(f, 'objective', 'malicious') || mentions(f, 'objective', 'non-malicious'))).toEqual([]);
    expect(all(scan).some((f) => mentions(f, 'domain', 'finance'))).toBe(true);
  });

  it('states the family it adjusted over, and lists each result once, strongest evidence first', () => {
    const scan = scanFindings(columns, columns.all, []);
    expect(scan.tests).toBe(Object.values(scan.testsByKind).reduce((s, n) => s + n, 0));
    const leads = scan.groups.map((g) => g.lead);
    const keys = all(scan).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    leads.slice(1).forEach((lead, i) => expect(lead.qValue).toBeGreaterThanOrEqual(leads[i].qValue));
    for (const finding of all(scan)) expect(finding.qValue).toBeLessThanOrEqual(scan.guards.alpha);
  });

  it('gives the same findings in the same order for the same data', () => {
    expect(scanFindings(columns, columns.all, [])).toEqual(scanFindings(plantedColumns(3000, 7, [outsideIsMalicious, financeRises, articlesInOperation]), columns.all, []));
  });
});

describe('scanFindings within one facet', () => {
  it('finds two options given together more often than chance, and not the avoidance every facet has by construction', () => {
    const crashesOmit: Plant = (draft, random) => {
      if (draft.facets.behaviour.includes('crash') && random() < 0.5) draft.facets.behaviour = [...new Set([...draft.facets.behaviour, 'omission'])];
    };
    const columns = plantedColumns(3000, 5, [crashesOmit]);
    const found = all(scanFindings(columns, columns.all, [])).filter((f) => f.kind === 'cooccurrence');
    expect(found.map((f) => f.kind === 'cooccurrence' && [f.given.option, f.outcome.option].sort())).toEqual([['crash', 'omission']]);
    expect(found[0].kind === 'cooccurrence' && found[0].ratio.ratio).toBeGreaterThan(1);
  });
});

describe('scanFindings on noise', () => {
  it('stays quiet: across 40 datasets with nothing planted, few scans list anything', () => {
    let noisy = 0;
    let tests = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const columns = plantedColumns(400, seed);
      // Half the scans compare the articles with the reports, so every kind of test is run.
      const selection = seed % 2 === 0 ? columns.all : columns.articles;
      const scan = scanFindings(columns, selection, []);
      tests += scan.tests;
      if (scan.groups.length > 0) noisy++;
    }
    // Under no signal at all, Benjamini–Hochberg at 5% lists anything in at most 5% of scans on average.
    expect(tests).toBeGreaterThan(40 * 100);
    expect(noisy).toBeLessThanOrEqual(5);
  });
});

describe('scanFindings grouping', () => {
  it('says once what the two sides of a facet say together: outside more often malicious is within more often non-malicious', () => {
    const columns = plantedColumns(3000, 7, [outsideIsMalicious]);
    const scan = scanFindings(columns, columns.all, []);
    const boundaryObjective = scan.groups.filter((g) => [g.lead, ...g.alike].some((f) => f.kind === 'association' && mentions(f, 'boundary', 'outside_system') && mentions(f, 'objective', 'malicious')));
    expect(boundaryObjective).toHaveLength(1);
    const members = [boundaryObjective[0].lead, ...boundaryObjective[0].alike];
    expect(members.some((f) => mentions(f, 'boundary', 'within_system') && mentions(f, 'objective', 'non-malicious'))).toBe(true);
    expect(scan.groups.filter((g) => g.lead.kind === 'association' && g.lead.given.facet !== g.lead.outcome.facet && [g.lead.given.facet, g.lead.outcome.facet].sort().join() === 'boundary,objective')).toHaveLength(1);
  });

  it('shows twice the same finding once: two options always given together lead one group', () => {
    const twins: Plant = (draft) => {
      setOption(draft, 'intent', draft.facets.capability.includes('accidental') ? 'accidental_decisions' : 'poor_decisions');
      draft.facets.capability = [draft.facets.capability.includes('accidental') ? 'accidental' : 'development_incompetence'];
    };
    const accidentalIsHarmless: Plant = (draft, random) => {
      setOption(draft, 'objective', random() < (draft.facets.capability.includes('accidental') ? 0.85 : 0.3) ? 'non-malicious' : 'malicious');
    };
    const columns = plantedColumns(2000, 11, [twins, accidentalIsHarmless]);
    const scan = scanFindings(columns, columns.all, []);
    const aboutObjective = scan.groups.filter((g) => [g.lead, ...g.alike].some((f) => f.kind === 'association' && mentions(f, 'objective', 'non-malicious') && (mentions(f, 'capability', 'accidental') || mentions(f, 'intent', 'accidental_decisions'))));
    expect(aboutObjective).toHaveLength(1);
    const members = [aboutObjective[0].lead, ...aboutObjective[0].alike];
    expect(members.some((f) => mentions(f, 'capability', 'accidental'))).toBe(true);
    expect(members.some((f) => mentions(f, 'intent', 'accidental_decisions'))).toBe(true);
  });
});
