import type { UrlState } from '../state/url-state';
import { incidentCount } from '../components/format-count';
import { filterClausesText } from '../state/filters-in-words';
import { dateSpanText } from '../figures/figure-caption';
import type { FigureFrame } from '../figures/figure';
import type { CsvContextLine } from './csv';

/**
 * What an exported list of incidents says about itself: what it is, N, the filters in
 * the words of the chips, the publication span and the dataset build, in the words a
 * figure's CSV uses for the same things.
 */
export function exportContext(title: string, state: UrlState, n: number, published: FigureFrame['published'], build: string): CsvContextLine[] {
  return [
    ['chart', title],
    ['N', incidentCount(n)],
    ['filters', filterClausesText(state) || 'none'],
    ['published', dateSpanText(published)],
    ['dataset build', build],
  ];
}
