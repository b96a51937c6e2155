import type { FigureFrame } from '../figures/figure';
import { countWords, dateSpanText } from '../figures/figure-caption';
import { toCsv, withCsvContext } from './csv';
import type { CsvContextLine } from './csv';

/**
 * What a figure's CSV says about itself before its table: the title, N and what it
 * counts, the denominator, the filters in the words of the chips, the publication span,
 * the dataset build, then every warning, statistic and note, so a file opened weeks later
 * says what its numbers mean and what to be careful about, as the chart did.
 */
function figureCsvContext(figure: FigureFrame): CsvContextLine[] {
  return [
    ['chart', figure.title],
    ...(figure.subtitle === null ? [] : [['about', figure.subtitle] as const]),
    ['N', countWords(figure)],
    ['denominator', figure.denominator],
    ['filters', figure.filters.join('; ') || 'none'],
    ['published', dateSpanText(figure.published)],
    ['dataset build', figure.build],
    ...figure.warnings.map((line): CsvContextLine => ['warning', line]),
    ...figure.statistics.map((line): CsvContextLine => ['statistic', line]),
    ...figure.notes.map((line): CsvContextLine => ['note', line]),
  ];
}

/** A figure's table as CSV, its context lines first. */
export const figureCsv = (figure: FigureFrame): string => withCsvContext(toCsv(figure.table.header, figure.table.rows), figureCsvContext(figure));
