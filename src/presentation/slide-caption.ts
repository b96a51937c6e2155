import { parseUrlState } from '../state/url-state';
import type { UrlState } from '../state/url-state';
import { formatCount } from '../components/format-count';
import { ymdToIso } from '../components/format-date';
import { chartTitle } from '../figures/chart-descriptor';
import type { Slide } from './deck-schema';
import { filtersText } from '../state/filters-in-words';

/**
 * The numbers behind a chart as the dataset gives them now: how many incidents it counts
 * and the publication dates they span (YYYYMMDD, null when none is dated).
 */
export interface CaptionFigures {
  readonly n: number;
  readonly firstPublished: number | null;
  readonly lastPublished: number | null;
}

const SEPARATOR = ' · ';
/** Builds are content hashes; twelve characters tell them apart and still fit a caption line. */
const BUILD_CHARS = 12;

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2 Jan 2011" for 20110102, in UTC so the day never shifts with the reader's zone. */
export const captionDate = (ymd: number): string => shortDate.format(new Date(`${ymdToIso(ymd)}T00:00:00Z`));

export const shortBuild = (build: string): string => build.slice(0, BUILD_CHARS);

/** "2 Jan 2011 – 1 Jun 2022", one date when they are equal, or "no dated incident". */
export function dateSpanText({ firstPublished, lastPublished }: CaptionFigures): string {
  if (firstPublished === null || lastPublished === null) return 'no dated incident';
  if (firstPublished === lastPublished) return captionDate(firstPublished);
  return `${captionDate(firstPublished)} – ${captionDate(lastPublished)}`;
}

function buildText(shown: string | null, pinned: string | null): string | null {
  if (shown === null) return pinned === null ? null : `dataset build ${shortBuild(pinned)}`;
  if (pinned !== null && pinned !== shown) return `dataset build ${shortBuild(shown)} (pinned from build ${shortBuild(pinned)})`;
  return `dataset build ${shortBuild(shown)}`;
}

/**
 * What an image's footer and a slide's caption end with: "N = 123 · 2 Jan 2011 – 1 Jun
 * 2022 · dataset build abc123". With gaps excluded it says so, since N then leaves
 * incidents out. `build` is the dataset the figures come from; when a slide was pinned
 * from another one, both are named, so numbers are never credited to the wrong build.
 */
export function figuresText(
  state: UrlState,
  figures: CaptionFigures | null,
  build: string | null,
  pinnedBuild: string | null = null,
): string {
  const parts: string[] = [];
  if (state.excludeGaps) parts.push('only-unknown and not-analysed incidents left out of N');
  if (figures !== null) parts.push(`N = ${formatCount(figures.n)}`, dateSpanText(figures));
  const builds = buildText(build, pinnedBuild);
  if (builds !== null) parts.push(builds);
  return parts.join(SEPARATOR);
}

/** The slide's title as typed, or its chart's name when the title was left empty. */
export const slideTitle = (slide: Slide): string => (slide.title.trim() === '' ? chartTitle(slide.chart) : slide.title);

/** The dataset a slide is being shown with: its current figures and build, or null before it loads. */
export interface SlideData {
  readonly figures: CaptionFigures | null;
  readonly build: string;
}

/**
 * A slide's caption, from its own state: "Phase × Boundary · filters: Objective =
 * malicious; Years 2015–2020 · N = 123 · 2 Jan 2011 – 1 Jun 2022 · dataset build abc123".
 * Without data it still names the chart, the filters and the build it was pinned from.
 */
export function slideCaption(slide: Slide, data: SlideData | null = null): string {
  const state = parseUrlState(slide.view);
  const tail = figuresText(state, data?.figures ?? null, data?.build ?? null, slide.build);
  return [chartTitle(slide.chart), filtersText(state), tail].filter((part) => part !== '').join(SEPARATOR);
}
