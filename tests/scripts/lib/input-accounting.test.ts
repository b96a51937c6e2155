import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BuildReportSchema } from '../../../src/domain/schema';
import { summarize } from '../../../scripts/lib/build-summary';
import { DatasetBuilder, placedInput } from '../../../scripts/lib/dataset-builder';
import { Vocabulary } from '../../../scripts/lib/document-words';
import { parseFailCsv } from '../../../scripts/lib/parse-fail-csv';
import { parsePage } from '../../../scripts/lib/parse-page';
import { prepareInput, stageInput } from '../../../scripts/lib/prepared-input';

const REPORT_FRAGMENTS = [
  'Incident: A title',
  'Incident: <script>alert(1)</script>',
  'Original Title: An article',
  'Source URL: javascript:alert(1)',
  'Original Content:',
  'Published Date: 2019-02-30',
  'Published Date: 2019-08-22',
  'Software Taxonomy of Faults',
  'Phase (Design/Operation) design, operation (a) why [1]',
  'Behaviour crash, bogus_option text',
  'Domain',
  'Perception None None',
  'Timeline 1. one [2] 2. two',
];

const page = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(fc.oneof(fc.constantFrom(...REPORT_FRAGMENTS), fc.string()), { maxLength: 8 }).map((lines) => lines.join('\n')),
);

const vocabulary = new Vocabulary();

async function* once(text: string) {
  yield text;
}

/**
 * For any content, each input ends up in the build report exactly once (a CSV once per
 * row it yields), never vanishes, and an input that became no incident says why.
 */
describe('every input is accounted for', () => {
  it('for any page text or bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(page.map((t) => new TextEncoder().encode(t)), fc.uint8Array()), { maxLength: 5 }), (files) => {
        const builder = new DatasetBuilder();
        files.forEach((bytes, i) => {
          const { input, diagnostics } = prepareInput(parsePage(bytes));
          builder.add(`page-${i}.txt`, input && placedInput(stageInput(input, `page-${i}.txt`), vocabulary), diagnostics);
        });
        const dataset = builder.finish();
        const report = BuildReportSchema.parse({ build: 'x', summary: summarize(dataset), inputs: dataset.inputs });
        expect(report.inputs.map((i) => i.source)).toEqual(files.map((_, i) => `page-${i}.txt`));
        for (const entry of report.inputs) {
          if (entry.status === 'skipped') expect(entry.diagnostics.some((d) => d.level === 'error')).toBe(true);
          else expect(dataset.rows.some((r) => r.id === entry.incident)).toBe(true);
        }
        expect(report.summary.incidents + report.summary.duplicates + report.summary.skipped).toBe(files.length);
      }),
      { numRuns: 300 },
    );
  });

  it('for any CSV text', async () => {
    const header = 'Incident ID,Title,Published,Phase Option,Phase Rationale\n';
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((s) => header + s), fc.string({ unit: 'binary' })), async (text) => {
        const builder = new DatasetBuilder();
        let yielded = 0;
        for await (const row of parseFailCsv(once(text))) {
          yielded += 1;
          const { input, diagnostics } = prepareInput(row);
          const source = `x.csv#${row.key ?? `line-${row.line}`}`;
          builder.add(source, input && placedInput(stageInput(input, source), vocabulary), diagnostics);
        }
        const { inputs } = builder.finish();
        expect(inputs).toHaveLength(yielded);
        for (const entry of inputs) {
          if (entry.status === 'skipped') expect(entry.diagnostics.some((d) => d.level === 'error')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
