/**
 * The findings of a scan as files: a CSV with one record per finding and every number
 * behind its sentence, and a Markdown note with the sentences, the links that show each
 * one, and the methods. Both take their words from `finding-words`, as the page does.
 */
import type { Finding, FindingsScan } from '../analysis/findings/finding-types';
import { incidentCount } from '../components/format-count';
import { optionLabel } from '../domain/option-label';
import { FACETS } from '../domain/taxonomy';
import { tableFraction } from '../figures/figure';
import { findingSentence, findingView, scanMethods, scanOutcome } from '../figures/finding-words';
import { filterClausesText } from '../state/filters-in-words';
import { stringifyUrlState } from '../state/url-state';
import type { UrlState } from '../state/url-state';
import { toCsv, withCsvContext } from './csv';
import type { CsvValue } from './csv';
import { slugify } from './file-name';

/** Where the findings came from: the view's state, the dataset build and the address the links start with. */
export interface FindingsSource {
  readonly state: UrlState;
  readonly build: string;
  /** "https://example.org/faultline/": each finding's link is this with the view's query. */
  readonly base: string;
  /** Incidents in the selection scanned. */
  readonly size: number;
}

const HEADER = [
  'rank', 'group', 'kind', 'sentence', 'facet_a', 'option_a', 'facet_b', 'option_b', 'exposed_count', 'exposed_n', 'exposed_share',
  'reference_count', 'reference_n', 'reference_share', 'ratio', 'ratio_ci95_low', 'ratio_ci95_high', 'slope_per_year', 'slope_ci95_low',
  'slope_ci95_high', 'line_fit', 'first_year', 'last_year', 'test', 'p_value', 'q_value', 'link',
];

const link = (finding: Finding, source: FindingsSource): string => `${source.base}${stringifyUrlState(findingView(finding, source.state))}`;

function subjects(finding: Finding): CsvValue[] {
  const refs = 'subject' in finding ? [finding.subject] : [finding.given, finding.outcome];
  return [0, 1].flatMap((i) => (refs[i] ? [FACETS[refs[i].facet].name, optionLabel(refs[i].facet, refs[i].option)] : [null, null]));
}

function numbers(finding: Finding): CsvValue[] {
  if (finding.kind === 'trend') {
    const first = finding.points[0].time;
    const last = finding.points[finding.points.length - 1].time;
    return [null, null, null, null, null, null, null, null, null, tableFraction(finding.slope), tableFraction(finding.low), tableFraction(finding.high), tableFraction(finding.fit), first, last];
  }
  const { exposed, reference, ratio } = finding;
  const years = finding.kind === 'recent' ? [finding.firstYear, finding.year] : [null, null];
  return [
    exposed.successes, exposed.n, tableFraction(exposed.successes / exposed.n),
    reference.successes, reference.n, tableFraction(reference.successes / reference.n),
    tableFraction(ratio.ratio), tableFraction(ratio.low), tableFraction(ratio.high), null, null, null, null, ...years,
  ];
}

/** The lines above the table and at the head of the note: what was scanned, in which build, by which methods. */
const context = (scan: FindingsScan, source: FindingsSource) => ({
  filters: filterClausesText(source.state) || 'none, all incidents',
  n: `${incidentCount(source.size)} scanned`,
  methods: scanMethods(scan),
});

/** One record per finding, grouped ones under their lead's rank, with the scan's context above the table. */
export function findingsCsv(scan: FindingsScan, source: FindingsSource): string {
  const rows = scan.groups.flatMap((group, g) =>
    [group.lead, ...group.alike].map((finding, i): CsvValue[] => [
      i === 0 ? g + 1 : null, g + 1, finding.kind, findingSentence(finding), ...subjects(finding), ...numbers(finding),
      finding.test, finding.pValue, finding.qValue, link(finding, source),
    ]),
  );
  const about = context(scan, source);
  return withCsvContext(toCsv(HEADER, rows), [
    ['title', 'Findings'],
    ['filters', about.filters],
    ['N', about.n],
    ['dataset build', source.build],
    ...about.methods.map((line) => ['method', line] as const),
  ]);
}

/** Markdown inline text: the characters that would start markup are escaped, so a label never turns into a link or a heading. */
const markdownText = (text: string): string => text.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);

/** The findings as a Markdown note: numbered sentences, each with the link that shows it, then the methods. */
export function findingsMarkdown(scan: FindingsScan, source: FindingsSource): string {
  const about = context(scan, source);
  const lines = [
    '# Findings',
    '',
    `Filters: ${markdownText(about.filters)} · ${about.n} · dataset build ${markdownText(source.build)}`,
    '',
  ];
  lines.push(markdownText(scanOutcome(scan, source.size)), '');
  scan.groups.forEach((group, g) => {
    lines.push(`${g + 1}. ${markdownText(findingSentence(group.lead))} [Show it](<${link(group.lead, source)}>)`);
    for (const alike of group.alike) lines.push(`   - Alike: ${markdownText(findingSentence(alike))} [Show it](<${link(alike, source)}>)`);
  });
  lines.push('', '## Methods', '', ...about.methods.map((line) => `- ${markdownText(line)}`), '');
  return lines.join('\n');
}

/** "faultline-findings-objective-malicious-56b1d660.md". */
export function findingsFileName(source: FindingsSource, extension: string): string {
  const filters = filterClausesText(source.state);
  return `faultline-findings-${filters === '' ? 'all' : slugify(filters, 'filtered', 80)}-${slugify(source.build, 'build', 8)}.${extension}`;
}
