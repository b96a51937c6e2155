/**
 * Which chart a slide shows. Every descriptor is `{ kind, ...parameters }`: the kinds this
 * build knows are checked against their own schema, and any other well-formed kind is kept
 * as it is, so a deck written by a newer build, with views this one has not learnt, still
 * loads and shows those slides through the fallback. A chart kind is added by adding its
 * schema to `KNOWN_CHARTS` and `KnownChartSchema`; the type check then asks for its case in
 * `figureOf` (`src/figures/figure-of.ts`) and in `FigureChart` (`src/charts/figure-chart.tsx`).
 */
import { z } from 'zod';
import { MAX_TOP } from '../domain/drawn-rows';
import { FACETS, FACET_IDS } from '../domain/taxonomy';

const FacetIdSchema = z.enum(FACET_IDS);

/**
 * How many rows a slide draws (options, differences, sets), the rest summed in one line:
 * a chart too long for a slide is summarised, never stretched. Absent, the kind's default.
 */
const TopSchema = z
  .number('the number of rows drawn is a number')
  .int('the number of rows drawn is a whole number')
  .min(1, 'a slide draws at least 1 row')
  .max(MAX_TOP, `a slide draws at most ${MAX_TOP} rows`)
  .optional();

/** One facet's share bars, as an overview panel draws them. */
export const FacetChartSchema = z.object({ kind: z.literal('facet'), facet: FacetIdSchema, top: TopSchema });

/** One facet's options over the publication years. */
export const TrendChartSchema = z.object({ kind: z.literal('trend'), facet: FacetIdSchema, top: TopSchema });

/** Two facets against each other: `rows` × `columns`. */
export const CrosstabChartSchema = z.object({ kind: z.literal('crosstab'), rows: FacetIdSchema, columns: FacetIdSchema });

/** Facets a cohort slide compares: each once, at least one. */
const ComparedFacetsSchema = z
  .array(FacetIdSchema)
  .min(1, 'a cohort slide compares at least one facet')
  .refine((facets) => new Set(facets).size === facets.length, 'a facet is named twice')
  .optional();

/**
 * Cohort B against cohort A, option by option across every facet: a slide draws the `top`
 * largest differences of the `facets` it compares (every tested facet when absent).
 */
export const CohortsChartSchema = z.object({ kind: z.literal('cohorts'), facets: ComparedFacetsSchema, top: TopSchema });

/** The incidents of the selection per period. */
export const PeriodTotalsChartSchema = z.object({ kind: z.literal('period-totals') });

/** Which options of one facet occur together: the pair matrix. */
export const CooccurrenceChartSchema = z.object({ kind: z.literal('cooccurrence'), facet: FacetIdSchema });

/** The most frequent exact sets of one facet's options. */
export const OptionSetsChartSchema = z.object({ kind: z.literal('option-sets'), facet: FacetIdSchema, top: TopSchema });

const KNOWN_CHARTS = {
  facet: FacetChartSchema,
  trend: TrendChartSchema,
  crosstab: CrosstabChartSchema,
  cohorts: CohortsChartSchema,
  'period-totals': PeriodTotalsChartSchema,
  cooccurrence: CooccurrenceChartSchema,
  'option-sets': OptionSetsChartSchema,
} as const;

export const KnownChartSchema = z.discriminatedUnion('kind', [
  FacetChartSchema,
  TrendChartSchema,
  CrosstabChartSchema,
  CohortsChartSchema,
  PeriodTotalsChartSchema,
  CooccurrenceChartSchema,
  OptionSetsChartSchema,
]);
export type KnownChart = z.infer<typeof KnownChartSchema>;

/** Lowercase words joined by dashes: safe in a file, a link and a CSS class. */
export const ChartKindSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'a chart kind is lowercase letters, digits and dashes');

const isKnownKind = (kind: string): kind is keyof typeof KNOWN_CHARTS => Object.hasOwn(KNOWN_CHARTS, kind);

export const ChartDescriptorSchema = z.looseObject({ kind: ChartKindSchema }).superRefine((chart, ctx) => {
  if (!isKnownKind(chart.kind)) return;
  const result = KNOWN_CHARTS[chart.kind].safeParse(chart);
  if (result.success) return;
  for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});
export type ChartDescriptor = z.infer<typeof ChartDescriptorSchema>;

/** The descriptor as one of the kinds this build draws, or null for a kind it does not know. */
export function knownChart(chart: ChartDescriptor): KnownChart | null {
  const result = KnownChartSchema.safeParse(chart);
  return result.success ? result.data : null;
}

/** What the chart is called on a slide and in a caption: "Phase", "Phase × Boundary". */
export function chartTitle(chart: ChartDescriptor): string {
  const known = knownChart(chart);
  if (known === null) return chart.kind;
  switch (known.kind) {
    case 'facet':
      return FACETS[known.facet].name;
    case 'trend':
      return `${FACETS[known.facet].name} over time`;
    case 'crosstab':
      return `${FACETS[known.rows].name} × ${FACETS[known.columns].name}`;
    case 'cohorts':
      return 'Cohort B against cohort A';
    case 'period-totals':
      return 'Incidents per period';
    case 'cooccurrence':
      return `${FACETS[known.facet].name}: options that occur together`;
    case 'option-sets':
      return `${FACETS[known.facet].name}: the most frequent exact sets`;
  }
}
