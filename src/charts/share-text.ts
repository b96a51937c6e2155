import { formatCount, incidentCount } from '../components/format-count';
import { formatShare } from '../components/format-share';
import type { ShareBarRow } from '../figures/share-bar-row';

/** The share as a reader sees it; a category outside the denominator has none. */
export const shareText = (share: number | null): string => (share === null ? 'left out of N' : formatShare(share));

/** A row's share in full words: with gaps left out, the unknown bar says how many of its incidents N leaves out. */
export const rowShareText = (row: ShareBarRow): string =>
  row.share === null && row.onlyUnknown !== undefined ? `${formatCount(row.onlyUnknown)} only unknown, left out of N` : shareText(row.share);

/** What a bar writes beside itself, short enough to sit beside its label: "30 (83.3%)", "3,035 (>99.9%)", "3 (2 left out)". */
export function barValueText(row: ShareBarRow): string {
  if (row.share === null && row.onlyUnknown !== undefined) return `${formatCount(row.count)} (${formatCount(row.onlyUnknown)} left out)`;
  return `${formatCount(row.count)} (${shareText(row.share)})`;
}

/** What a bar shows in words, in the order it shows them: "design 30 (83.3%)", "quantum not in taxonomy 1 (2.8%)". */
export const barVisibleText = (row: ShareBarRow): string =>
  `${row.label}${row.mark === 'extra' ? ' not in taxonomy' : ''} ${barValueText(row)}`;

/** What the bar's short "n (x%)" leaves unsaid: which incidents the share leaves out of N. */
function leftOutText(row: ShareBarRow): string {
  if (row.share !== null) return '';
  return row.onlyUnknown === undefined ? ' (left out of N)' : ` (${formatCount(row.onlyUnknown)} only unknown, left out of N)`;
}

/**
 * The bar as a screen reader announces it: what it shows first, word for word, so a
 * reader who says what they see ("click design 30") reaches it by voice (WCAG 2.5.3),
 * then the chart and the count in words, and what pressing it does when it can be
 * pressed: "design 30 (83.3%), Phase, 30 incidents, press to filter"; a bar that only
 * shows (on a slide) says "selected" when its option is in the view's filter.
 */
export function barAriaLabel(name: string, row: ShareBarRow, pressable = true): string {
  const spoken = `${barVisibleText(row)}, ${name}, ${incidentCount(row.count)}${leftOutText(row)}`;
  if (pressable) return `${spoken}, ${row.pressed ? 'selected, press to remove the filter' : 'press to filter'}`;
  return row.pressed ? `${spoken}, selected` : spoken;
}

/** A share as a CSS width on the 0–100% scale every chart shares; nothing to draw is 0%. */
export const shareWidth = (share: number | null): string => `${Math.min(Math.max(share ?? 0, 0), 1) * 100}%`;
