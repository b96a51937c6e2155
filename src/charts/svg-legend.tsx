import { markerPath } from './trend-markers';
import type { LegendItem, LegendSwatch } from '../figures/legend';

export interface PlacedLegendItem extends LegendItem {
  readonly x: number;
  readonly y: number;
}

export interface LegendLayout {
  readonly items: readonly PlacedLegendItem[];
  /** The widest row's width, which may pass the width asked for when one entry is longer than it. */
  readonly width: number;
  readonly height: number;
}

const FONT_SIZE = 12;
const ROW_HEIGHT = 20;
const SWATCH = 22;
/** A generous average glyph width: images are laid out without measuring text, so entries err on the roomy side. */
const GLYPH = 6.8;

/**
 * Places legend entries left to right, wrapping into rows within `width`. Pure, so the
 * chart can reserve the legend's height in its top margin before drawing.
 */
export function legendLayout(items: readonly LegendItem[], width: number): LegendLayout {
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let row = 0;
  let widest = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 6 + item.label.length * GLYPH + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    placed.push({ ...item, x, y: row * ROW_HEIGHT });
    x += itemWidth;
    widest = Math.max(widest, x);
  }
  return { items: placed, width: widest, height: items.length === 0 ? 0 : (row + 1) * ROW_HEIGHT };
}

const DASHES: Partial<Record<LegendSwatch, string>> = { dash: '6 3', dot: '2 3', 'dash-dot': '6 3 2 3' };

function Swatch({ item, patterns }: { readonly item: PlacedLegendItem; readonly patterns: { gap: string; lown: string } }) {
  const mid = ROW_HEIGHT / 2 - 2;
  if (item.swatch === 'box') return <rect y={mid - 6} width={SWATCH} height={12} style={{ fill: item.colour }} />;
  if (item.swatch === 'hatch' || item.swatch === 'lown') {
    const fill = `url(#${item.swatch === 'hatch' ? patterns.gap : patterns.lown})`;
    return <rect className="svg-legend__patterned" y={mid - 6} width={SWATCH} height={12} fill={fill} />;
  }
  if (item.swatch === 'whisker') {
    return (
      <g style={{ stroke: item.colour }} strokeWidth={1.5}>
        <line x1={2} x2={SWATCH - 2} y1={mid} y2={mid} />
        <line x1={2} x2={2} y1={mid - 4} y2={mid + 4} />
        <line x1={SWATCH - 2} x2={SWATCH - 2} y1={mid - 4} y2={mid + 4} />
      </g>
    );
  }
  if (item.swatch === 'outline') return <rect x={1} y={mid - 6} width={SWATCH - 2} height={12} fill="none" strokeWidth={2} style={{ stroke: item.colour }} />;
  if (item.swatch === 'ring') return <rect className="svg-legend__ring" x={3} y={mid - 7} width={SWATCH - 6} height={14} fill="none" strokeWidth={2.5} />;
  const line = <line x1={0} x2={SWATCH} y1={mid} y2={mid} strokeWidth={3} strokeDasharray={DASHES[item.swatch]} style={{ stroke: item.colour }} />;
  if (item.marker === undefined) return line;
  return (
    <g>
      {line}
      <path d={markerPath(item.marker, SWATCH / 2, mid, 4)} style={{ fill: item.colour, stroke: item.colour }} />
    </g>
  );
}

interface SvgLegendProps {
  readonly layout: LegendLayout;
  readonly x: number;
  readonly y: number;
  /** The chart's pattern ids, for the hatched swatches. */
  readonly patterns: { readonly gap: string; readonly lown: string };
}

/** A legend drawn inside the chart's SVG, so an exported image still says what its marks mean. */
export function SvgLegend({ layout, x, y, patterns }: SvgLegendProps) {
  return (
    <g className="svg-legend" transform={`translate(${x} ${y})`} aria-hidden="true">
      {layout.items.map((item) => (
        <g key={item.key} transform={`translate(${item.x} ${item.y})`}>
          <Swatch item={item} patterns={patterns} />
          <text className="svg-legend__label" x={SWATCH + 6} y={ROW_HEIGHT / 2 + 2} fontSize={FONT_SIZE}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** One entry's swatch as a small SVG of its own, for a legend written as HTML text that wraps to a narrow screen. */
export function LegendSwatchIcon({ item, patterns }: { readonly item: LegendItem; readonly patterns: { readonly gap: string; readonly lown: string } }) {
  return (
    <svg className="svg-legend__icon" width={SWATCH} height={ROW_HEIGHT} viewBox={`0 0 ${SWATCH} ${ROW_HEIGHT}`} aria-hidden="true">
      <Swatch item={{ ...item, x: 0, y: 0 }} patterns={patterns} />
    </svg>
  );
}
