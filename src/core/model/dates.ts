/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Done in UTC on purpose: these are dates, not
 * instants, so no time zone or daylight-saving change may shift them by a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The date `days` later (earlier when negative); null for text that is not a date. */
export function addDays(isoDate: string, days: number): string | null {
  if (!isIsoDate(isoDate)) return null;
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
