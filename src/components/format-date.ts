const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "22 August 2019" for `2019-08-22`. Formatted in UTC so the day never shifts with the reader's zone. */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** The index's YYYYMMDD integer as `YYYY-MM-DD`. */
export function ymdToIso(ymd: number): string {
  const text = String(ymd).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** "2 Jan 2011" for 20110102, in UTC: short enough for a caption or a phone's headline card. */
export const formatShortYmd = (ymd: number): string => shortDate.format(new Date(`${ymdToIso(ymd)}T00:00:00Z`));
