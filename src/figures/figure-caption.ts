import { formatCount } from '../components/format-count';
import { formatShortYmd } from '../components/format-date';
import type { FigureFrame } from './figure';

const SEPARATOR = ' · ';
/** Builds are content hashes; twelve characters tell them apart and still fit a caption line. */
const BUILD_CHARS = 12;

export const shortBuild = (build: string): string => build.slice(0, BUILD_CHARS);

/** "2 Jan 2011 – 1 Jun 2022", one date when they are equal, or "no dated incident". */
export function dateSpanText({ first, last }: FigureFrame['published']): string {
  if (first === null || last === null) return 'no dated incident';
  if (first === last) return formatShortYmd(first);
  return `${formatShortYmd(first)} – ${formatShortYmd(last)}`;
}

/** "1,234 incidents with phase analysed"; "1 incident …", as every `counts` starts with "incidents". */
export const countWords = ({ n }: Pick<FigureFrame, 'n'>): string => `${formatCount(n.value)} ${n.value === 1 ? n.counts.replace(/^incidents\b/, 'incident') : n.counts}`;

/** "N = 1,234 incidents with phase analysed". */
export const countText = (figure: Pick<FigureFrame, 'n'>): string => `N = ${countWords(figure)}`;

/** "Filters: Objective = malicious; Years 2015–2020", or "Filters: none, all incidents". */
export const filtersLine = ({ filters }: Pick<FigureFrame, 'filters'>): string =>
  filters.length === 0 ? 'Filters: none, all incidents' : `Filters: ${filters.join('; ')}`;

/**
 * "dataset build abc123", or with a slide pinned from another build, both, so numbers
 * are never credited to the wrong build.
 */
export function buildText(build: string, pinnedBuild: string | null = null): string {
  if (pinnedBuild !== null && pinnedBuild !== build) return `dataset build ${shortBuild(build)} (pinned from build ${shortBuild(pinnedBuild)})`;
  return `dataset build ${shortBuild(build)}`;
}

/**
 * The line under every chart, on screen, on a slide and at the foot of an image: "N =
 * 123 incidents with phase analysed · 2 Jan 2011 – 1 Jun 2022 · dataset build abc123".
 */
export const figureCaption = (figure: FigureFrame, pinnedBuild: string | null = null): string =>
  [countText(figure), dateSpanText(figure.published), buildText(figure.build, pinnedBuild)].join(SEPARATOR);
