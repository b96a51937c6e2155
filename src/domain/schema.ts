/**
 * The dataset contract, defined once. The prebuild validates what it writes with these
 * schemas and the app validates what it fetches with the same ones; `schema.json` is
 * generated from them. Types come from `z.infer`, never written twice.
 */
import { z } from 'zod';
import { isDateCode, isIsoDate } from './calendar-date';
import { decodeCodes, encodeCodes } from './index-codes';
import type { CodeArray, EncodedCodes } from './index-codes';
import { FACET_IDS, IOT_LAYER_IDS, POSTMORTEM_FIELD_IDS } from './taxonomy';

/** Lowercase letters, digits and dashes, at most 64: an id that is also a file name and a URL path segment. */
export const INCIDENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** An id that can be used in a URL path segment as it is. */
export const IncidentIdSchema = z.string().regex(INCIDENT_ID, 'incident ids are lowercase letters, digits and dashes');

/** A calendar date written `YYYY-MM-DD`; `2019-13-40` has the pattern but is no date. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine(isIsoDate, 'not a calendar date (or outside the years the dashboard draws)');

/** One entry of a numbered postmortem list, with the article ids it cites. */
export const ItemSchema = z.object({
  text: z.string().describe('The item as written, without its list number'),
  citations: z.array(z.string()).describe('Article ids cited by the item, in order, without duplicates'),
});
export type Item = z.infer<typeof ItemSchema>;

const recordOf = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>).strict();

export const PostmortemSchema = recordOf(POSTMORTEM_FIELD_IDS, z.array(ItemSchema));
export type Postmortem = z.infer<typeof PostmortemSchema>;

/**
 * Reports separate options with commas, so an option id never holds one; the app's key
 * for "not analysed" holds one for that reason (gap-keys.ts).
 */
const OptionIdSchema = z.string().min(1).regex(/^[^,]+$/, 'an option id cannot contain a comma');

export const OptionListSchema = z.array(OptionIdSchema).describe('Option ids exactly as the report writes them; [] when not analysed');

export const FacetsSchema = recordOf(FACET_IDS, OptionListSchema);
export type Facets = z.infer<typeof FacetsSchema>;

export const RationaleSchema = recordOf(FACET_IDS, z.string().nullable());
export type Rationale = z.infer<typeof RationaleSchema>;

export const IotLayerSchema = z.object({
  options: OptionListSchema,
  rationale: z.string().nullable(),
});
export const IotSchema = recordOf(IOT_LAYER_IDS, IotLayerSchema);
export type Iot = z.infer<typeof IotSchema>;

export const HttpUrlSchema = z
  .string()
  .regex(/^https?:\/\/\S+$/i, 'only http and https links are kept');

export const ArticleSchema = z.object({
  url: HttpUrlSchema.nullable(),
  body: z.string().describe('The article text with scraped boilerplate removed'),
});

export const KindSchema = z.enum(['report', 'article']);
export type Kind = z.infer<typeof KindSchema>;

/** What a parser makes of one report, before the prebuild gives it an id and sources. */
export const IncidentDraftSchema = z.object({
  kind: KindSchema,
  title: z.string().min(1).describe('The literal title text of the report'),
  published: IsoDateSchema.nullable(),
  failId: z.string().nullable().describe('The FAIL database incident id, where known'),
  articleIds: z.array(z.string()).describe('Ids of the news articles the analysis cites'),
  organizations: z.array(z.string()).describe('Names of responsible and impacted organizations, whole as the report gives them'),
  summary: z.string().nullable(),
  facets: FacetsSchema,
  rationale: RationaleSchema,
  postmortem: PostmortemSchema,
  iot: IotSchema,
  links: z.array(HttpUrlSchema).describe('Article links listed by the report'),
  article: ArticleSchema.nullable().describe('For raw news articles: the source link and cleaned body'),
});
export type IncidentDraft = z.infer<typeof IncidentDraftSchema>;

/** The full record of one incident: `incidents/<id>.json`. */
export const IncidentSchema = IncidentDraftSchema.extend({
  id: IncidentIdSchema,
  sources: z
    .array(z.string().min(1))
    .min(1)
    .describe('Input paths relative to their --in directory; a CSV row is file.csv#<Incident ID>'),
});
export type Incident = z.infer<typeof IncidentSchema>;

/**
 * One facet as a dictionary-encoded column. `options` lists the facet's vocabulary in
 * taxonomy order, then `unknown`, then any option written in a report that is not in
 * the vocabulary (sorted). Each distinct option set seen is stored once in `combos` as
 * indices into `options`; `rows[i]` is the combo of incident i. The empty combo is
 * "not analysed".
 */
/**
 * A column of the index: an array whose items are checked in one tight loop instead of
 * one schema call per item. At 100,000 incidents this is what keeps loading the index
 * fast (a per-item `z.array` costs about half a second there); the first bad item is
 * reported with its position. `items` is the item's JSON Schema, for `schema.json`.
 */
function column<T>(isItem: (value: unknown) => value is T, expected: string, items: Record<string, unknown>) {
  return z
    .custom<T[]>((value) => Array.isArray(value), { message: 'expected an array' })
    .superRefine((values, ctx) => {
      for (let i = 0; i < values.length; i += 1) {
        if (!isItem(values[i])) {
          ctx.addIssue({ code: 'custom', message: `expected ${expected}`, path: [i] });
          return;
        }
      }
    })
    .meta({ type: 'array', items });
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** An integer column as written (see index-codes.ts), read back by `decode` straight into a typed array. */
function codesSchema<T extends CodeArray>(decode: (encoded: EncodedCodes) => T | null) {
  return z
    .object({
      width: z.number().int().min(1).max(8),
      codes: z.string().describe('Each value in `width` digits of 0-9A-Za-z-_ (base 64), concatenated'),
    })
    .transform((encoded, ctx) => {
      const values = decode(encoded);
      if (values === null) {
        ctx.addIssue({ code: 'custom', message: `expected whole ${encoded.width}-digit codes of 0-9A-Za-z-_, each below 2^32` });
        return z.NEVER;
      }
      return values;
    });
}

const CodesSchema = codesSchema((encoded) => decodeCodes(encoded));
/** For a column of a value per incident or per organization named: bytes where each value is one digit. */
const RowCodesSchema = codesSchema((encoded) => decodeCodes(encoded, true));

/** `values` as bytes: themselves when read into bytes already, as a narrow column of one-digit values is. */
const asBytes = (values: CodeArray): Uint8Array => (values instanceof Uint8Array ? values : Uint8Array.from(values));

/** The first position of `values` at or above `limit`, or -1: one loop, no object per value. */
function firstAtOrAbove(values: CodeArray, limit: number): number {
  for (let i = 0; i < values.length; i++) if (values[i] >= limit) return i;
  return -1;
}

export const FacetColumnSchema = z.object({
  options: z.array(OptionIdSchema),
  combos: z.array(z.array(z.number().int().nonnegative())),
  rows: RowCodesSchema.describe('Per incident, the index of its combo'),
});
export type FacetColumn = z.output<typeof FacetColumnSchema>;

/**
 * Organizations in two layers. `values` are the names as reports write them (what the
 * list and its exports show); per incident, `counts[i]` of them in order from `codes`,
 * each with its role in `roles` (1 responsible, 2 impacted, 3 both). `names` and `keys`
 * are the organizations those names are grouped into (one canonical name, and the key a
 * link names it by), and `of[v]` is the organization of name `v`, so an organization's
 * variants are the names whose `of` points at it. Read back, every column stays flat:
 * incident i's names are `codes[start[i]]` to `codes[start[i + 1] - 1]`, so a million
 * incidents cost no object per row (see `organizationsOfRow`).
 */
const OrganizationsSchema = z
  .object({
    values: column(isString, 'a name', { type: 'string' }),
    counts: RowCodesSchema.describe('How many organization names each incident has'),
    codes: CodesSchema.describe('The organization names of every incident, one after another'),
    roles: RowCodesSchema.describe('Beside each code: 1 named as responsible, 2 as impacted, 3 both'),
    names: column(isString, 'a name', { type: 'string' }).describe('Per organization, its canonical name'),
    keys: column(isString, 'a key', { type: 'string' }).describe('Per organization, the key a link names it by; sorted, unique'),
    of: CodesSchema.describe('Per name in values, the index of its organization'),
  })
  .transform(({ values, counts, codes, roles, names, keys, of }, ctx) => {
    const start = new Uint32Array(counts.length + 1);
    for (let i = 0; i < counts.length; i++) start[i + 1] = start[i] + counts[i];
    const total = start[counts.length];
    if (total !== codes.length) ctx.addIssue({ code: 'custom', message: `counts add up to ${total} but there are ${codes.length} codes`, path: ['counts'] });
    if (roles.length !== codes.length) ctx.addIssue({ code: 'custom', message: `${roles.length} roles for ${codes.length} codes`, path: ['roles'] });
    if (roles.some((role) => role < 1 || role > 3)) ctx.addIssue({ code: 'custom', message: 'a role is not 1, 2 or 3', path: ['roles'] });
    if (firstAtOrAbove(codes, values.length) >= 0) ctx.addIssue({ code: 'custom', message: 'a code refers to no name', path: ['codes'] });
    if (names.length !== keys.length) ctx.addIssue({ code: 'custom', message: `${names.length} names for ${keys.length} keys`, path: ['keys'] });
    if (keys.some((key, k) => k > 0 && !(keys[k - 1] < key))) ctx.addIssue({ code: 'custom', message: 'keys are not sorted and unique', path: ['keys'] });
    if (of.length !== values.length || firstAtOrAbove(of, names.length) >= 0) ctx.addIssue({ code: 'custom', message: 'of must give every name an organization', path: ['of'] });
    return { values, start, codes, roles: asBytes(roles), names, keys, of };
  });

export const INDEX_FORMAT = 'faultline-index/1';

const IndexObjectSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  build: z.string().describe('Content hash of the dataset; identical input gives an identical hash'),
  count: z.number().int().nonnegative(),
  kind: RowCodesSchema.transform((kinds, ctx) => {
    const at = firstAtOrAbove(kinds, 2);
    if (at >= 0) {
      ctx.addIssue({ code: 'custom', message: 'expected 0 (report) or 1 (article)', path: [at] });
      return z.NEVER;
    }
    return asBytes(kinds);
  }).describe('0 = report, 1 = article'),
  published: CodesSchema.transform((days, ctx) => {
    const at = days.findIndex((day) => day !== 0 && !isDateCode(day));
    if (at >= 0) {
      ctx.addIssue({ code: 'custom', message: `${days[at]} is not the YYYYMMDD of a calendar date`, path: [at] });
      return z.NEVER;
    }
    return days;
  }).describe('Publication date as the integer YYYYMMDD of a calendar date, 0 when unknown'),
  organizations: OrganizationsSchema.describe('Dictionary of organization names and, per incident, indices into it'),
  facets: recordOf(FACET_IDS, FacetColumnSchema),
  id: column((v): v is string => typeof v === 'string' && INCIDENT_ID.test(v), 'an incident id', {
    type: 'string',
    pattern: INCIDENT_ID.source,
  }),
  title: column(isString, 'a title', { type: 'string' }),
});

type ColumnLengths = [string, number][];

function checkLengths(count: number, columns: ColumnLengths, ctx: z.RefinementCtx): void {
  for (const [name, length] of columns) {
    if (length !== count) ctx.addIssue({ code: 'custom', message: `${name} has ${length} rows, expected ${count}` });
  }
}

const IndexColumnsObject = IndexObjectSchema.omit({ id: true, title: true });

function checkColumns(index: z.output<typeof IndexColumnsObject>, ctx: z.RefinementCtx): void {
  const columns: ColumnLengths = [
    ['kind', index.kind.length],
    ['published', index.published.length],
    ['organizations.counts', index.organizations.start.length - 1],
  ];
  for (const facet of FACET_IDS) columns.push([`facets.${facet}.rows`, index.facets[facet].rows.length]);
  checkLengths(index.count, columns, ctx);
  for (const facet of FACET_IDS) {
    const col = index.facets[facet];
    if (col.combos.some((c) => c.some((o) => o >= col.options.length))) {
      ctx.addIssue({ code: 'custom', message: `facets.${facet}.combos refers to an option that does not exist` });
    }
    if (firstAtOrAbove(col.rows, col.combos.length) >= 0) {
      ctx.addIssue({ code: 'custom', message: `facets.${facet}.rows refers to a combo that does not exist` });
    }
  }
}

/**
 * What the dashboard loads first: one column per field, row i of every column is
 * incident i. Rows are in input order (sorted paths, then CSV row order). Integer
 * columns are written as code text (index-codes.ts) and read back into typed arrays
 * here, so `index.json` stays quick to parse and a million rows are checked in a few
 * loops, without an object per row. The id and title columns, three quarters of the
 * file, are written last: the app draws from the columns before them while those arrive
 * (`IndexColumnsSchema`, then `IndexLabelsSchema`).
 */
export const IndexSchema = IndexObjectSchema.superRefine((index, ctx) => {
  checkColumns(index, ctx);
  checkLengths(index.count, [['id', index.id.length], ['title', index.title.length]], ctx);
});

/** Every part of `index.json` but its ids and titles: all a count, a chart or a filter reads. */
export const IndexColumnsSchema = IndexColumnsObject.superRefine(checkColumns);

/** The ids and titles of `index.json`, for an index of `count` rows. */
export const indexLabelsSchema = (count: number) =>
  IndexObjectSchema.pick({ id: true, title: true }).superRefine((labels, ctx) =>
    checkLengths(count, [['id', labels.id.length], ['title', labels.title.length]], ctx),
  );

/** The index as the app uses it: every column an array or typed array, one entry per incident. */
export type DatasetIndex = z.output<typeof IndexSchema>;
/** The index without its ids and titles, as the app has it first. */
export type IndexColumns = z.output<typeof IndexColumnsSchema>;
/** The ids and titles of the index, one each per incident. */
export type IndexLabels = Pick<DatasetIndex, 'id' | 'title'>;
/** The index as written to `index.json`. */
export type IndexFile = z.input<typeof IndexSchema>;

/** The organization names (indices into `values`) incident `row` writes, in its order. */
export function organizationsOfRow(organizations: Pick<DatasetIndex['organizations'], 'codes' | 'start'>, row: number): Uint32Array {
  return organizations.codes.subarray(organizations.start[row], organizations.start[row + 1]);
}

/** The role beside each of `organizationsOfRow(organizations, row)`. */
export function organizationRolesOfRow(organizations: DatasetIndex['organizations'], row: number): Uint8Array {
  return organizations.roles.subarray(organizations.start[row], organizations.start[row + 1]);
}

/**
 * The index as the prebuild assembles it, one plain array per column with an array of
 * codes per incident where an incident has several: what `encodeIndex` writes.
 */
export interface PlainIndex {
  readonly format: typeof INDEX_FORMAT;
  readonly build: string;
  readonly count: number;
  readonly id: readonly string[];
  readonly kind: ArrayLike<number>;
  /** YYYYMMDD, null (or 0) when unknown. */
  readonly published: ArrayLike<number | null>;
  readonly title: readonly string[];
  readonly organizations: {
    readonly values: readonly string[];
    readonly rows: readonly (readonly number[])[];
    readonly roles: readonly (readonly number[])[];
    readonly names: readonly string[];
    readonly keys: readonly string[];
    readonly of: readonly number[];
  };
  readonly facets: Readonly<Record<(typeof FACET_IDS)[number], { readonly options: readonly string[]; readonly combos: readonly (readonly number[])[]; readonly rows: ArrayLike<number> }>>;
}

/** The index as written: integer columns as code text, which parses far faster than number arrays. */
export function encodeIndex(index: PlainIndex): IndexFile {
  const facets = Object.fromEntries(
    FACET_IDS.map((facet) => {
      const { options, combos, rows } = index.facets[facet];
      return [facet, { options: [...options], combos: combos.map((combo) => [...combo]), rows: encodeCodes(rows) }];
    }),
  ) as IndexFile['facets'];
  const { values, rows, roles, names, keys, of } = index.organizations;
  return {
    format: index.format,
    build: index.build,
    count: index.count,
    kind: encodeCodes(index.kind),
    published: encodeCodes(Array.from(index.published, (day) => day ?? 0)),
    organizations: {
      values: [...values],
      counts: encodeCodes(rows.map((row) => row.length)),
      codes: encodeCodes(rows.flat()),
      roles: encodeCodes(roles.flat()),
      names: [...names],
      keys: [...keys],
      of: encodeCodes(of),
    },
    facets,
    // Last, as IndexSchema says: the app reads what comes before them first.
    id: [...index.id],
    title: [...index.title],
  };
}

/** A plain index read back as the app reads `index.json`: encoded, then parsed by `IndexSchema`. */
export const readPlainIndex = (index: PlainIndex): DatasetIndex => IndexSchema.parse(encodeIndex(index));

export const TERMS_FORMAT = 'faultline-terms/1';

/**
 * `terms.json`: the most distinctive words and two-word phrases of each incident's
 * title, summary, causes and impacts (TF-IDF over the corpus), aligned with the index
 * rows, for finding similar incidents. Written like the index's organizations: a sorted
 * dictionary, then per row how many terms and which, most distinctive first. Read back,
 * `rows[i]` holds the terms of incident i.
 */
export const TermsFileSchema = z
  .object({
    format: z.literal(TERMS_FORMAT),
    build: z.string().describe('The build of the index these rows belong to'),
    terms: column(isString, 'a term', { type: 'string' }).describe('Words and two-word phrases, lowercase, plurals folded, sorted'),
    df: CodesSchema.describe('Per term, how many incidents of the whole dataset use it (at least 2)'),
    counts: CodesSchema.describe('How many terms each incident has'),
    codes: CodesSchema.describe('The terms of every incident, one after another, most distinctive first'),
  })
  .transform(({ build, terms, df, counts, codes }, ctx) => {
    if (df.length !== terms.length) ctx.addIssue({ code: 'custom', message: `${df.length} counts for ${terms.length} terms`, path: ['df'] });
    const total = counts.reduce((sum, count) => sum + count, 0);
    if (total !== codes.length) ctx.addIssue({ code: 'custom', message: `counts add up to ${total} but there are ${codes.length} codes`, path: ['counts'] });
    if (codes.some((code) => code >= terms.length)) ctx.addIssue({ code: 'custom', message: 'a code refers to no term', path: ['codes'] });
    const rows: Uint32Array[] = new Array(counts.length);
    for (let i = 0, at = 0; i < counts.length; at += counts[i], i++) rows[i] = codes.subarray(at, at + counts[i]);
    return { build, terms, df: Array.from(df), rows: rows.map((row) => Array.from(row)) };
  });
/** The terms as the app uses them: per incident, indices into `terms`. */
export type IncidentTerms = z.output<typeof TermsFileSchema>;
/** The terms as written to `terms.json`. */
export type TermsFile = z.input<typeof TermsFileSchema>;

/** The terms as written: integer columns as code text, like the index. */
export const encodeTerms = ({ build, terms, df, rows }: IncidentTerms): TermsFile => ({
  format: TERMS_FORMAT,
  build,
  terms,
  df: encodeCodes(df),
  counts: encodeCodes(rows.map((row) => row.length)),
  codes: encodeCodes(rows.flat()),
});

export const DiagnosticSchema = z.object({
  level: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().positive().nullable().describe('1-based line in the input file, when known'),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const InputStatusSchema = z.enum(['ok', 'duplicate', 'skipped']);
export type InputStatus = z.infer<typeof InputStatusSchema>;

export const BuildInputSchema = z.object({
  source: z.string().describe('Input path relative to its --in directory; CSV rows carry #<Incident ID>'),
  status: InputStatusSchema,
  incident: IncidentIdSchema.nullable().describe('The incident this input became or was merged into'),
  diagnostics: z.array(DiagnosticSchema),
});
export type BuildInput = z.infer<typeof BuildInputSchema>;

export const BuildSummarySchema = z.object({
  inputs: z.number().int().nonnegative(),
  incidents: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});
export type BuildSummary = z.infer<typeof BuildSummarySchema>;

const IncidentPairSchema = z.tuple([IncidentIdSchema, IncidentIdSchema]);

/**
 * One reviewed pair of possible duplicates, an item of the list in
 * `duplicate-decisions.json`: merge the two into one incident, or keep them apart and
 * stop listing them.
 */
export const DuplicateDecisionSchema = z
  .object({
    incidents: IncidentPairSchema.refine(([a, b]) => a !== b, 'names the same incident twice').describe('The ids of the two incidents'),
    decision: z.enum(['merge', 'separate']),
    note: z.string().optional().describe('Why, for whoever reads the decision later'),
  })
  .strict();
export type DuplicateDecision = z.infer<typeof DuplicateDecisionSchema>;

/** `duplicate-decisions.json`, in an input folder: the reviewed pairs, in any order. */
export const DuplicateDecisionsFileSchema = z.array(DuplicateDecisionSchema);

/** Two incidents whose long text is nearly the same, whatever their titles. */
export const PossibleDuplicateSchema = z.object({
  incidents: IncidentPairSchema.describe('The two incident ids, in code-unit order'),
  titles: z.tuple([z.string(), z.string()]),
  published: z.tuple([IsoDateSchema.nullable(), IsoDateSchema.nullable()]),
  sameDate: z.boolean().describe('Both have a published date and it is the same'),
  jaccard: z.number().min(0).max(1).describe('Shared 5-word shingles over the shingles of either text'),
  containment: z.number().min(0).max(1).describe('Shared 5-word shingles over the shingles of the shorter text'),
  shorter: IncidentIdSchema.describe('The incident with the shorter text'),
  evidence: z.array(z.string()).describe('The longest passages both texts hold, as plain text, longest first'),
});
export type PossibleDuplicate = z.infer<typeof PossibleDuplicateSchema>;

/** A decision of `duplicate-decisions.json` that the prebuild applied. */
export const AppliedDecisionSchema = z.object({
  incidents: IncidentPairSchema,
  titles: z.tuple([z.string(), z.string()]),
  decision: DuplicateDecisionSchema.shape.decision,
  note: z.string().nullable(),
  source: z.string().describe('The decisions file, relative to its --in directory'),
  line: z.number().int().positive(),
  kept: IncidentIdSchema.nullable().describe('For a merge, the incident that holds both now'),
  containment: z.number().min(0).max(1).nullable().describe('The pair\'s score when it was found similar'),
});
export type AppliedDecision = z.infer<typeof AppliedDecisionSchema>;

export const DuplicateDecisionsReportSchema = z.object({
  files: z.array(z.string()).describe('Decisions files read, relative to their --in directory'),
  applied: z.array(AppliedDecisionSchema),
  problems: z
    .array(DiagnosticSchema.extend({ source: z.string() }))
    .describe('Decisions that could not be read or applied, with their file and line'),
});
export type DuplicateDecisionsReport = z.infer<typeof DuplicateDecisionsReportSchema>;

/** `build-report.json`: every input the prebuild saw, and what became of it. */
export const BuildReportSchema = z.object({
  build: z.string(),
  summary: BuildSummarySchema,
  inputs: z.array(BuildInputSchema),
  possibleDuplicates: z.array(PossibleDuplicateSchema).optional().describe('Pairs not yet decided, highest score first'),
  duplicateDecisions: DuplicateDecisionsReportSchema.optional(),
});
export type BuildReport = z.infer<typeof BuildReportSchema>;

