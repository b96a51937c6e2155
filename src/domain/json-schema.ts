import { z } from 'zod';
import { OrganizationAliasesSchema } from './organization-aliases';
import { BuildReportSchema, DuplicateDecisionsFileSchema, IncidentSchema, IndexColumnsHeaderSchema, IndexLabelsFileSchema, TermsFileSchema } from './schema';

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
      'Files the prebuild writes. The index is columnar: row i of every column is incident i. ' +
      'index-columns.bin is a 4-byte little-endian length, a JSON header of that many UTF-8 bytes (described here), then the integer columns it places; ' +
      'facets are dictionary-encoded (options → combos of option indices → one combo per row; combo [] is "not analysed"). ' +
      'index.json holds the ids and titles. ' +
      'The full-text search index (search-words.bin, search-postings-NNNN.bin) is binary and described in the README.',
    files: {
      indexColumns: describe(IndexColumnsHeaderSchema, 'index-columns.bin, its header'),
      index: describe(IndexLabelsFileSchema, 'index.json'),
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
