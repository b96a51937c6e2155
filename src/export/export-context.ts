import type { UrlState } from '../state/url-state';
import { formatCount } from '../components/format-count';
import { filterClausesText } from '../state/filters-in-words';
import { dateSpanText } from '../presentation/slide-caption';
import type { CaptionFigures } from '../presentation/slide-caption';
import type { CsvContextLine } from './csv';

/**
 * What an exported table says about itself: the chart's title, N (what it counts, with
 * thousands grouped as on screen), the filters in the words of the chips, whether gaps
 * are left out of N, the publication span and the dataset build.
 */
export function exportContext(title: string, state: UrlState, figures: CaptionFigures | null, build: string): CsvContextLine[] {
  const lines: CsvContextLine[] = [
    ['chart', title],
    ['N', figures === null ? 'not yet counted' : `${formatCount(figures.n)} incidents`],
    ['filters', filterClausesText(state) || 'none'],
  ];
  if (state.excludeGaps) lines.push(['gaps', 'unknown-only and not-analysed incidents left out of each share’s N']);
  if (figures !== null) lines.push(['published', dateSpanText(figures)]);
  lines.push(['dataset build', build]);
  return lines;
}
