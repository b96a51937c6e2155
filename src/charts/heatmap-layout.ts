import type { HeatmapModel } from './heatmap-types';

/** Where everything of a heatmap goes, in pixels; pure so it can be tested and reused by the tooltip. */
export interface HeatmapLayout {
  readonly labelWidth: number;
  readonly headerHeight: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly marginWidth: number;
  readonly width: number;
  readonly height: number;
  /** Column labels broken into at most two lines. */
  readonly colLines: readonly (readonly string[])[];
}

const GLYPH = 6.6;
/** Column labels are 12px text; a generous glyph width keeps neighbours' lines from touching. */
const COLUMN_GLYPH = 7.6;
const MIN_CELL_WIDTH = 80;
const LINE_CHARS = 11;

const FITS = LINE_CHARS + 3;

/** `text` cut to fit a line, at a word boundary where one fits, with an ellipsis. */
function cutLine(text: string): string {
  if (text.length <= FITS) return text;
  const words = text.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept === '' ? word : `${kept} ${word}`;
    if (next.length > FITS - 1) break;
    kept = next;
  }
  return `${kept === '' ? text.slice(0, FITS - 1) : kept}…`;
}

/** A label in at most two lines of about `LINE_CHARS` characters, the second cut with an ellipsis if it must be. */
export function twoLines(label: string): string[] {
  const words = label.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && (line + ' ' + word).length > LINE_CHARS && lines.length === 0) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map(cutLine);
}

export function heatmapLayout(model: HeatmapModel): HeatmapLayout {
  const longest = Math.max(model.rowTitle.length, ...model.rows.map((row) => row.label.length));
  const labelWidth = Math.min(180, Math.max(90, Math.round(longest * GLYPH) + 16));
  const colLines = model.cols.map((col) => twoLines(col.label));
  const longestLine = Math.max(0, ...colLines.flat().map((line) => line.length));
  const cellWidth = Math.max(MIN_CELL_WIDTH, Math.ceil(longestLine * COLUMN_GLYPH) + 8);
  const hasSubtext = model.cells.some((row) => row.some((cell) => cell.subtext !== null));
  const cellHeight = hasSubtext ? 46 : 36;
  const marginWidth = model.margins === null ? 0 : 64;
  const headerHeight = 22 + 2 * 15 + 8;
  const rows = model.rows.length + (model.margins === null ? 0 : 1);
  return {
    labelWidth,
    headerHeight,
    cellWidth,
    cellHeight,
    marginWidth,
    width: labelWidth + model.cols.length * cellWidth + marginWidth + 4,
    height: headerHeight + rows * cellHeight + 4,
    colLines,
  };
}
