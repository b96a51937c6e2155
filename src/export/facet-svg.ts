import type { FacetPanel } from '../analysis/facet-counts';
import type { ShareBarRow } from '../figures/share-bar-row';
import { barValueText } from '../charts/share-text';
import { FACETS } from '../domain/taxonomy';
import { resolveColour } from '../presentation/theme-tokens';
import { facetBarRows } from '../figures/facet-bar-rows';
import { EXPORT_THEME, INK, MUTED, charsThatFit, framedSvg, truncate, wrapText } from './svg-frame';
import type { ImageFrame, SvgImage } from './svg-frame';
import { svg } from './svg-markup';
import type { SvgChild, SvgElement } from './svg-markup';

/** What a share-bar chart image shows: its title, its bars and whether to outline the all-incidents share. */
export interface FacetSvgSpec {
  readonly title: string;
  readonly subtitle?: string;
  readonly rows: readonly ShareBarRow[];
  readonly showBaseline: boolean;
}

/** Said under the question when the panel's own facet is filtered, as the panel says it on screen. */
export const OWN_FILTER_NOTE = 'Counted without this chart’s own filter, so its other options stay visible.';

/**
 * The spec of an overview facet panel: named and asked as the panel is, its bars in the
 * panel's order. `ownFilter` says the panel's facet is filtered: a panel counts without
 * its own filter, which the image must say, since its filter line names that filter too.
 */
export const facetSvgSpec = (panel: FacetPanel, showBaseline: boolean, ownFilter = false): FacetSvgSpec => ({
  title: FACETS[panel.facet].name,
  subtitle: ownFilter ? `${FACETS[panel.facet].question} ${OWN_FILTER_NOTE}` : FACETS[panel.facet].question,
  rows: facetBarRows(panel),
  showBaseline,
});

/** The frame of an image beyond its title: the filters and the caption. */
export type ImageContext = Omit<ImageFrame, 'title' | 'subtitle'>;

export const BARS_WIDTH = 760;
const LABEL_WIDTH = 300;
const VALUE_WIDTH = 150;
const GAP = 12;
const TRACK_X = LABEL_WIDTH + GAP;
const TRACK_WIDTH = BARS_WIDTH - TRACK_X - GAP - VALUE_WIDTH;
export const ROW_HEIGHT = 30;
const BAR_HEIGHT = 14;
const TEXT_SIZE = 14;
const HATCH_ID = 'not-analysed-hatch';

const TRACK = resolveColour('var(--surface-sunken)', EXPORT_THEME);
const UNKNOWN = resolveColour('var(--colour-unknown)', EXPORT_THEME);
const NOT_ANALYSED = resolveColour('var(--colour-not-analysed)', EXPORT_THEME);
const WARNING = resolveColour('var(--warning)', EXPORT_THEME);

const clampShare = (share: number | null): number => Math.min(Math.max(share ?? 0, 0), 1);

function barFill(row: ShareBarRow): Record<string, string | number> {
  if (row.mark === 'not-analysed') return { fill: `url(#${HATCH_ID})`, stroke: UNKNOWN, 'stroke-width': 1 };
  const fill = resolveColour(row.colour, EXPORT_THEME);
  return row.mark === 'extra' ? { fill, stroke: WARNING, 'stroke-width': 2, 'stroke-dasharray': '4 3' } : { fill };
}

function barRow(row: ShareBarRow, i: number, showBaseline: boolean): SvgElement {
  const top = i * ROW_HEIGHT;
  const textY = top + ROW_HEIGHT / 2 + TEXT_SIZE * 0.35;
  const barY = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const gap = row.mark === 'unknown' || row.mark === 'not-analysed';
  const tag = row.mark === 'extra' ? ' (not in taxonomy)' : '';
  const label = truncate(row.label, charsThatFit(LABEL_WIDTH, TEXT_SIZE) - tag.length);
  const children: SvgChild[] = [
    svg(
      'text',
      { x: 0, y: textY, 'font-size': TEXT_SIZE, 'font-style': gap ? 'italic' : undefined, fill: row.count === 0 ? MUTED : INK },
      ...(label === row.label ? [] : [svg('title', {}, row.label)]),
      `${label}${tag}`,
    ),
    svg('rect', { x: TRACK_X, y: barY, width: TRACK_WIDTH, height: BAR_HEIGHT, rx: 2, fill: TRACK }),
  ];
  const share = clampShare(row.share);
  if (row.share !== null && share > 0) {
    children.push(svg('rect', { x: TRACK_X, y: barY + 2, width: share * TRACK_WIDTH, height: BAR_HEIGHT - 4, rx: 2, ...barFill(row) }));
  }
  const baseline = clampShare(row.baselineShare);
  if (showBaseline && row.baselineShare !== null && baseline > 0) {
    children.push(
      svg('rect', { x: TRACK_X, y: barY, width: baseline * TRACK_WIDTH, height: BAR_HEIGHT, rx: 2, fill: 'none', stroke: INK, 'stroke-width': 2, 'stroke-opacity': 0.75 }),
    );
  }
  children.push(
    svg(
      'text',
      { x: BARS_WIDTH, y: textY, 'font-size': TEXT_SIZE, 'text-anchor': 'end', fill: row.count === 0 ? MUTED : INK },
      barValueText(row),
    ),
  );
  return svg('g', { class: `bar bar--${row.mark}` }, ...children);
}

const LEGEND_SIZE = 12;
const LEGEND_LINE = 16;

/** How to read the marks, as lines under the bars: an image has no legend beside it. */
function legendLines(showBaseline: boolean): string[] {
  const outline = showBaseline ? ' Outline: the same share over all incidents.' : '';
  const text = `Bars: share of N on a 0–100% scale.${outline} Multi-valued: shares can sum past 100%.`;
  return wrapText(text, charsThatFit(BARS_WIDTH, LEGEND_SIZE));
}

/**
 * A facet panel as a standalone SVG document: one row per option with its label, a bar on
 * the shared 0–100% scale (hatched for "not analysed", dashed for an option outside the
 * vocabulary, never told apart by colour alone) and "count (share)", framed with the
 * title, filters and caption. Pure: the same spec and frame give the same bytes.
 */
export function renderFacetSvg(spec: FacetSvgSpec, context: ImageContext): SvgImage {
  const barsHeight = spec.rows.length * ROW_HEIGHT;
  const hatch = svg(
    'pattern',
    { id: HATCH_ID, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 6, height: 6, fill: TRACK }),
    svg('rect', { width: 3, height: 6, fill: NOT_ANALYSED }),
  );
  const legend = legendLines(spec.showBaseline).map((line, i) =>
    svg('text', { x: 0, y: barsHeight + (i + 1) * LEGEND_LINE, 'font-size': LEGEND_SIZE, fill: MUTED }, line),
  );
  const body = svg('g', { class: 'bars' }, svg('defs', {}, hatch), ...spec.rows.map((row, i) => barRow(row, i, spec.showBaseline)), ...legend);
  return framedSvg(body, BARS_WIDTH, barsHeight + legend.length * LEGEND_LINE + 8, { ...context, title: spec.title, subtitle: spec.subtitle });
}
