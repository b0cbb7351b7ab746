/**
 * The release the rows of a DfE "Children looked after" download cite: the one of the file's last
 * reporting year (`dfe-cla-<year>`), dated by `ReleaseDates`. Shared by the care leavers' and the
 * adoption stages' readers.
 */
import type { CsvRecord } from '../lib/csv-out';
import type { CsvProblems } from '../lib/problems';
import { ReleaseDates } from '../lib/release-dates';
import { claSource } from '../sources';

/**
 * The id the rows cite and its source, for rows of reporting `years` (the source is null when
 * there are none or the release has no known date). Rows without a known date are a problem at
 * line 1, in the `time_period` column.
 */
export function claRelease(
  years: readonly number[],
  releases: ReleaseDates,
  path: string,
  col: (name: string) => number,
  problems: CsvProblems,
): { sourceId: string; source: CsvRecord | null } {
  const lastYear = Math.max(0, ...years);
  const sourceId = `dfe-cla-${lastYear}`;
  const date = releases.date(sourceId);
  if (years.length && !date)
    problems.add(
      path,
      1,
      col('time_period') + 1,
      `no publication date known for the release of reporting year ${lastYear} (${sourceId})`,
      String(lastYear),
      ReleaseDates.help(sourceId),
    );
  return { sourceId, source: years.length && date ? claSource(lastYear, date) : null };
}
