const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** "12.5%"; an undefined share (nothing to divide by) as a dash, never as 0% or NaN. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : percent.format(share);
}
