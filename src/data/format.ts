/** Formatting for readers: dates and numbers in British English, deterministic (UTC). */
const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2014-07-18` -> `18 July 2014`. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return DATE.format(new Date(iso + 'T00:00:00Z'));
}

export function formatMonth(iso: string): string {
  return MONTH.format(new Date(iso.slice(0, 7) + '-01T00:00:00Z'));
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-GB');
}
