import { useId } from 'react';
import type { FacetFigure } from '../figures/facet-figure';
import type { FacetBar } from '../figures/facet-figure';
import { moreOptionsText } from '../figures/top-rows';
import { ChartPatterns, patternId } from './chart-patterns';
import { barValueText } from './share-text';
import { SvgLegend, legendLayout } from './svg-legend';
import { charsThatFit, truncate } from './svg-text';

export const BARS_WIDTH = 760;
const LABEL_WIDTH = 300;
const VALUE_WIDTH = 150;
const GAP = 12;
const TRACK_X = LABEL_WIDTH + GAP;
const TRACK_WIDTH = BARS_WIDTH - TRACK_X - GAP - VALUE_WIDTH;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 14;
const TEXT_SIZE = 14;
const LABEL_CHARS = charsThatFit(LABEL_WIDTH, TEXT_SIZE);

const clampShare = (share: number | null): number => Math.min(Math.max(share ?? 0, 0), 1);

function barPaint(bar: FacetBar, gap: string) {
  if (bar.mark === 'not-analysed') return { fill: `url(#${gap})`, style: { stroke: 'var(--colour-unknown)' }, strokeWidth: 1 };
  if (bar.mark === 'extra') return { style: { fill: bar.colour, stroke: 'var(--warning)' }, strokeWidth: 2, strokeDasharray: '4 3' };
  return { style: { fill: bar.colour } };
}

function BarRow({ bar, top, showBaseline, gap }: { readonly bar: FacetBar; readonly top: number; readonly showBaseline: boolean; readonly gap: string }) {
  const textY = top + ROW_HEIGHT / 2 + TEXT_SIZE * 0.35;
  const barY = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const tag = bar.mark === 'extra' ? ' (not in taxonomy)' : '';
  const label = truncate(bar.label, LABEL_CHARS - tag.length);
  const ink = bar.count === 0 ? 'var(--ink-muted)' : 'var(--ink)';
  const italic = bar.mark === 'unknown' || bar.mark === 'not-analysed' ? 'italic' : undefined;
  const share = clampShare(bar.share);
  const baseline = clampShare(bar.baselineShare);
  return (
    <g className={`bar bar--${bar.mark}`}>
      <text x={0} y={textY} fontSize={TEXT_SIZE} fontStyle={italic} style={{ fill: ink }}>
        {label !== bar.label && <title>{bar.label}</title>}
        {`${label}${tag}`}
      </text>
      <rect x={TRACK_X} y={barY} width={TRACK_WIDTH} height={BAR_HEIGHT} rx={2} style={{ fill: 'var(--surface-sunken)' }} />
      {bar.share !== null && share > 0 && <rect x={TRACK_X} y={barY + 2} width={share * TRACK_WIDTH} height={BAR_HEIGHT - 4} rx={2} {...barPaint(bar, gap)} />}
      {showBaseline && bar.baselineShare !== null && baseline > 0 && (
        <rect x={TRACK_X} y={barY} width={baseline * TRACK_WIDTH} height={BAR_HEIGHT} rx={2} fill="none" strokeWidth={2} strokeOpacity={0.75} style={{ stroke: 'var(--ink)' }} />
      )}
      <text x={BARS_WIDTH} y={textY} fontSize={TEXT_SIZE} textAnchor="end" style={{ fill: ink }}>
        {barValueText(bar)}
      </text>
    </g>
  );
}

/**
 * A facet figure's bars as one SVG, for images: one row per option with its label, a bar
 * on the shared 0–100% scale (hatched for "not analysed", dashed for an option outside
 * the vocabulary, never told apart by colour alone), "count (share)", and the figure's
 * legend under them.
 */
export function FacetBarsSvg({ figure }: { readonly figure: FacetFigure }) {
  const id = useId();
  const patterns = { gap: patternId(id, 'gap'), lown: patternId(id, 'lown') };
  const barsHeight = (figure.bars.length + (figure.more === null ? 0 : 1)) * ROW_HEIGHT;
  const legend = legendLayout(figure.legend, BARS_WIDTH);
  const height = barsHeight + 12 + legend.height;
  return (
    <svg width={BARS_WIDTH} height={height} viewBox={`0 0 ${BARS_WIDTH} ${height}`} role="img" aria-label={`${figure.title}: share of N per option`}>
      <ChartPatterns id={id} />
      {figure.bars.map((bar, i) => (
        <BarRow key={bar.key} bar={bar} top={i * ROW_HEIGHT} showBaseline={figure.showBaseline} gap={patterns.gap} />
      ))}
      {figure.more !== null && (
        <text className="bar bar--more" x={0} y={figure.bars.length * ROW_HEIGHT + ROW_HEIGHT / 2 + TEXT_SIZE * 0.35} fontSize={TEXT_SIZE} fontStyle="italic" style={{ fill: 'var(--ink)' }}>
          {moreOptionsText(figure.more)}
        </text>
      )}
      <SvgLegend layout={legend} x={0} y={barsHeight + 12} patterns={patterns} />
    </svg>
  );
}
