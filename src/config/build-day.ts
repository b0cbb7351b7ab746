/**
 * The build day: the date every "not in the future" check compares with (curated dates in
 * data/curated/*.csv, story and write-up dates). It is today in UTC, unless `SOURCE_DATE_EPOCH`
 * (the reproducible-builds convention: seconds since 1970-01-01 UTC) says otherwise, so a test
 * or a rebuild of an old release sees the same day every time. And the years any date may have.
 */

/** The years a date may fall in: anything outside is a typo (9999-12-31, 0202-01-01). */
const DATE_YEARS = { first: 2000, last: 2100 } as const;

/** What a yyyy-mm-dd date outside DATE_YEARS should be, or null when it is within them. */
export function yearProblem(iso: string): string | null {
  const year = Number(iso.slice(0, 4));
  return year >= DATE_YEARS.first && year <= DATE_YEARS.last
    ? null
    : `a date from ${DATE_YEARS.first} to ${DATE_YEARS.last}`;
}

/** Why a date is refused, or null when it is within DATE_YEARS and not after `buildDay`. */
export function dateProblem(iso: string, buildDay: string): string | null {
  return yearProblem(iso) ?? (iso > buildDay ? `a date no later than the build day, ${buildDay}` : null);
}

/** The build day, yyyy-mm-dd (UTC): from SOURCE_DATE_EPOCH when set, else today. */
export function buildDay(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch))
      throw new Error(
        `SOURCE_DATE_EPOCH is not a whole number of seconds since 1970-01-01 (got "${epoch}"); unset it to build as of today`,
      );
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return new Date().toISOString().slice(0, 10);
}
