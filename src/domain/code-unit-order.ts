/** Orders strings by UTF-16 code units: the same order on every machine, whatever its locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Where the run of digits that starts at `from` in `text` ends. */
function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Orders strings as a reader counts: where both hold a run of digits at the same point,
 * the runs compare by the number they write ("phase 2" before "phase 10"), the rest by
 * code units. Strings that differ only in leading zeros fall back to code units. The
 * same order on every machine, whatever its locale.
 */
export function byNumbersInText(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      const [endA, endB] = [digitsEnd(a, i), digitsEnd(b, j)];
      while (i < endA - 1 && a.charCodeAt(i) === 48) i++;
      while (j < endB - 1 && b.charCodeAt(j) === 48) j++;
      if (endA - i !== endB - j) return endA - i - (endB - j);
      const digits = byCodeUnits(a.slice(i, endA), b.slice(j, endB));
      if (digits !== 0) return digits;
      [i, j] = [endA, endB];
    } else if (x !== y) return x - y;
    else {
      i++;
      j++;
    }
  }
  return a.length - i - (b.length - j) || byCodeUnits(a, b);
}
