/** Lowercase ASCII words of `text` joined by dashes, for a file name; `fallback` when nothing is left. */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** "faultline-phase-x-boundary.png": what a chart's downloads are called. */
export const exportFileName = (title: string, extension: string): string => `faultline-${slugify(title, 'chart')}.${extension}`;
