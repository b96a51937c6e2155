import { formatCount } from '../components/format-count';
import { formatShare } from '../components/format-share';
import { barValueText } from '../charts/share-text';
import { NOT_ANALYSED_COLOUR } from '../domain/option-colours';
import type { FacetFigure } from '../figures/facet-figure';
import { figureCaption, filtersLine } from '../figures/figure-caption';
import type { Figure } from '../figures/figure-of';
import type { LegendItem } from '../figures/legend';
import type { OptionSetsFigure } from '../figures/option-sets-figure';
import { restText } from '../figures/option-sets-figure';
import type { PeriodTotalsFigure } from '../figures/period-totals-figure';
import type { TrendFigure } from '../figures/trend-figure';
import { periodLabel } from '../figures/trend-text';
import type { Deck, Slide } from '../presentation/deck-schema';
import { slideCaption, slideTitle } from '../presentation/slide-caption';
import { resolveColour } from '../presentation/theme-tokens';
import { slugify } from './file-name';
import { slideFacts } from '../presentation/slide-facts';
import { moreOptionsText } from '../figures/top-rows';

/** A colour as PowerPoint writes it: six hex digits, no `#`. */
export type PptxColour = string;

export interface NativeSeries {
  readonly name: string;
  /** One per category; null where the screen draws nothing (a break in a line, a bar left out of N). */
  readonly values: readonly (number | null)[];
  readonly colour: PptxColour;
  /** Drawn as an outline over the bars before it, as the screen outlines a share over all incidents. */
  readonly outline: boolean;
}

/** A chart PowerPoint draws itself, so its numbers stay editable in the file. */
export interface NativeChart {
  readonly kind: 'native';
  /**
   * `bar`: horizontal bars, first category on top; `column`: vertical bars; `line`: one
   * line per series; `multiples`: a small line chart per series, on one scale.
   */
  readonly shape: 'bar' | 'column' | 'line' | 'multiples';
  readonly stacked: boolean;
  readonly categories: readonly string[];
  readonly series: readonly NativeSeries[];
  /** A dashed line over stacked columns (the incidents of a period, which labels stacked can exceed), or null. */
  readonly overlay: NativeSeries | null;
  /** With one series, each bar in its own colour (an option's), as the screen draws it. */
  readonly pointColours: readonly PptxColour[] | null;
  /** Percent values are shares × 100, to the one decimal the screen shows; counts are whole incidents. */
  readonly measure: 'percent' | 'count';
  /** The value axis ends here (100 for shares, the largest count for small multiples), or is left to fit when null. */
  readonly axisMax: number | null;
  /** What the chart shows, for a reader who cannot see it. */
  readonly altText: string;
}

/** A chart PowerPoint has no native kind for (a heatmap, intervals, a hatched band): the figure's own drawing as a picture. */
export interface ImageChart {
  readonly kind: 'image';
  readonly figure: Figure;
  readonly altText: string;
}

/** A slide whose chart this build cannot count: its pinned title and a line saying so. */
export interface MissingChart {
  readonly kind: 'missing';
  readonly line: string;
}

export type DeckPptxChart = NativeChart | ImageChart | MissingChart;

export interface LegendLine {
  readonly label: string;
  /** The swatch's colour, or null for an entry the chart gives no colour of its own, which is written without a swatch. */
  readonly colour: PptxColour | null;
}

/** Everything one slide of the file says, in the words the screen uses. */
export interface DeckPptxSlide {
  readonly title: string;
  readonly chart: DeckPptxChart;
  /** A line under the chart about what it does not draw one by one, or null. */
  readonly chartNote: string | null;
  /** The figure's legend beside a native chart; empty beside a picture, which draws its own. */
  readonly legend: readonly LegendLine[];
  /** Without the "Careful: " the slide puts before each. */
  readonly warnings: readonly string[];
  readonly statistics: readonly string[];
  readonly notes: readonly string[];
  /** "Filters: …", or empty for a slide without a figure. */
  readonly filters: string;
  /** "N = … · date span · dataset build …", or the pinned caption of a slide without a figure. */
  readonly caption: string;
  /** The presenter's note, as speaker notes; empty when there is none. */
  readonly speakerNotes: string;
}

export interface DeckPptxPlan {
  readonly title: string;
  readonly slides: readonly DeckPptxSlide[];
}

/** The light theme's ink, for anything whose colour is not a plain one. */
const FALLBACK_COLOUR = '555B63';
const HEX = /^#([0-9a-f]{6})$/i;

/** A CSS colour of the figures (`var(--cat-3)`, `#0b5cad`) as PowerPoint's hex, resolved for the light theme the images use too. */
export function pptxColour(colour: string | undefined): PptxColour {
  if (colour === undefined) return FALLBACK_COLOUR;
  const match = HEX.exec(resolveColour(colour, 'light'));
  return match === null ? FALLBACK_COLOUR : match[1].toUpperCase();
}

/** A share as the screen rounds it, in percent: 0.8333 → 83.3. */
export const percentValue = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

export const deckPptxFileName = (deck: Deck): string => `${slugify(deck.title, 'deck')}.pptx`;

function facetChart(figure: FacetFigure): NativeChart {
  const categories = figure.bars.map((bar) => `${bar.label}${bar.mark === 'extra' ? ' (not in taxonomy)' : ''}: ${barValueText(bar)}`);
  const share: NativeSeries = { name: 'Share of N', values: figure.bars.map((bar) => percentValue(bar.share)), colour: pptxColour('var(--cat-5)'), outline: false };
  const baseline: NativeSeries = {
    name: 'Share of all incidents',
    values: figure.bars.map((bar) => percentValue(bar.baselineShare)),
    colour: pptxColour('var(--ink)'),
    outline: true,
  };
  return {
    kind: 'native',
    shape: 'bar',
    stacked: false,
    categories,
    series: figure.showBaseline ? [share, baseline] : [share],
    overlay: null,
    pointColours: figure.showBaseline ? null : figure.bars.map((bar) => pptxColour(bar.colour)),
    measure: 'percent',
    axisMax: 100,
    altText: `${figure.title}: share of N per option. ${categories.join('; ')}`,
  };
}

function periodTotalsChart(figure: PeriodTotalsFigure): NativeChart {
  return {
    kind: 'native',
    shape: 'column',
    stacked: false,
    categories: figure.bars.map((bar) => bar.label),
    series: [{ name: 'Incidents', values: figure.bars.map((bar) => (bar.empty ? null : bar.incidents)), colour: pptxColour('var(--accent)'), outline: false }],
    overlay: null,
    pointColours: null,
    measure: 'count',
    axisMax: null,
    altText: `${figure.title}: ${figure.bars.map((bar) => `${bar.label} ${bar.empty ? 'no incident' : formatCount(bar.incidents)}`).join('; ')}`,
  };
}

function trendChart(figure: TrendFigure): NativeChart {
  const share = figure.measure === 'share';
  const series = figure.drawn.map(
    (s): NativeSeries => ({
      name: s.mark === 'extra' ? `${s.label} (not in taxonomy)` : s.label,
      values: figure.data.map((datum) => {
        const value = datum.values[s.index];
        return share ? percentValue(value) : value;
      }),
      colour: pptxColour(s.colour),
      outline: false,
    }),
  );
  const largest = Math.max(0, ...series.flatMap((s) => s.values.filter((value) => value !== null)));
  return {
    kind: 'native',
    shape: figure.layout === 'stacked' ? 'column' : figure.layout === 'multiples' ? 'multiples' : 'line',
    stacked: figure.layout === 'stacked',
    categories: figure.data.map((datum) => periodLabel(datum.key)),
    series,
    overlay:
      figure.layout === 'stacked' && !share
        ? { name: 'Incidents', values: figure.data.map((datum) => (datum.empty ? null : datum.incidents)), colour: pptxColour('var(--ink)'), outline: false }
        : null,
    pointColours: null,
    measure: share ? 'percent' : 'count',
    axisMax: share ? 100 : figure.layout === 'multiples' ? largest : null,
    altText: `${figure.title}: ${share ? 'share' : 'incidents'} per period of ${series.map((s) => s.name).join(', ')}`,
  };
}

function optionSetsChart(figure: OptionSetsFigure): NativeChart {
  const categories = figure.sets.map((set) => `${set.label}: ${formatCount(set.count)} (${formatShare(set.share)})`);
  return {
    kind: 'native',
    shape: 'bar',
    stacked: false,
    categories,
    series: [{ name: 'Incidents', values: figure.sets.map((set) => set.count), colour: pptxColour('var(--heat-value)'), outline: false }],
    overlay: null,
    pointColours: null,
    measure: 'count',
    axisMax: null,
    altText: `${figure.title}: ${categories.join('; ')}`,
  };
}

const restLine = (figure: OptionSetsFigure): string | null =>
  figure.rest.incidents > 0 ? `And ${restText(figure.rest)} (${formatShare(figure.rest.share)}), not drawn one by one.` : null;

const imageChart = (figure: Figure): ImageChart => ({ kind: 'image', figure, altText: `${figure.title}. ${figure.denominator}` });

/**
 * Whether a trend marks what an editable chart cannot: 95% intervals (whiskers, or the
 * band of small multiples of shares) or periods with few incidents (a hatched band,
 * hollow points). Drawn without them, the slide would show a share of two incidents as
 * firmly as one of two hundred.
 */
const trendBeyondNative = (figure: TrendFigure): boolean =>
  figure.showIntervals || (figure.layout === 'multiples' && figure.measure === 'share') || figure.data.some((datum) => datum.lowN);

function chartOf(figure: Figure): { chart: DeckPptxChart; chartNote: string | null } {
  switch (figure.kind) {
    case 'facet':
      return { chart: facetChart(figure), chartNote: figure.more && moreOptionsText(figure.more) };
    case 'period-totals':
      return { chart: figure.bars.some((bar) => bar.lowN) ? imageChart(figure) : periodTotalsChart(figure), chartNote: null };
    case 'trend':
      return { chart: trendBeyondNative(figure) ? imageChart(figure) : trendChart(figure), chartNote: figure.more && moreOptionsText(figure.more) };
    case 'option-sets':
      return { chart: optionSetsChart(figure), chartNote: restLine(figure) };
    case 'crosstab':
    case 'cooccurrence':
    case 'cohorts':
      return { chart: imageChart(figure), chartNote: null };
    default:
      return unhandled(figure);
  }
}

function unhandled(figure: never): never {
  throw new Error(`No slide is planned for the figure kind ${String((figure as { kind: unknown }).kind)}`);
}

/** A swatch's colour; the hatching of "not analysed" in its grey, other patterns in none. */
function legendColour(item: LegendItem): PptxColour | null {
  if (item.colour !== undefined) return pptxColour(item.colour);
  return item.swatch === 'hatch' ? pptxColour(NOT_ANALYSED_COLOUR) : null;
}

/**
 * Legend entries of marks only the screen draws, by figure kind: an editable chart says
 * the same in its bars' labels instead (each exact set spelt out, "(not in taxonomy)").
 */
const SCREEN_ONLY_MARKS: Partial<Record<Figure['kind'], readonly string[]>> = { 'option-sets': ['member'], facet: ['extra'] };

/**
 * A facet's entries for the bars the screen colours apart. Beside the outlines of a
 * filtered panel PowerPoint draws every bar in the share's colour (it colours points one
 * by one only in a chart of one series), so these keep their words and lose their swatch.
 */
const OWN_COLOUR_ENTRIES = ['unknown', 'not-analysed'];

/** What the legend beside an editable chart lists: the figure's entries for the marks the chart draws, in the colours it draws them. */
const nativeLegend = (figure: Figure, chart: NativeChart): LegendLine[] =>
  figure.legend
    .filter((item) => !SCREEN_ONLY_MARKS[figure.kind]?.includes(item.key))
    .map((item) => ({
      label: item.label,
      colour: figure.kind === 'facet' && chart.pointColours === null && OWN_COLOUR_ENTRIES.includes(item.key) ? null : legendColour(item),
    }));

function figureSlide(slide: Slide, figure: Figure): DeckPptxSlide {
  const { chart, chartNote } = chartOf(figure);
  const facts = slideFacts(slide, figure);
  return {
    title: slideTitle(slide),
    chart,
    chartNote,
    legend: chart.kind === 'native' ? nativeLegend(figure, chart) : [],
    warnings: facts.warnings,
    statistics: facts.statistics,
    notes: facts.notes,
    filters: filtersLine(figure),
    caption: figureCaption(figure, slide.build),
    speakerNotes: slide.note.trim(),
  };
}

const missingSlide = (slide: Slide): DeckPptxSlide => ({
  title: slideTitle(slide),
  chart: { kind: 'missing', line: 'This build of Faultline cannot draw this chart.' },
  chartNote: null,
  legend: [],
  warnings: [],
  statistics: [],
  notes: [],
  filters: '',
  caption: slideCaption(slide),
  speakerNotes: slide.note.trim(),
});

/**
 * What a PowerPoint file of `deck` says, slide by slide, from the figures the screen
 * draws (`figures[i]` is slide i's, null for a kind this build does not know): the same
 * title, legend, warnings, statistics, notes, filters line and caption, and each chart's
 * numbers as the screen rounds them. Pure, so every word and number can be checked
 * without writing a file.
 */
export function deckPptxPlan(deck: Deck, figures: readonly (Figure | null)[]): DeckPptxPlan {
  if (figures.length !== deck.slides.length) throw new Error(`${deck.slides.length} slides but ${figures.length} figures`);
  return {
    title: deck.title.trim() === '' ? 'Findings' : deck.title,
    slides: deck.slides.map((slide, i) => {
      const figure = figures[i];
      return figure === null ? missingSlide(slide) : figureSlide(slide, figure);
    }),
  };
}
