import { charsThatFit } from '../charts/svg-text';
import { resolveColour } from '../presentation/theme-tokens';
import { SVG_NS, serializeSvg, svg } from './svg-markup';
import type { SvgChild } from './svg-markup';

/**
 * What an exported image says about itself, so a picture pasted into a document still
 * tells what it shows: the chart's title, the filters in words, what to be careful
 * about, and a caption with N, the date span and the dataset build.
 */
export interface ImageFrame {
  readonly title: string;
  readonly subtitle?: string;
  /** "Filters: Objective = malicious", or "Filters: none, all incidents". */
  readonly filters: string;
  readonly warnings?: readonly string[];
  readonly statistics?: readonly string[];
  readonly notes?: readonly string[];
  readonly caption: string;
}

/** A finished SVG document and the size it draws at, in CSS pixels. */
export interface SvgImage {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

/** Exports are read on white paper and slides whatever the screen's theme. */
export const EXPORT_THEME = 'light';

/** The colours every exported frame, image or slide, is drawn in. */
export const EXPORT_PAINT = {
  ink: resolveColour('var(--ink)', EXPORT_THEME),
  muted: resolveColour('var(--ink-muted)', EXPORT_THEME),
  paper: resolveColour('var(--surface)', EXPORT_THEME),
  warning: resolveColour('var(--warning)', EXPORT_THEME),
  rule: resolveColour('var(--border)', EXPORT_THEME),
} as const;
const { ink: INK, muted: MUTED, paper: PAPER, warning: WARNING, rule: RULE } = EXPORT_PAINT;

export const EXPORT_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const FONT_FAMILY = EXPORT_FONT_FAMILY;
const PADDING = 24;


/** Greedy word wrap to lines of at most `maxChars`; a word longer than a line is cut across lines. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let rest = word;
    while (rest.length > maxChars) {
      if (line !== '') lines.push(line);
      lines.push(rest.slice(0, maxChars));
      line = '';
      rest = rest.slice(maxChars);
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= maxChars) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface TextBlock {
  readonly lines: readonly string[];
  readonly size: number;
  readonly colour: string;
  readonly weight?: number;
}

const lineHeight = (size: number): number => Math.round(size * 1.4);

const blockHeight = (block: TextBlock): number => block.lines.length * lineHeight(block.size);

function drawBlock(block: TextBlock, top: number): SvgChild[] {
  return block.lines.map((line, i) =>
    svg(
      'text',
      { x: PADDING, y: top + i * lineHeight(block.size) + block.size, 'font-size': block.size, 'font-weight': block.weight, fill: block.colour },
      line,
    ),
  );
}

/**
 * The chart `body` (drawn from 0,0 and `bodyWidth` × `bodyHeight` in size) framed on a
 * white page: title, subtitle and filters above, a rule and the caption below.
 */
export function framedSvg(body: SvgChild, bodyWidth: number, bodyHeight: number, frame: ImageFrame): SvgImage {
  const width = Math.ceil(bodyWidth + 2 * PADDING);
  const inner = width - 2 * PADDING;
  const { filters } = frame;
  const lines = (texts: readonly string[] | undefined, prefix = ''): string[] =>
    (texts ?? []).flatMap((text) => wrapText(`${prefix}${text}`, charsThatFit(inner, 12)));
  const facts: TextBlock[] = [
    { lines: lines(frame.warnings, 'Careful: '), size: 12, colour: WARNING, weight: 700 },
    { lines: lines(frame.statistics), size: 12, colour: INK },
    { lines: lines(frame.notes), size: 12, colour: MUTED },
  ].filter((block) => block.lines.length > 0);
  const header: TextBlock[] = [
    { lines: wrapText(frame.title, charsThatFit(inner, 20)), size: 20, colour: INK, weight: 700 },
    ...(frame.subtitle ? [{ lines: wrapText(frame.subtitle, charsThatFit(inner, 13)), size: 13, colour: MUTED }] : []),
    { lines: wrapText(filters, charsThatFit(inner, 13)), size: 13, colour: INK },
  ];
  const footer: TextBlock = { lines: wrapText(frame.caption, charsThatFit(inner, 12)), size: 12, colour: MUTED };
  const children: SvgChild[] = [];
  let top = PADDING;
  for (const block of header) {
    children.push(...drawBlock(block, top));
    top += blockHeight(block) + 4;
  }
  top += 12;
  children.push(svg('g', { transform: `translate(${PADDING} ${top})` }, body));
  top += bodyHeight + 16;
  for (const block of facts) {
    children.push(...drawBlock(block, top));
    top += blockHeight(block) + 4;
  }
  children.push(svg('line', { x1: PADDING, x2: width - PADDING, y1: top, y2: top, stroke: RULE }));
  top += 8;
  children.push(...drawBlock(footer, top));
  const height = Math.ceil(top + blockHeight(footer) + PADDING);
  const document = svg(
    'svg',
    { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY, role: 'img' },
    svg('title', {}, frame.title),
    svg('desc', {}, `${filters}. ${frame.caption}`),
    svg('rect', { width, height, fill: PAPER }),
    ...children,
  );
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(document)}\n`, width, height };
}
