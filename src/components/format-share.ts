const formatters = new Map<number, Intl.NumberFormat>();

function percentFormat(digits: number): Intl.NumberFormat {
  let format = formatters.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits });
    formatters.set(digits, format);
  }
  return format;
}

/**
 * "12.5%" (`digits` decimals at most, one by default); an undefined share (nothing to
 * divide by) as a dash, never as 0% or NaN. A share above 0 that would round to 0% reads
 * "<0.1%" (or "<1%" with whole percents), and one below 1 that would round to 100% reads
 * ">99.9%" (">99%"): one incident of thousands is never "0%" and all but one never "100%".
 */
export function formatShare(share: number | null, digits = 1): string {
  if (share === null || Number.isNaN(share)) return '–';
  const format = percentFormat(digits);
  const step = 10 ** -(digits + 2);
  const text = format.format(share);
  if (share > 0 && text === format.format(0)) return `<${format.format(step)}`;
  if (share < 1 && text === format.format(1)) return `>${format.format(1 - step)}`;
  return text;
}

/** Whole percents, as a Wilson interval this wide deserves: "60%", "<1%", ">99%". */
export const wholePercent = (share: number): string => formatShare(share, 0);
