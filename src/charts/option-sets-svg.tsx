import { truncate } from './svg-text';
import { formatCount } from '../components/format-count';
import { formatShare } from '../components/format-share';
import { restText } from '../figures/option-sets-figure';
import type { OptionSet, OptionSetsFigure } from '../figures/option-sets-figure';
import { SvgLegend, legendLayout } from './svg-legend';

const MIN_WIDTH = 760;
/** Wide enough for the longest set of most facets written out; a longer one is cut with an ellipsis. */
const MAX_WIDTH = 1000;
const COLUMN = 26;
const DOT = 6;
const GAP = 16;
const TRACK = 180;
const VALUE = 96;
const ROW = 28;
const TEXT = 13;
/** A generous average glyph width: labels are cut without measuring text, so they err short. */
const GLYPH = TEXT * 0.6;
const HEADER_MAX = 150;

const NO_PATTERNS = { gap: 'none', lown: 'none' };

interface Layout {
  readonly header: number;
  readonly track: number;
  readonly value: number;
  readonly label: number;
  readonly width: number;
}

function layoutOf(figure: OptionSetsFigure): Layout {
  const longest = Math.max(0, ...figure.columns.map((column) => column.label.length));
  const header = Math.min(HEADER_MAX, Math.max(48, Math.round(longest * GLYPH) + 14));
  const track = figure.columns.length * COLUMN + GAP;
  const value = track + TRACK + 8;
  const label = value + VALUE;
  const longestSet = Math.max(0, ...figure.sets.map((set) => set.label.length));
  return { header, track, value, label, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(label + longestSet * GLYPH + 8))) };
}

function SetRow({ figure, set, top, max, layout }: { readonly figure: OptionSetsFigure; readonly set: OptionSet; readonly top: number; readonly max: number; readonly layout: Layout }) {
  const mid = top + ROW / 2;
  const centres = figure.columns.map((_, k) => k * COLUMN + COLUMN / 2);
  const members = figure.columns.flatMap((column, k) => (set.members.includes(column.key) ? [centres[k]] : []));
  const labelChars = Math.floor((layout.width - layout.label) / GLYPH);
  return (
    <g className="option-set">
      {members.length > 1 && <line x1={members[0]} x2={members.at(-1)} y1={mid} y2={mid} strokeWidth={2} style={{ stroke: 'var(--ink)' }} />}
      {figure.columns.map((column, k) =>
        set.members.includes(column.key) ? (
          <circle key={column.key} cx={centres[k]} cy={mid} r={DOT} strokeWidth={1.5} style={{ fill: column.colour, stroke: 'var(--ink)' }} />
        ) : (
          <circle key={column.key} cx={centres[k]} cy={mid} r={DOT - 2} style={{ fill: 'var(--border)' }} />
        ),
      )}
      <rect x={layout.track} y={mid - 7} width={TRACK} height={14} rx={2} style={{ fill: 'var(--surface-sunken)' }} />
      <rect x={layout.track} y={mid - 5} width={max === 0 ? 0 : (set.count / max) * TRACK} height={10} rx={2} style={{ fill: 'var(--heat-value)' }} />
      <text x={layout.value} y={mid + TEXT * 0.35} fontSize={TEXT} style={{ fill: 'var(--ink)' }}>
        {`${formatCount(set.count)} (${formatShare(set.share)})`}
      </text>
      <text x={layout.label} y={mid + TEXT * 0.35} fontSize={TEXT} style={{ fill: 'var(--ink)' }}>
        {truncate(set.label, labelChars)}
      </text>
    </g>
  );
}

/**
 * An option-sets figure as one SVG, for images: a column per option named on top, a row
 * per exact set with a filled dot in each of its options' columns (joined by a line, and
 * the set written out beside the bar, so membership never rests on colour), a bar of the
 * incidents with exactly that set and "count (share)", the rarer sets summed in a last
 * line, and the legend under them.
 */
export function OptionSetsSvg({ figure }: { readonly figure: OptionSetsFigure }) {
  const layout = layoutOf(figure);
  const max = Math.max(0, ...figure.sets.map((set) => set.count));
  const headerChars = Math.floor((layout.header - 10) / GLYPH);
  const restRow = figure.rest.incidents > 0 ? 1 : 0;
  const rowsBottom = layout.header + (figure.sets.length + restRow) * ROW;
  const legend = legendLayout(figure.legend, layout.width);
  const height = rowsBottom + 12 + legend.height;
  return (
    <svg width={layout.width} height={height} viewBox={`0 0 ${layout.width} ${height}`} role="img" aria-label={`${figure.title}: incidents with exactly each set`}>
      {figure.columns.map((column, k) => {
        const x = k * COLUMN + COLUMN / 2 + TEXT * 0.35;
        const y = layout.header - 6;
        return (
          <text key={column.key} x={x} y={y} fontSize={TEXT} transform={`rotate(-90 ${x} ${y})`} style={{ fill: 'var(--ink)' }}>
            {column.label.length > headerChars && <title>{column.label}</title>}
            {truncate(column.label, headerChars)}
          </text>
        );
      })}
      <text x={layout.track} y={layout.header - 8} fontSize={TEXT} fontWeight={700} style={{ fill: 'var(--ink)' }}>
        Incidents with exactly this set
      </text>
      {figure.sets.map((set, i) => (
        <SetRow key={set.key} figure={figure} set={set} top={layout.header + i * ROW} max={max} layout={layout} />
      ))}
      {restRow === 1 && (
        <text x={layout.track} y={rowsBottom - ROW / 2 + TEXT * 0.35} fontSize={TEXT} fontStyle="italic" style={{ fill: 'var(--ink-muted)' }}>
          {`and ${restText(figure.rest)} (${formatShare(figure.rest.share)}), not drawn one by one`}
        </text>
      )}
      <SvgLegend layout={legend} x={0} y={rowsBottom + 12} patterns={NO_PATTERNS} />
    </svg>
  );
}
