import { z } from 'zod';
import { OrganizationAliasesSchema } from './organization-aliases';
import { BuildReportSchema, DuplicateDecisionsFileSchema, IncidentSchema, IndexSchema, TermsFileSchema } from './schema';

/**
 * `schema.json`: the dataset's files described as JSON Schema, generated from the zod
 * schemas so the documentation cannot drift from what the prebuild checks.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const describe = (schema: z.ZodType, file: string) => ({ file, ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Faultline dataset',
    description:
      'Files the prebuild writes. index.json is columnar: row i of every column is incident i; ' +
      'facets are dictionary-encoded (options → combos of option indices → one combo per row; combo [] is "not analysed"). ' +
      'The full-text search index (search-words.bin, search-postings-NNNN.bin) is binary and described in the README.',
    files: {
      index: describe(IndexSchema, 'index.json'),
      incident: describe(IncidentSchema, 'incidents/<id>.json'),
      terms: describe(TermsFileSchema, 'terms.json'),
      buildReport: describe(BuildReportSchema, 'build-report.json'),
    },
    inputs: {
      duplicateDecisions: describe(DuplicateDecisionsFileSchema, 'duplicate-decisions.json, in an input folder: reviewed possible duplicates'),
      organizationAliases: describe(OrganizationAliasesSchema, 'organization-aliases.json, in an input folder: names the rules cannot join'),
    },
  };
}
