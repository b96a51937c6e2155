import { charsThatFit } from '../charts/svg-text';
import type { FigureFrame } from '../figures/figure';
import { figureCaption, filtersLine } from '../figures/figure-caption';
import { EXPORT_FONT_FAMILY, EXPORT_PAINT, wrapText } from './svg-frame';
import type { SvgImage } from './svg-frame';
import { SVG_NS, serializeSvg, svg } from './svg-markup';
import type { SvgChild } from './svg-markup';
import type { SlideFacts } from '../presentation/slide-facts';

/** A slide is 16:9 at full HD, the size projectors and slide programs show without resampling. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/**
 * The width a slide's chart is laid out in before it is scaled to the room left: the
 * renderers' export width, so labels wrap as in the other images and a short chart
 * grows about two-fold, its 12 px labels to some 26 px on the slide.
 */
export const SLIDE_CHART_WIDTH = 800;

/** Below this scale the chart's 12 px labels come out smaller than 12 px on a 1920 px slide, too small for a room. */
export const LEGIBLE_SCALE = 1;

/** A chart is never scaled up past this, so a very small chart does not look inflated. */
const MAX_SCALE = 2.4;

/** What a slide says around its chart: the same strings as the slide on screen. */
export interface SlideFrame {
  readonly title: string;
  readonly subtitle?: string;
  /** "Filters: Objective = malicious", as `filtersLine` words it. */
  readonly filters: string;
  readonly caption: string;
  readonly warnings?: readonly string[];
  readonly statistics?: readonly string[];
  readonly notes?: readonly string[];
  /** The presenter's note, as the slide on screen shows it. */
  readonly note?: string;
  /** Said in the middle of a slide that has no chart. */
  readonly message?: string;
}

/** A slide as an SVG document, and how its chart was fitted. */
export interface SlideImage extends SvgImage {
  /** The factor the chart was drawn at; null without a chart. */
  readonly chartScale: number | null;
  /** Whether the chart's labels stay readable at that scale. */
  readonly legible: boolean;
}

const { ink: INK, muted: MUTED, paper: PAPER, warning: WARNING, rule: RULE } = EXPORT_PAINT;
const FONT_FAMILY = EXPORT_FONT_FAMILY;
const MARGIN_X = 80;
const MARGIN_Y = 56;
const INNER = SLIDE_WIDTH - 2 * MARGIN_X;
const GAP = 12;
/** Bold glyphs run some tenth wider than the estimate `charsThatFit` makes for regular ones. */
const BOLD_NARROWING = 0.9;
/** What to be careful about is never shortened to make room; only a warning longer than a paragraph is cut. */
const WARNING_LINES = 6;

/** Type sizes for a projected 1920 px slide, read from the back of a room. */
const SIZE = { title: 52, subtitle: 28, warning: 26, fact: 24, note: 26, caption: 22, message: 32 } as const;

interface TextBlock {
  readonly lines: readonly string[];
  readonly size: number;
  readonly colour: string;
  readonly weight?: number;
  /** The whole text when its lines were cut, kept for a reader's tooltip and for search. */
  readonly full: string | null;
}

/** One line of what the figure says beside its chart, before it is wrapped. */
interface Fact {
  readonly text: string;
  readonly size: number;
  readonly colour: string;
  readonly weight?: number;
  /** Test results keep their lines longer than notes when room runs short. */
  readonly important?: boolean;
  /** A warning is cut last: only past this many lines, whatever room the others leave. */
  readonly keepLines?: number;
}

const lineHeight = (size: number): number => Math.round(size * 1.3);
const blockHeight = (block: TextBlock): number => block.lines.length * lineHeight(block.size);
const blocksHeight = (blocks: readonly TextBlock[]): number => blocks.reduce((sum, block) => sum + blockHeight(block) + GAP, 0);

/**
 * `text` wrapped to `width` at `size`, at most `maxLines` lines; past them the last line
 * ends with "…" and the block keeps the whole text.
 */
function textBlock(text: string, size: number, colour: string, maxLines: number, weight?: number, width = INNER): TextBlock {
  const chars = charsThatFit(weight === 700 ? width * BOLD_NARROWING : width, size);
  const lines = wrapText(text, chars);
  if (lines.length <= maxLines) return { lines, size, colour, weight, full: null };
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${last.length < chars ? last : last.slice(0, chars - 1)}…`;
  return { lines: kept, size, colour, weight, full: text };
}

function drawBlock(block: TextBlock, x: number, top: number): SvgChild {
  const texts = block.lines.map((line, i) =>
    svg('text', { x, y: top + i * lineHeight(block.size) + block.size, 'font-size': block.size, 'font-weight': block.weight, fill: block.colour }, line),
  );
  return block.full === null ? svg('g', {}, ...texts) : svg('g', {}, svg('title', {}, block.full), ...texts);
}

/** Stacks blocks downwards from `top`, each followed by the gap. */
function drawBlocks(blocks: readonly TextBlock[], x: number, top: number): SvgChild[] {
  let y = top;
  return blocks.map((block) => {
    const drawn = drawBlock(block, x, y);
    y += blockHeight(block) + GAP;
    return drawn;
  });
}

/**
 * The facts wrapped to `width` within `maxHeight`: each at most `maxLines` lines, fewer
 * when they do not fit (notes first, then test results; warnings keep theirs), down to one; then the last ones give way to a line saying how
 * many are left out (the slide's description keeps them all).
 */
function factBlocks(facts: readonly Fact[], width: number, maxLines: number, maxHeight: number): TextBlock[] {
  const wrapped = (important: number, other: number) =>
    facts.map((fact) => textBlock(fact.text, fact.size, fact.colour, fact.keepLines ?? (fact.important ? important : other), fact.weight, width));
  const caps = [
    ...Array.from({ length: maxLines }, (_, i) => [maxLines, maxLines - i]),
    ...Array.from({ length: maxLines - 1 }, (_, i) => [maxLines - 1 - i, 1]),
  ];
  for (const [important, other] of caps) {
    const blocks = wrapped(important, other);
    if (blocksHeight(blocks) <= maxHeight) return blocks;
  }
  const blocks = wrapped(1, 1);
  const more = (left: number) => textBlock(`… and ${left} more, in the slide’s description`, SIZE.fact, MUTED, 1, undefined, width);
  let kept = blocks.length - 1;
  while (kept > 0 && blocksHeight([...blocks.slice(0, kept), more(blocks.length - kept)]) > maxHeight) kept -= 1;
  return [...blocks.slice(0, kept), more(blocks.length - kept)];
}

/** The chart's scale: as large as the room allows without stretching, capped so a tiny chart is not inflated. */
export const fitScale = (chart: { width: number; height: number }, room: { width: number; height: number }): number =>
  Math.min(room.width / chart.width, room.height / chart.height, MAX_SCALE);

interface Box {
  readonly x: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Where the chart goes and where its facts go. */
interface Layout {
  readonly chart: Box;
  readonly facts: readonly TextBlock[];
  readonly factsAt: { readonly x: number; readonly top: number };
}

/** The facts' column beside a tall chart: wide enough for some forty words a line. */
const COLUMN = 620;

/** The chart the full width of the slide, its facts under it. */
function layoutBelow(facts: readonly Fact[], top: number, bottom: number): Layout {
  const blocks = factBlocks(facts, INNER, 2, (bottom - top) / 2);
  const factsTop = bottom - blocksHeight(blocks);
  return { chart: { x: MARGIN_X, top, width: INNER, height: Math.max(1, factsTop - 2 * GAP - top) }, facts: blocks, factsAt: { x: MARGIN_X, top: factsTop } };
}

/** The chart on the left, its facts in a column on the right: for a chart taller than it is wide. */
function layoutBeside(facts: readonly Fact[], top: number, bottom: number): Layout {
  const blocks = factBlocks(facts, COLUMN, 4, bottom - top);
  const width = INNER - COLUMN - 2 * GAP * 3;
  return { chart: { x: MARGIN_X, top, width, height: bottom - top - GAP }, facts: blocks, factsAt: { x: SLIDE_WIDTH - MARGIN_X - COLUMN, top } };
}

/** Whichever layout draws the chart larger. */
function chooseLayout(chart: SvgImage, facts: readonly Fact[], top: number, bottom: number): Layout {
  const below = layoutBelow(facts, top, bottom);
  if (facts.length === 0) return below;
  const beside = layoutBeside(facts, top, bottom);
  return fitScale(chart, beside.chart) > fitScale(chart, below.chart) ? beside : below;
}

const shrunkNotice: Fact = {
  text: 'Shrunk to fit this slide, too small to read in a room: show fewer rows (top N) for a legible slide.',
  size: SIZE.fact,
  colour: WARNING,
  weight: 700,
  keepLines: 3,
};

/**
 * A 1920 × 1080 slide: the title at the top, the filters and the caption at the foot, the
 * chart in the room between, scaled to fit and centred, never stretched, and its
 * warnings, statistics, notes and the presenter's note under it, or beside it when the
 * chart is tall. A chart that only fits below a legible scale is still drawn whole, and
 * the slide says so.
 */
export function slideSvg(chart: SvgImage | null, frame: SlideFrame): SlideImage {
  const header = [
    textBlock(frame.title, SIZE.title, INK, 2, 700),
    ...(frame.subtitle ? [textBlock(frame.subtitle, SIZE.subtitle, MUTED, 2)] : []),
  ];
  const facts: Fact[] = [
    ...(frame.warnings ?? []).map((line) => ({ text: `Careful: ${line}`, size: SIZE.warning, colour: WARNING, weight: 700, keepLines: WARNING_LINES })),
    ...(frame.statistics ?? []).map((line) => ({ text: line, size: SIZE.fact, colour: INK, important: true })),
    ...(frame.notes ?? []).map((line) => ({ text: line, size: SIZE.fact, colour: MUTED })),
    ...(frame.note?.trim() ? [{ text: frame.note, size: SIZE.note, colour: INK }] : []),
  ];
  const caption = [textBlock(frame.filters, SIZE.caption, INK, 2), textBlock(frame.caption, SIZE.caption, MUTED, 2)];
  const top = MARGIN_Y + blocksHeight(header) + GAP;
  const captionTop = SLIDE_HEIGHT - MARGIN_Y - blocksHeight(caption) + GAP;
  const bottom = captionTop - GAP;

  const children: SvgChild[] = [...drawBlocks(header, MARGIN_X, MARGIN_Y)];
  let chartScale: number | null = null;
  let legible = true;
  let layout: Layout;
  if (chart !== null) {
    layout = chooseLayout(chart, facts, top, bottom);
    chartScale = fitScale(chart, layout.chart);
    legible = chartScale >= LEGIBLE_SCALE;
    if (!legible) {
      layout = chooseLayout(chart, [shrunkNotice, ...facts], top, bottom);
      chartScale = fitScale(chart, layout.chart);
    }
    const box = layout.chart;
    const x = box.x + (box.width - chart.width * chartScale) / 2;
    const y = box.top + (box.height - chart.height * chartScale) / 2;
    children.push(svg('g', { transform: `translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${chartScale.toFixed(4)})` }, { serialized: chart.markup }));
  } else {
    layout = layoutBelow(facts, top, bottom);
    if (frame.message) {
      const message = textBlock(frame.message, SIZE.message, MUTED, 3);
      children.push(drawBlock(message, MARGIN_X, layout.chart.top + (layout.chart.height - blockHeight(message)) / 2));
    }
  }
  children.push(...drawBlocks(layout.facts, layout.factsAt.x, layout.factsAt.top));
  children.push(svg('line', { x1: MARGIN_X, x2: SLIDE_WIDTH - MARGIN_X, y1: captionTop - GAP / 2, y2: captionTop - GAP / 2, stroke: RULE, 'stroke-width': 2 }));
  children.push(...drawBlocks(caption, MARGIN_X, captionTop));

  const said = [frame.subtitle, frame.filters, frame.caption, ...(frame.warnings ?? []).map((line) => `Careful: ${line}`), ...(frame.statistics ?? []), ...(frame.notes ?? []), frame.note, frame.message];
  const document = svg(
    'svg',
    { xmlns: SVG_NS, width: SLIDE_WIDTH, height: SLIDE_HEIGHT, viewBox: `0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}`, 'font-family': FONT_FAMILY, role: 'img' },
    svg('title', {}, frame.title),
    svg('desc', {}, said.filter((text): text is string => typeof text === 'string' && text.trim() !== '').join('\n')),
    svg('rect', { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, fill: PAPER }),
    ...children,
  );
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(document)}\n`, width: SLIDE_WIDTH, height: SLIDE_HEIGHT, chartScale, legible };
}

export interface SlideOptions {
  /** The slide's title, as the deck names it. */
  readonly title: string;
  /** The presenter's note. */
  readonly note?: string;
  /** The build the slide was pinned from, so the caption says so when the numbers come from another. */
  readonly pinnedBuild?: string | null;
  /** The lines a deck's slide keeps of the figure's (`slideFacts`); all of them without. */
  readonly facts?: SlideFacts;
}

/** What a figure's slide says around its chart: the same title, filters, caption, warnings, statistics and notes as the screen. */
export const slideFrameOf = (figure: FigureFrame, { title, note, pinnedBuild = null, facts = figure }: SlideOptions): SlideFrame => ({
  title,
  subtitle: figure.subtitle ?? undefined,
  filters: filtersLine(figure),
  caption: figureCaption(figure, pinnedBuild),
  warnings: facts.warnings,
  statistics: facts.statistics,
  notes: facts.notes,
  note,
});
