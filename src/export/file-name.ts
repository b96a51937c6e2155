/** Lowercase ASCII words of `text` joined by dashes, at most `length` characters, for a file name; `fallback` when nothing is left. */
export function slugify(text: string, fallback: string, length = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, length)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** "faultline-phase-x-boundary.png": what a chart's downloads are called. */
export const exportFileName = (title: string, extension: string): string => `faultline-${slugify(title, 'chart')}.${extension}`;

/** Eight characters of a build tell two datasets apart in a folder of downloads. */
const BUILD_CHARS = 8;

/**
 * "faultline-boundary-domain-finance-objective-malicious-56b1d660.png": a figure's
 * downloads are named for the chart, a short form of its filters ("all" without any) and
 * the dataset build, so exports of one chart under different filters or builds never
 * overwrite one another.
 */
export function figureFileName(figure: { readonly title: string; readonly filters: readonly string[]; readonly build: string }, extension: string): string {
  const filters = figure.filters.length === 0 ? 'all' : slugify(figure.filters.join(' '), 'filtered', 80);
  return `faultline-${slugify(figure.title, 'chart', 50)}-${filters}-${slugify(figure.build, 'build', BUILD_CHARS)}.${extension}`;
}
