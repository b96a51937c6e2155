import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../../scripts/lib/parse-result';
import { parseReport } from '../../../scripts/lib/parse-report';
import { DiagnosticSchema, IncidentDraftSchema } from '../../../src/domain/schema';
import type { Diagnostic, IncidentDraft } from '../../../src/domain/schema';
import { FACETS, FACET_IDS, POSTMORTEM_LABELS } from '../../../src/domain/taxonomy';

const REPORTS_DIR = new URL('../../../data/reports/', import.meta.url);
const GOLDEN_DIR = new URL('../../fixtures/golden/', import.meta.url);
const readSeed = (name: string): string => readFileSync(new URL(name, REPORTS_DIR), 'utf8');

/** The seeds that are FAIL incident pages; raw articles go through parseArticle. */
const PAGE_SEEDS = readdirSync(REPORTS_DIR)
  .filter((name) => name.endsWith('.txt') && !/^\s*Original Title:/.test(readSeed(name)))
  .sort();
const SEED_000 = readSeed('000_97d1ca67f521d475.txt');

const ROWS: Record<string, string> = {
  recurring: 'Recurring one_organization (a) It happened again [101].',
  phase: 'Phase (Design/Operation) design (a) A design fault [102].',
  boundary: 'Boundary (Internal/External) within_system (a) Inside.',
  nature: 'Nature (Human/Non-human) human_actions (a) People.',
  dimension: 'Dimension (Hardware/Software) software (a) Code.',
  objective: 'Objective (Malicious/Non-malicious) non-malicious (a) No intent.',
  intent: 'Intent (Poor/Accidental Decisions) poor_decisions (a) Bad call.',
  capability: 'Capability (Incompetence/Accidental) accidental (a) Accident.',
  duration: 'Duration temporary (a) Brief.',
  behaviour: 'Behaviour value (a) Wrong result.',
  consequence: 'Consequence property (d) Data [103].',
  domain: 'Domain information (a) Information industry.',
};

/** A page with a title, a date and every facet row, then `lines`. */
function page(...lines: string[]): string {
  return ['Incident: A title', 'Published Date: 2019-08-22', '', ...Object.values(ROWS), '', ...lines].join('\n');
}

/** A page whose row for `facet` reads `row` instead. */
function pageWithRow(facet: string, row: string, ...lines: string[]): string {
  return page(...lines).replace(ROWS[facet], row);
}

const draftOf = (text: string): IncidentDraft => {
  const { draft } = parseReport(text);
  if (draft === null) throw new Error('expected a draft');
  return draft;
};
const messages = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => d.message);
const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

/** The contract every result meets, whatever the input. */
function expectWellFormed(text: string, result: ParseResult): void {
  if (result.draft === null) expect(result.diagnostics.some((d) => d.level === 'error')).toBe(true);
  else IncidentDraftSchema.parse(result.draft);
  const lines = lineCount(text);
  for (const diagnostic of result.diagnostics) {
    DiagnosticSchema.parse(diagnostic);
    if (diagnostic.line !== null) expect(diagnostic.line).toBeLessThanOrEqual(lines);
  }
}

describe('parseReport on the seed pages (golden files)', () => {
  it('finds the FAIL page seeds', () => {
    expect(PAGE_SEEDS).toEqual([
      '000_97d1ca67f521d475.txt',
      '001_dea1ede3e0161830.txt',
      '002_bdb5fe8a0dd80e7c.txt',
      '003_a18f95dd12cf0c26.txt',
    ]);
  });

  it.each(PAGE_SEEDS)('%s matches its golden file (UPDATE_GOLDEN=1 rewrites it)', (name) => {
    const result = parseReport(readSeed(name));
    const golden = new URL(`${name}.json`, GOLDEN_DIR);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(golden, `${JSON.stringify(result, null, 2)}\n`);
    }
    expect(result).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it.each(PAGE_SEEDS)('%s parses cleanly into a valid draft', (name) => {
    const text = readSeed(name);
    const result = parseReport(text);
    expect(result.diagnostics).toEqual([]);
    expectWellFormed(text, result);
  });

  it('keeps seed 000 options exactly as written, in order', () => {
    const draft = draftOf(SEED_000);
    expect(draft.title).toBe('MoviePass Exposes Customer Data Due to Unprotected Database.');
    expect(draft.published).toBe('2019-08-22');
    expect(draft.facets.nature).toEqual(['non-human_actions', 'human_actions']);
    expect(draft.facets.behaviour).toEqual(['omission', 'value']);
    expect(draft.facets.consequence).toEqual(['property', 'theoretical_consequence']);
    expect(draft.facets.domain).toEqual(['entertainment']);
    expect(draft.rationale.duration).toMatch(/^The software failure incident reported in Article 89060/);
    expect(draft.iot.perception).toEqual({ options: [], rationale: null });
    expect(draft.articleIds).toEqual(['89060']);
    expect(draft.organizations[0]).toBe('MoviePass');
    expect(draft.postmortem.nonSoftwareCauses.map((i) => i.text)).toEqual([
      'Insufficient funding leading to temporary service outage [Article 89060]',
      'Reactivating accounts and asking former customers to opt out of being subscribed again [Article 89060]',
    ]);
  });

  it('keeps multi-valued and unknown options of seeds 001 and 002', () => {
    expect(draftOf(readSeed('001_dea1ede3e0161830.txt')).facets.domain).toEqual(['sales', 'finance', 'knowledge']);
    expect(draftOf(readSeed('002_bdb5fe8a0dd80e7c.txt')).facets.recurring).toEqual(['unknown']);
  });
});

describe('parseReport rows', () => {
  it('accepts the short facet name and any letter case', () => {
    const draft = draftOf(pageWithRow('phase', 'PHASE design, operation (a) Both.'));
    expect(draft.facets.phase).toEqual(['design', 'operation']);
    expect(draft.rationale.phase).toBe('(a) Both.');
    expect(draftOf(pageWithRow('phase', 'phase (design/operation) operation x')).facets.phase).toEqual(['operation']);
  });

  it('needs a space or the end of the line after a label', () => {
    const { draft, diagnostics } = parseReport(page('Phaseout of the old system'));
    expect(draft?.facets.phase).toEqual(['design']);
    expect(diagnostics).toEqual([
      { level: 'warning', message: "unrecognized line: 'Phaseout of the old system'", line: 17 },
    ]);
  });

  it('ends the option list at the first space that does not follow a comma', () => {
    const draft = draftOf(pageWithRow('phase', 'Phase (Design/Operation) design operation (a) Text.'));
    expect(draft.facets.phase).toEqual(['design']);
    expect(draft.rationale.phase).toBe('operation (a) Text.');
    expect(draftOf(pageWithRow('phase', 'Phase design,operation')).facets.phase).toEqual(['design', 'operation']);
  });

  it('reads a row without options as a rationale, with a warning', () => {
    const text = pageWithRow('duration', 'Duration The failure lasted a day.');
    const { draft, diagnostics } = parseReport(text);
    expect(draft?.facets.duration).toEqual([]);
    expect(draft?.rationale.duration).toBe('The failure lasted a day.');
    expect(diagnostics).toEqual([{ level: 'warning', message: 'Duration row has a rationale but no options', line: 12 }]);
  });

  it('reads "None None" and a lone "None" as no options and no rationale', () => {
    const draft = draftOf(pageWithRow('behaviour', 'Behaviour None None', 'Perception None', 'Communication none none'));
    expect(draft.facets.behaviour).toEqual([]);
    expect(draft.rationale.behaviour).toBeNull();
    expect(draft.iot.perception).toEqual({ options: [], rationale: null });
    expect(draft.iot.communication).toEqual({ options: [], rationale: null });
  });

  it('reads a label alone as "not analysed", without a warning', () => {
    const { draft, diagnostics } = parseReport(pageWithRow('intent', 'Intent (Poor/Accidental Decisions)'));
    expect(draft?.facets.intent).toEqual([]);
    expect(draft?.rationale.intent).toBeNull();
    expect(diagnostics).toEqual([]);
  });

  it('keeps unknown and out-of-vocabulary options as written, warning about the latter', () => {
    const text = pageWithRow('domain', 'Domain unknown, misc_thing, Finance (a) Hard to say.');
    const { draft, diagnostics } = parseReport(text);
    expect(draft?.facets.domain).toEqual(['unknown', 'misc_thing', 'Finance']);
    expect(diagnostics).toEqual([
      { level: 'warning', message: "Domain: option 'misc_thing' is not in the vocabulary", line: 15 },
      { level: 'warning', message: "Domain: option 'Finance' is not in the vocabulary", line: 15 },
    ]);
  });

  it('keeps the first of a repeated option', () => {
    const { draft, diagnostics } = parseReport(pageWithRow('phase', 'Phase design, operation, design (a) x'));
    expect(draft?.facets.phase).toEqual(['design', 'operation']);
    expect(messages(diagnostics)).toEqual(["Phase (Design/Operation): repeated option 'design' ignored"]);
  });

  it('keeps the first of a repeated row', () => {
    const { draft, diagnostics } = parseReport(page('Phase (Design/Operation) operation (a) Again.'));
    expect(draft?.facets.phase).toEqual(['design']);
    expect(draft?.rationale.phase).toBe('(a) A design fault [102].');
    expect(diagnostics).toEqual([
      { level: 'warning', message: 'second Phase (Design/Operation) row ignored (first on line 5)', line: 17 },
    ]);
  });

  it('warns once per facet that has no row', () => {
    const text = page().replace(`${ROWS.consequence}\n`, '').replace(`${ROWS.domain}\n`, '');
    const { draft, diagnostics } = parseReport(text);
    expect(draft?.facets.consequence).toEqual([]);
    expect(draft?.rationale.domain).toBeNull();
    expect(diagnostics).toEqual([
      { level: 'warning', message: 'no Consequence row: not analysed', line: null },
      { level: 'warning', message: 'no Domain row: not analysed', line: null },
    ]);
  });

  it('fills IoT layers and checks their vocabulary', () => {
    const { draft, diagnostics } = parseReport(
      page('Perception sensor, actuator (a) Sensors [104].', 'Communication wifi x', 'Application true'),
    );
    expect(draft?.iot.perception).toEqual({ options: ['sensor', 'actuator'], rationale: '(a) Sensors [104].' });
    expect(draft?.iot.communication).toEqual({ options: ['wifi'], rationale: 'x' });
    expect(draft?.iot.application).toEqual({ options: ['true'], rationale: null });
    expect(draft?.iot.cps).toEqual({ options: [], rationale: null });
    expect(messages(diagnostics)).toEqual(["Communication: option 'wifi' is not in the vocabulary"]);
  });

  it('splits postmortem rows into items and names the organizations', () => {
    const draft = draftOf(
      page(
        `${POSTMORTEM_LABELS.responsibleOrganization} 1. Acme Corp - the vendor [201] 2. Beta Ltd [202]`,
        `${POSTMORTEM_LABELS.impactedOrganization} 1. Customers of Acme [Article 203]`,
        `${POSTMORTEM_LABELS.softwareCauses}`,
      ),
    );
    expect(draft.postmortem.responsibleOrganization).toEqual([
      { text: 'Acme Corp - the vendor [201]', citations: ['201'] },
      { text: 'Beta Ltd [202]', citations: ['202'] },
    ]);
    expect(draft.postmortem.softwareCauses).toEqual([]);
    expect(draft.organizations).toEqual(['Acme Corp', 'Beta Ltd', 'Customers of Acme']);
  });

  it('lists every distinct cited article in order of first appearance', () => {
    const text = ['Incident: T', 'Timeline 1. Then [7] [Article 5]', ...Object.values(ROWS), 'Fixes 1. Fix [#5, 9]'];
    expect(draftOf(text.join('\n')).articleIds).toEqual(['7', '5', '101', '102', '103', '9']);
  });
});

describe('parseReport continuation and stray lines', () => {
  it('appends lines right after a row to its text, with one info', () => {
    const text = page().replace(ROWS.phase, `${ROWS.phase}\nsecond part [105]\nthird part`);
    const { draft, diagnostics } = parseReport(text);
    expect(draft?.rationale.phase).toBe('(a) A design fault [102]. second part [105] third part');
    expect(draft?.articleIds).toEqual(['101', '102', '105', '103']);
    expect(diagnostics).toEqual([
      { level: 'info', message: 'text continues the Phase (Design/Operation) row on the next line(s)', line: 6 },
    ]);
  });

  it('ends continuation at a blank line', () => {
    const text = page().replace(ROWS.phase, `${ROWS.phase}\n\nstray text`);
    const { draft, diagnostics } = parseReport(text);
    expect(draft?.rationale.phase).toBe('(a) A design fault [102].');
    expect(diagnostics).toEqual([{ level: 'warning', message: "unrecognized line: 'stray text'", line: 7 }]);
  });

  it('reads a postmortem list continued on the following lines', () => {
    const draft = draftOf(page('Timeline', '1. First [1]', '2. Second'));
    expect(draft.postmortem.timeline.map((i) => i.text)).toEqual(['First [1]', 'Second']);
  });

  it('warns about unrecognized lines with their number and first 60 characters', () => {
    const long = `Editor notes ${'x'.repeat(100)}`;
    const { diagnostics } = parseReport(page(long));
    expect(diagnostics).toEqual([
      { level: 'warning', message: `unrecognized line: '${long.slice(0, 60)}…'`, line: 17 },
    ]);
  });

  it('never splits a surrogate pair when quoting a line', () => {
    const line = `${'x'.repeat(59)}😀 and more`;
    const { diagnostics } = parseReport(page(line));
    expect(diagnostics[0].message).toBe(`unrecognized line: '${'x'.repeat(59)}…'`);
  });

  it('lists at most 100 unrecognized lines, then counts the rest', () => {
    const { diagnostics } = parseReport(page(...Array.from({ length: 150 }, (_, i) => `stray ${i}`)));
    expect(diagnostics.filter((d) => d.message.startsWith('unrecognized line'))).toHaveLength(100);
    expect(diagnostics.at(-1)).toEqual({ level: 'warning', message: '50 more unrecognized lines not listed', line: null });
  });

  it('takes http(s) lines under Sources as links and ignores the rest with an info', () => {
    const { draft, diagnostics } = parseReport(
      page(
        'Sources',
        '',
        'https://example.com/a',
        'javascript:alert(1)',
        'https://example.com/a',
        'http://example.org/b',
        'Back to List',
      ),
    );
    expect(draft?.links).toEqual(['https://example.com/a', 'http://example.org/b']);
    expect(diagnostics).toEqual([
      { level: 'info', message: "non-link line under Sources ignored: 'javascript:alert(1)'", line: 20 },
    ]);
  });

  it('does not take links outside Sources', () => {
    const { draft, diagnostics } = parseReport(page('https://example.com/a'));
    expect(draft?.links).toEqual([]);
    expect(messages(diagnostics)).toEqual(["unrecognized line: 'https://example.com/a'"]);
  });
});

describe('parseReport title and date', () => {
  it('keeps markup in the title as literal text', () => {
    const title = '<script>alert(1)</script> <b>Bold</b> &amp; more';
    expect(draftOf(page().replace('A title', `  ${title}  `)).title).toBe(title);
  });

  it('warns about a missing or unreadable published date', () => {
    const missing = parseReport(page().replace('Published Date: 2019-08-22\n', ''));
    expect(missing.draft?.published).toBeNull();
    expect(missing.diagnostics).toEqual([{ level: 'warning', message: "no 'Published Date:' line", line: null }]);
    const unreadable = parseReport(page().replace('2019-08-22', 'sometime in 2019'));
    expect(unreadable.draft?.published).toBeNull();
    expect(unreadable.diagnostics).toEqual([
      { level: 'warning', message: "unreadable published date 'sometime in 2019'", line: 2 },
    ]);
  });

  it('reads a date written with a month name', () => {
    expect(draftOf(page().replace('2019-08-22', 'August 22, 2019')).published).toBe('2019-08-22');
  });

  it('keeps the first of two title lines', () => {
    const { draft, diagnostics } = parseReport(page('Incident: Another'));
    expect(draft?.title).toBe('A title');
    expect(diagnostics).toEqual([{ level: 'warning', message: "another 'Incident:' line ignored: 'Another'", line: 17 }]);
  });

  it('refuses a FAIL page without a title line', () => {
    const text = page().replace('Incident: A title\n', '');
    expect(parseReport(text)).toEqual({
      draft: null,
      diagnostics: [{ level: 'error', message: "no 'Incident:' title line", line: null }],
    });
    expect(parseReport('Software Taxonomy of Faults\nsomething').diagnostics[0].message).toBe("no 'Incident:' title line");
  });

  it('refuses an empty title', () => {
    expect(parseReport(page().replace('A title', '   '))).toEqual({
      draft: null,
      diagnostics: [{ level: 'error', message: "the 'Incident:' line has no title", line: 1 }],
    });
  });

  it('refuses text that is not a FAIL page', () => {
    expect(parseReport(readSeed('004_ef5ff487ea690451.txt'))).toEqual({
      draft: null,
      diagnostics: [{ level: 'error', message: 'not a FAIL incident page', line: null }],
    });
  });
});

describe('parseReport on hostile input', () => {
  const notAPage = { draft: null, diagnostics: [{ level: 'error', message: 'not a FAIL incident page', line: null }] };

  it('refuses the empty string', () => {
    expect(parseReport('')).toEqual(notAPage);
  });

  it('refuses whitespace only', () => {
    expect(parseReport(' \n\r\n\t \r  ')).toEqual(notAPage);
  });

  it('refuses binary-looking garbage', () => {
    const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const text = `\u0000\uFFFD\uD800${bytes}\u001B[31m`;
    const result = parseReport(text);
    expect(result.draft).toBeNull();
    expectWellFormed(text, result);
  });

  it('reads a page cut in the middle of the last rationale', () => {
    const cut = SEED_000.slice(0, SEED_000.indexOf('related to the entertainment industry'));
    const { draft, diagnostics } = parseReport(cut);
    expect(draft?.facets.domain).toEqual(['entertainment']);
    expect(draft?.rationale.domain).toBe('(a) The failed system in the reported incident was');
    expect(diagnostics).toEqual([]);
  });

  it('reads a page cut in the middle of a label', () => {
    const cut = SEED_000.slice(0, SEED_000.indexOf('Domain entertainment') + 4);
    const { draft, diagnostics } = parseReport(cut);
    expect(draft?.facets.domain).toEqual([]);
    expect(draft?.rationale.consequence).toMatch(/\[89060\]\. Doma$/);
    expect(diagnostics).toEqual([
      { level: 'info', message: 'text continues the Consequence row on the next line(s)', line: 42 },
      { level: 'warning', message: 'no Domain row: not analysed', line: null },
    ]);
    const afterBlank = parseReport(SEED_000.slice(0, SEED_000.indexOf('Other Details') + 5));
    expect(afterBlank.diagnostics).toEqual([
      { level: 'warning', message: "unrecognized line: 'Other'", line: 38 },
      { level: 'warning', message: 'no Consequence row: not analysed', line: null },
      { level: 'warning', message: 'no Domain row: not analysed', line: null },
    ]);
  });

  it('reads CRLF and CR line endings as LF', () => {
    const lf = parseReport(SEED_000);
    expect(parseReport(SEED_000.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(parseReport(SEED_000.replace(/\n/g, '\r'))).toEqual(lf);
    const withStray = page('stray');
    expect(parseReport(withStray.replace(/\n/g, '\r\n'))).toEqual(parseReport(withStray));
  });

  it('reads a page without IoT and Other Details sections, leaving those facets unanalysed', () => {
    const lines = SEED_000.split('\n');
    const text = [...lines.slice(0, 30), ...lines.slice(43)].join('\n');
    const { draft, diagnostics } = parseReport(text);
    expect(draft?.facets.consequence).toEqual([]);
    expect(draft?.facets.domain).toEqual([]);
    expect(draft?.facets.phase).toEqual(['design', 'operation']);
    expect(diagnostics).toEqual([
      { level: 'warning', message: 'no Consequence row: not analysed', line: null },
      { level: 'warning', message: 'no Domain row: not analysed', line: null },
    ]);
  });

  it('reads sections in any order', () => {
    const lines = SEED_000.split('\n');
    const [head, postmortem, faults, iot, other, tail] = [[0, 4], [4, 16], [16, 30], [30, 37], [37, 43], [43]].map(
      ([from, to]) => lines.slice(from, to),
    );
    const reordered = [...head, ...other, ...iot, ...faults, ...postmortem, ...tail];
    const { draft, diagnostics } = parseReport(reordered.join('\n'));
    expect(draft).toEqual(draftOf(SEED_000));
    expect(diagnostics).toEqual([]);
  });

  it('reads around an extra unknown section, warning about its lines', () => {
    const text = SEED_000.replace('IoT System Layer', 'Editor Notes\nreviewed twice\n\nIoT System Layer');
    const { draft, diagnostics } = parseReport(text);
    expect(draft).toEqual(draftOf(SEED_000));
    expect(diagnostics).toEqual([
      { level: 'warning', message: "unrecognized line: 'Editor Notes'", line: 31 },
      { level: 'warning', message: "unrecognized line: 'reviewed twice'", line: 32 },
    ]);
  });

  it('reads empty rows as not analysed', () => {
    const text = FACET_IDS.reduce((acc, id) => acc.replace(ROWS[id], FACETS[id].label), page());
    const { draft, diagnostics } = parseReport(text);
    for (const id of FACET_IDS) {
      expect(draft?.facets[id]).toEqual([]);
      expect(draft?.rationale[id]).toBeNull();
    }
    expect(diagnostics).toEqual([]);
  });

  it('parses a 20 MB rationale line', () => {
    const rationale = `(a) ${'word [1] '.repeat(2_300_000)}`;
    const draft = draftOf(pageWithRow('duration', `Duration temporary ${rationale}`));
    expect(draft.rationale.duration).toBe(rationale.trim());
    expect(draft.articleIds).toContain('1');
  });

  it('parses 200,000 lines, listing a bounded number of diagnostics', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => (i % 2 === 0 ? `Phase bogus ${i}` : `more ${i}`));
    const text = page(lines.join('\n'));
    const result = parseReport(text);
    expect(result.draft?.facets.phase).toEqual(['design']);
    expect(result.diagnostics.length).toBeLessThan(300);
    expect(result.diagnostics.slice(-2)).toEqual([
      { level: 'warning', message: '99900 more repeated rows not listed', line: null },
      { level: 'info', message: '99900 more rows continued on following lines not listed', line: null },
    ]);
    expectWellFormed(text, result);
  });

  it('reads at most 32 options from a huge option list, the rest as rationale', () => {
    const list = Array.from({ length: 500_000 }, (_, i) => `opt${i}`).join(', ');
    const { draft, diagnostics } = parseReport(pageWithRow('domain', `Domain ${list}`));
    expect(draft?.facets.domain).toHaveLength(32);
    expect(draft?.rationale.domain?.startsWith('opt32, opt33')).toBe(true);
    expect(diagnostics).toHaveLength(32);
  });

  it('parses one 20 MB line of a single token', () => {
    const text = `Incident: T\nDomain ${'a'.repeat(20_000_000)}`;
    const { draft } = parseReport(text);
    expect(draft?.facets.domain).toEqual([]);
    expect(draft?.rationale.domain).toHaveLength(20_000_000);
  });
});

const FRAGMENTS = [
  'Incident:',
  'Incident: <b>T</b>',
  'Published Date:',
  '2019-08-22',
  'Postmortem Analysis',
  'Software Taxonomy of Faults',
  'IoT System Layer',
  'Other Details',
  'Sources',
  'Back to List',
  'Category Option Rationale',
  'Layer Option Rationale',
  'None',
  'None None',
  'unknown',
  ',',
  ', ',
  '1.',
  '2.',
  '[89060]',
  '[Article 1, Article 2]',
  '[#',
  'https://example.com/x',
  'javascript:alert(1)',
  ...Object.values(POSTMORTEM_LABELS),
  ...FACET_IDS.flatMap((id) => [FACETS[id].label, FACETS[id].name, ...FACETS[id].options.map((o) => o.id)]),
  'Perception',
  'Communication',
  'Application',
  'sensor',
  'true',
];

/** Text built from pieces of real pages: labels, options, headers and noise. */
const pageLike = fc
  .array(
    fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 6 })
      .map((parts) => parts.join(' ')),
    { maxLength: 40 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

describe('parseReport properties', () => {
  it('never throws on any string and always returns a well-formed result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        expectWellFormed(text, parseReport(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on text built from fragments of real pages', () => {
    fc.assert(
      fc.property(pageLike, (text) => {
        expectWellFormed(text, parseReport(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same result for CRLF as for LF', () => {
    fc.assert(
      fc.property(pageLike, (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        expect(parseReport(lf.replace(/\n/g, '\r\n'))).toEqual(parseReport(lf));
      }),
      { numRuns: 300 },
    );
  });
});
