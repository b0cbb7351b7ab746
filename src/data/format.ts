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

const MONTH_ONLY = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * The months an inspection ran, e.g. `April–May 2026`, `June 2025`, `December 2025–January 2026`.
 * One date alone gives its month; none gives ''.
 */
export function formatMonthRange(start: string | null | undefined, end: string | null | undefined): string {
  const a = start ?? end;
  const b = end ?? start;
  if (!a || !b) return '';
  if (a.slice(0, 7) === b.slice(0, 7)) return formatMonth(a);
  if (a.slice(0, 4) === b.slice(0, 4))
    return `${MONTH_ONLY.format(new Date(a.slice(0, 7) + '-01T00:00:00Z'))}–${formatMonth(b)}`;
  return `${formatMonth(a)}–${formatMonth(b)}`;
}
