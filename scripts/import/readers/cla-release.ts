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
 * The id the rows cite, and the source (null when there are no rows or no date). Rows without a
 * known date are a problem at line 1, column `column` (0-based: the `time_period` column).
 */
export function claRelease(
  lastYear: number,
  hasRows: boolean,
  releases: ReleaseDates,
  path: string,
  column: number,
  problems: CsvProblems,
): { sourceId: string; source: CsvRecord | null } {
  const sourceId = `dfe-cla-${lastYear}`;
  const date = releases.date(sourceId);
  if (hasRows && !date)
    problems.add(
      path,
      1,
      column + 1,
      `no publication date known for the release of reporting year ${lastYear} (${sourceId})`,
      String(lastYear),
      ReleaseDates.help(sourceId),
    );
  return { sourceId, source: hasRows && date ? claSource(lastYear, date) : null };
}
