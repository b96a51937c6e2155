/**
 * The dataset contract, defined once. The prebuild validates what it writes with these
 * schemas and the app validates what it fetches with the same ones; `schema.json` is
 * generated from them. Types come from `z.infer`, never written twice.
 */
import { z } from 'zod';
import { isIsoDate } from './calendar-date';
import { decodeCodes, encodeCodes } from './index-codes';
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

/** An integer column of the terms as written (see index-codes.ts), read back straight into a typed array. */
const CodesSchema = z
  .object({
    width: z.number().int().min(1).max(8),
    codes: z.string().describe('Each value in `width` digits of 0-9A-Za-z-_ (base 64), concatenated'),
  })
  .transform((encoded, ctx) => {
    const values = decodeCodes(encoded);
    if (values === null) {
      ctx.addIssue({ code: 'custom', message: `expected whole ${encoded.width}-digit codes of 0-9A-Za-z-_, each below 2^32` });
      return z.NEVER;
    }
    return values;
  });

/**
 * One facet's dictionary. `options` lists the facet's vocabulary in taxonomy order, then
 * `unknown`, then any option written in a report that is not in the vocabulary (sorted,
 * the numbers in them by value: byNumbersInText).
 * Each distinct option set seen is stored once in `combos` as indices into `options`;
 * the facet's rows column (`IndexColumnsHeader`) gives each incident's combo. The empty
 * combo is "not analysed".
 */
const FacetDictionarySchema = z
  .object({
    options: z.array(OptionIdSchema),
    combos: z.array(z.array(z.number().int().nonnegative())),
  })
  .superRefine(({ options, combos }, ctx) => {
    if (combos.some((combo) => combo.some((option) => option >= options.length))) {
      ctx.addIssue({ code: 'custom', message: 'a combo refers to an option that does not exist', path: ['combos'] });
    }
  });

/**
 * The organizations' dictionaries: `values` are the names as reports write them (what
 * the list and its exports show); `names` and `keys` are the organizations those names
 * are grouped into (one canonical name, and the key a link names it by). Which names
 * each incident writes, in what role, and which organization each name belongs to are
 * columns (`IndexColumnsHeader`).
 */
const OrganizationDictionarySchema = z
  .object({
    values: column(isString, 'a name', { type: 'string' }),
    names: column(isString, 'a name', { type: 'string' }).describe('Per organization, its canonical name'),
    keys: column(isString, 'a key', { type: 'string' }).describe('Per organization, the key a link names it by; sorted, unique'),
  })
  .superRefine(({ names, keys }, ctx) => {
    if (names.length !== keys.length) ctx.addIssue({ code: 'custom', message: `${names.length} names for ${keys.length} keys`, path: ['keys'] });
    if (keys.some((key, k) => k > 0 && !(keys[k - 1] < key))) ctx.addIssue({ code: 'custom', message: 'keys are not sorted and unique', path: ['keys'] });
  });

export const INDEX_FORMAT = 'faultline-index/2';
export const INDEX_COLUMNS_FORMAT = 'faultline-index-columns/2';

/**
 * The integer columns of `index-columns.bin`, in the order they are written:
 * - `kind`: per incident, 0 report, 1 article;
 * - `published`: per incident, the YYYYMMDD of a calendar date, 0 when unknown;
 * - `organizations.counts`: per incident, how many organization names it writes;
 * - `organizations.codes`: the names of every incident, one after another, as indices into `values`;
 * - `organizations.roles`: beside each code, 1 named as responsible, 2 as impacted, 3 both;
 * - `organizations.of`: per name in `values`, the index of its organization in `names`;
 * - `facets.<facet>.rows`: per incident, the index of its combo.
 */
export const INDEX_COLUMNS = [
  'kind',
  'published',
  'organizations.counts',
  'organizations.codes',
  'organizations.roles',
  'organizations.of',
  ...FACET_IDS.map((facet) => `facets.${facet}.rows` as const),
] as const;
export type IndexColumnName = (typeof INDEX_COLUMNS)[number];

/** How a column's values are stored: unsigned little-endian integers of 1, 2 or 4 bytes. */
const ColumnTypeSchema = z.enum(['uint8', 'uint16', 'uint32']);
export type ColumnType = z.infer<typeof ColumnTypeSchema>;

const ColumnPlaceSchema = z.object({
  type: ColumnTypeSchema,
  offset: z.number().int().nonnegative().describe('Where its first value is, in bytes from the start of the file: a multiple of its value size'),
  length: z.number().int().nonnegative().describe('How many values it holds'),
});

/**
 * The header of `index-columns.bin`, everything a count, a chart or a filter reads but
 * the integer columns themselves: the dictionaries, and where each column lies in the
 * file. The file is a 4-byte little-endian length, this header as that many bytes of
 * UTF-8 JSON, then the columns, each at its `offset`.
 */
export const IndexColumnsHeaderSchema = z.object({
  format: z.literal(INDEX_COLUMNS_FORMAT),
  build: z.string().describe('Content hash of the dataset; identical input gives an identical hash'),
  count: z.number().int().nonnegative().describe('How many incidents'),
  possibleCopies: z
    .number()
    .int()
    .nonnegative()
    .describe('How many incidents may be copies of others: merging every possible duplicate pair not yet reviewed would leave this many fewer'),
  organizations: OrganizationDictionarySchema,
  facets: recordOf(FACET_IDS, FacetDictionarySchema),
  columns: recordOf(INDEX_COLUMNS, ColumnPlaceSchema),
});
export type IndexColumnsHeader = z.output<typeof IndexColumnsHeaderSchema>;

/**
 * `index.json`: which incident each row of `index-columns.bin` is, by id and title, in
 * input order (sorted paths, then CSV row order). Row i of every column is incident i.
 */
export const IndexLabelsFileSchema = z
  .object({
    format: z.literal(INDEX_FORMAT),
    build: z.string().describe('The build of index-columns.bin these rows belong to'),
    count: z.number().int().nonnegative(),
    id: column((v): v is string => typeof v === 'string' && INCIDENT_ID.test(v), 'an incident id', {
      type: 'string',
      pattern: INCIDENT_ID.source,
    }),
    title: column(isString, 'a title', { type: 'string' }),
  })
  .superRefine(({ count, id, title }, ctx) => {
    for (const [name, length] of [['id', id.length], ['title', title.length]] as const) {
      if (length !== count) ctx.addIssue({ code: 'custom', message: `${name} has ${length} rows, expected ${count}`, path: [name] });
    }
  });
export type IndexLabelsFile = z.input<typeof IndexLabelsFileSchema>;

/** An integer column as read: each value in the narrowest array that holds the column's values. */
export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/** One facet as the app reads it: its dictionary, and per incident its combo. */
export type FacetColumn = z.output<typeof FacetDictionarySchema> & { readonly rows: CodeArray };

/**
 * Every part of the index but its ids and titles, as the app reads `index-columns.bin`:
 * all a count, a chart or a filter reads. Read back, every column stays flat: incident
 * i's organization names are `codes[start[i]]` to `codes[start[i + 1] - 1]`, so a million
 * incidents cost no object per row (see `organizationsOfRow`).
 */
export interface IndexColumns {
  readonly build: string;
  readonly count: number;
  /** Incidents that may be copies of others, by the possible duplicates not yet reviewed. */
  readonly possibleCopies: number;
  readonly kind: Uint8Array;
  readonly published: Uint32Array;
  readonly organizations: z.output<typeof OrganizationDictionarySchema> & {
    readonly start: Uint32Array;
    readonly codes: Uint32Array;
    readonly roles: Uint8Array;
    readonly of: Uint32Array;
  };
  readonly facets: Readonly<Record<(typeof FACET_IDS)[number], FacetColumn>>;
}

/** The ids and titles of the index, one each per incident. */
export type IndexLabels = Pick<z.output<typeof IndexLabelsFileSchema>, 'id' | 'title'>;
/** The index as the app uses it: every column an array or typed array, one entry per incident. */
export type DatasetIndex = IndexColumns & IndexLabels;

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
 * codes per incident where an incident has several: what `encodeIndex` (index-files.ts) writes.
 */
export interface PlainIndex {
  readonly format: typeof INDEX_FORMAT;
  readonly build: string;
  readonly count: number;
  readonly possibleCopies: number;
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

